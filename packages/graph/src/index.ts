// @dutymap/graph: the GraphStore port, its two adapters and their errors.

// The port and its result types.
export type {
  GraphStore,
  InferredOption,
  ResponsibilityRole,
  RoleFilter,
  DocumentSummary,
  UnitRef,
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
  TaskDetail,
  ProjectDetail,
  EnterpriseDetail,
  PlaceDetail,
  Workload,
  Stats,
  Hygiene,
} from './graph-store.js';

// Adapters.
export { createMemoryGraphStore, type MemoryGraphStoreOptions } from './memory/memory-graph-store.js';
export { createNeo4jGraphStore, type Neo4jGraphStoreOptions } from './neo4j/neo4j-graph-store.js';

// Errors.
export {
  GraphStoreError,
  StoreUnavailableError,
  NotFoundError,
  InvalidArgumentError,
  IdConflictError,
  CapacityExceededError,
  StoreClosedError,
} from './errors.js';
