// The GraphStore port: the relationship questions users ask, answered the same by every adapter.
// Its option and answer types live in @dutymap/model (graph-answers.ts), shared with the API and UI:
// import them from there.
import type {
  DocumentNode,
  DutyGraph,
  InferredOption,
  DocumentSummary,
  UnitDetail,
  FindUnitsQuery,
  UnitMatch,
  TasksOfUnitOptions,
  TaskOfUnit,
  ProjectOfUnit,
  Partner,
  SharedWork,
  ConnectionsOptions,
  Connections,
  NeighbourhoodOptions,
  Neighbourhood,
  NetworkOptions,
  Network,
  DocumentSections,
  TaskDetail,
  ProjectDetail,
  EnterpriseDetail,
  PlaceDetail,
  Workload,
  Stats,
  Hygiene,
} from '@dutymap/model';


/**
 * The graph store port. Every adapter (memory = embedded default, neo4j) answers every
 * operation the same way; the contract suite in test/graph-store.contract.ts holds them to it.
 * Lists come in a stable order so results can be compared across adapters.
 */
export interface GraphStore {
  /** Loads (or reloads) one document, all-or-nothing and idempotent. Units shared with other documents are merged by id. */
  loadDocument(graph: DutyGraph): Promise<DocumentSummary>;
  /** Removes a document, its sections, tasks, projects and edges, and units/enterprises/places no other document names. False when absent. */
  removeDocument(documentId: string): Promise<boolean>;
  /** Loaded documents, by id. */
  documents(): Promise<DocumentSummary[]>;

  unit(unitId: string): Promise<UnitDetail>;
  findUnits(query?: FindUnitsQuery): Promise<UnitMatch[]>;
  /** Tasks of a unit, by document then task number. */
  tasksOfUnit(unitId: string, options?: TasksOfUnitOptions): Promise<TaskOfUnit[]>;
  /** Projects of a unit, by document then project number. */
  projectsOfUnit(unitId: string, options?: InferredOption): Promise<ProjectOfUnit[]>;

  /** Units sharing tasks/projects with this one, heaviest weight first, then name. */
  partners(unitId: string, options?: InferredOption): Promise<Partner[]>;
  sharedWork(unitA: string, unitB: string, options?: InferredOption): Promise<SharedWork>;
  connections(unitA: string, unitB: string, options?: ConnectionsOptions): Promise<Connections>;
  neighbourhood(nodeId: string, options?: NeighbourhoodOptions): Promise<Neighbourhood>;
  coResponsibilityNetwork(options?: NetworkOptions): Promise<Network>;

  /** Section trees, one per document. */
  sections(): Promise<DocumentSections[]>;
  task(taskId: string): Promise<TaskDetail>;
  project(projectId: string): Promise<ProjectDetail>;
  enterprise(enterpriseId: string): Promise<EnterpriseDetail>;
  place(placeId: string): Promise<PlaceDetail>;

  workload(unitId: string): Promise<Workload>;
  stats(): Promise<Stats>;
  hygiene(): Promise<Hygiene>;

  /** Releases connections; later calls fail with `store-closed`. Closing twice is harmless. */
  close(): Promise<void>;
}

/** Re-exported for adapters' option types. */
export type { DocumentNode };
