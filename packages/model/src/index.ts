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
export { LIMITS, pageOf } from './limits.js';
export { unitFunction } from './unit-function.js';
export { bigrams } from './text-similarity.js';
export { isDivisionCode, divisionCodePrefix, divisionCodeChain } from './division-codes.js';
export type { IntRange, Page, PageOptions } from './limits.js';

// Answers of the graph store port: zod schemas and their types under the same names; options as types
export type {
  InferredOption,
  Scope,
  HygieneOptions,
  RoleFilter,
  DocumentHash,
  ListOptions,
  FindUnitsQuery,
  TasksOfUnitOptions,
  ConnectionsOptions,
  NeighbourhoodOptions,
  NetworkOptions,
  SectionsOptions,
  HygieneCheck,
} from './graph-answers.js';
export {
  HYGIENE_CHECKS,
  ResponsibilityRole,
  DocumentSummary,
  JurisdictionSummary,
  UnitRef,
  SectionRef,
  TaskRef,
  ProjectRef,
  EnterpriseRef,
  PlaceRef,
  RoleCounts,
  UnitDetail,
  UnitMatch,
  ResponsibilityLink,
  TaskOfUnit,
  ProjectOfUnit,
  Partner,
  SharedWork,
  PathNode,
  ConnectionPath,
  Connections,
  NodeKind,
  CyNode,
  CyEdge,
  Neighbourhood,
  NetworkNode,
  NetworkEdge,
  Network,
  SectionTreeNode,
  DocumentSections,
  TaskDetail,
  ProjectDetail,
  EnterpriseDetail,
  PlaceDetail,
  MentionedIn,
  Workload,
  Stats,
  Hygiene,
  MultiLeadTask,
  SupportOnlyUnit,
  OpenEndedList,
} from './graph-answers.js';
export { PlanSummary } from './plan-answers.js';
export type { DocumentsOptions, JurisdictionsOptions } from './plan-answers.js';

// A unit across places and plans: counterparts, and the plans naming it (zod schemas and their types)
export { PlanRef, Counterpart, UnitPlan } from './counterpart-answers.js';

// Answers of the search port
export { SEARCH_TYPES, SEARCH_ROLES, SearchType, SearchHit, FacetCount, SearchFacets, SearchResult } from './search-answers.js';
export type { SearchRole } from './search-answers.js';

// Two plans or places side by side (zod schemas)
export { CONTRASTS, Contrast, CompareSideRef, CompareTask, CompareSide, CompareRole, CompareDepartment, TaskPair, UnmatchedTask, Comparison } from './compare-answers.js';
export type { CompareOptions } from './compare-answers.js';

// What the HTTP API sends: zod schemas and their types
export { UnitResponse, TaskOfUnitItem, NetworkElements, SearchResponse, Citation, Explanation, IngestReport, ApiErrorBody } from './api-answers.js';
