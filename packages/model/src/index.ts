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
export { isDivisionCode, divisionCodePrefix, divisionCodeChain } from './division-codes.js';
export type { IntRange, Page, PageOptions } from './limits.js';

// Answers of the graph store port (types only)
export type {
  InferredOption,
  Scope,
  JurisdictionSummary,
  HygieneOptions,
  ResponsibilityRole,
  RoleFilter,
  DocumentSummary,
  DocumentHash,
  ListOptions,
  SectionRef,
  TaskRef,
  ProjectRef,
  EnterpriseRef,
  PlaceRef,
  RoleCounts,
  UnitDetail,
  FindUnitsQuery,
  UnitMatch,
  ResponsibilityLink,
  TasksOfUnitOptions,
  TaskOfUnit,
  ProjectOfUnit,
  Partner,
  SharedWork,
  ConnectionsOptions,
  PathNode,
  ConnectionPath,
  Connections,
  NeighbourhoodOptions,
  NodeKind,
  CyNode,
  CyEdge,
  Neighbourhood,
  NetworkOptions,
  NetworkNode,
  NetworkEdge,
  Network,
  SectionTreeNode,
  DocumentSections,
  SectionsOptions,
  TaskDetail,
  ProjectDetail,
  EnterpriseDetail,
  PlaceDetail,
  MentionedIn,
  Workload,
  Stats,
  Hygiene,
  HygieneCheck,
  MultiLeadTask,
  SupportOnlyUnit,
  OpenEndedList,
} from './graph-answers.js';
export { HYGIENE_CHECKS, UnitRef } from './graph-answers.js';
export { PlanSummary } from './plan-answers.js';
export type { DocumentsOptions, JurisdictionsOptions } from './plan-answers.js';

// Answers of the search port
export { SEARCH_TYPES, SEARCH_ROLES } from './search-answers.js';
export type { SearchType, SearchRole, SearchHit, FacetCount, SearchFacets, SearchResult } from './search-answers.js';

// What the HTTP API sends (types only)
export type {
  UnitResponse,
  TaskOfUnitItem,
  NetworkElements,
  SearchResponse,
  Citation,
  Explanation,
  ApiErrorBody,
} from './api-answers.js';
