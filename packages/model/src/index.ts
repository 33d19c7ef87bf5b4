// @dutymap/model: the DutyGraph schemas and types, deterministic ids, diagnostics, base error.
export {
  UNIT_KINDS,
  UnitKind,
  PLACE_KINDS,
  PlaceKind,
  LineRange,
  Provenance,
  DocumentNode,
  SECTION_KINDS,
  Section,
  Task,
  Project,
  Unit,
  Enterprise,
  Place,
  RELATION_TYPES,
  RelationType,
  Relation,
  DutyGraph,
} from './schema.js';
export { DIAGNOSTIC_CODES, DiagnosticCode, Severity, Diagnostic, formatDiagnostic } from './diagnostic.js';
export { DutymapError, describeValue } from './errors.js';
export { ids, stableHash } from './ids.js';
