// The response shapes the UI reads: the API's own types from @dutymap/model (type-only), under
// the names the views use.
import type { EnterpriseDetail } from '@dutymap/model';

export type {
  ApiErrorBody,
  CompareDepartment,
  CompareSide,
  Comparison,
  Contrast,
  UnmatchedTask,
  Citation,
  Connections,
  Counterpart,
  DocumentSections,
  DocumentSummary,
  Diagnostic,
  EnterpriseDetail,
  Explanation,
  Hygiene,
  HygieneCheck,
  JurisdictionSummary,
  Neighbourhood,
  NetworkElements,
  Partner,
  PathNode,
  PlaceDetail,
  PlanRef,
  PlanSummary,
  ProjectDetail,
  ProjectOfUnit,
  Provenance,
  SearchHit,
  SearchResponse,
  SearchType,
  SectionRef,
  Stats,
  TaskDetail,
  TaskRef,
  UnitKind,
  UnitPlan,
  UnitRef,
  Workload,
} from '@dutymap/model';
export type {
  FacetCount as Facet,
  Page as List,
  NodeKind as GraphNodeKind,
  Project as ProjectInfo,
  ResponsibilityLink as Involvement,
  SectionTreeNode as SectionNode,
  TaskOfUnitItem as TaskOfUnit,
  UnitMatch,
  UnitResponse as UnitDetail,
} from '@dutymap/model';

export type TaskRole = 'lead' | 'support';
export type Role = TaskRole | 'any';
export type MentionedIn = EnterpriseDetail['mentionedIn'];
