// The GraphStore port: the relationship questions users ask, answered the same by every adapter.
// Its option and answer types live in @dutymap/model (graph-answers.ts, limits.ts), shared with the
// API and UI: import them from there.
import type {
  CompareOptions,
  CompareSideRef,
  Comparison,
  Connections,
  ConnectionsOptions,
  Counterpart,
  DocumentHash,
  DocumentSections,
  DocumentSummary,
  DocumentsOptions,
  DutyGraph,
  JurisdictionsOptions,
  EnterpriseDetail,
  FindUnitsQuery,
  Hygiene,
  HygieneOptions,
  JurisdictionSummary,
  ListOptions,
  Neighbourhood,
  NeighbourhoodOptions,
  Network,
  NetworkOptions,
  Page,
  PageOptions,
  Partner,
  PlaceDetail,
  PlanSummary,
  ProjectDetail,
  ProjectOfUnit,
  SectionsOptions,
  SharedWork,
  Scope,
  Stats,
  TaskDetail,
  TaskOfUnit,
  TasksOfUnitOptions,
  UnitDetail,
  UnitMatch,
  UnitPlan,
  Workload,
} from '@dutymap/model';

/**
 * The graph store port. Every adapter (memory = embedded default, neo4j) answers every
 * operation the same way; the contract suite in test/graph-store.contract.ts holds them to it.
 *
 * Bounded: every list is a page with its total (LIMITS.pageSize) or a top-N; no answer grows with
 * the corpus. Loading a document costs the same whatever is already stored: what the answers need
 * beyond the document's own nodes (unit counts, network tallies, bridge scores, checks) is derived
 * from the document when it is loaded, never by recomputing the whole graph.
 */
export interface GraphStore {
  /** Loads (or reloads) one document, all-or-nothing and idempotent. Units shared with other documents are merged by id. */
  loadDocument(graph: DutyGraph): Promise<DocumentSummary>;
  /** Removes a document, its sections, tasks, projects and edges, and units/enterprises/places no other document names. False when absent. */
  removeDocument(documentId: string): Promise<boolean>;
  /**
   * Loaded plans (of a scope) with their counts and when this store loaded them (kept across restarts
   * and reloads of the same content), by place (GB/T 2260 code, no code last), newest year first, then title.
   */
  documents(options?: DocumentsOptions): Promise<Page<PlanSummary>>;
  /** Every stored document's id and sha256, by id: start-up skips a file whose hash is already stored. */
  documentHashes(): Promise<DocumentHash[]>;
  /**
   * Places that issued loaded plans, by GB/T 2260 code (a province before its cities, a city before its
   * counties; no code last), then name; with `divisionName`, also the provinces and cities above them
   * that issued none (documents: 0).
   */
  jurisdictions(options?: JurisdictionsOptions): Promise<Page<JurisdictionSummary>>;

  unit(unitId: string): Promise<UnitDetail>;
  /** Units by name, alias or former name (and scope), most work first, then by name. Counts cover all the unit's plans. */
  findUnits(query?: FindUnitsQuery): Promise<Page<UnitMatch>>;
  /** Tasks of a unit, by document then task number. */
  tasksOfUnit(unitId: string, options?: TasksOfUnitOptions): Promise<Page<TaskOfUnit>>;
  /** Projects of a unit, by document then project number. */
  projectsOfUnit(unitId: string, options?: ListOptions): Promise<Page<ProjectOfUnit>>;
  /**
   * Units of other jurisdictions with the unit's function key (UnitDetail.function), by GB/T 2260 code
   * (none last), place, name, id; an empty page for a unit without one (a collective).
   */
  counterparts(unitId: string, options?: PageOptions): Promise<Page<Counterpart>>;
  /** The plans naming the unit, with its written counts in each, by year (none last), title, id. */
  unitPlans(unitId: string, options?: PageOptions): Promise<Page<UnitPlan>>;

  /** Units sharing tasks/projects with this one, heaviest weight first, then name. */
  partners(unitId: string, options?: ListOptions): Promise<Page<Partner>>;
  /** The work two units share (bounded by what one unit carries). */
  sharedWork(unitA: string, unitB: string, options?: ListOptions): Promise<SharedWork>;
  connections(unitA: string, unitB: string, options?: ConnectionsOptions): Promise<Connections>;
  neighbourhood(nodeId: string, options?: NeighbourhoodOptions): Promise<Neighbourhood>;
  /** The unit network, merged by name and then cut when it would exceed `maxElements`. */
  coResponsibilityNetwork(options?: NetworkOptions): Promise<Network>;

  /** Section trees, one per document, a page of documents (or the one asked for). */
  sections(options?: SectionsOptions): Promise<Page<DocumentSections>>;
  task(taskId: string): Promise<TaskDetail>;
  project(projectId: string): Promise<ProjectDetail>;
  enterprise(enterpriseId: string): Promise<EnterpriseDetail>;
  place(placeId: string): Promise<PlaceDetail>;

  workload(unitId: string): Promise<Workload>;
  /** Workloads of every unit with any work, most tasks led first, then name. */
  workloads(options?: PageOptions): Promise<Page<Workload>>;
  /** Counts of the whole store, or of a scope: its plans and what they hold and name, the units in scope. */
  stats(scope?: Scope): Promise<Stats>;
  /**
   * Two plans, or two places (every plan each issued, and its own units), side by side: departments aligned by
   * function with their lead/support counts and contrast, tasks matched by text similarity (one-to-one), the
   * tasks of each without a match, and each side's years and quantified targets; every list one page with its
   * total. `not-found` for an unknown plan or a place that issued none; `compare-side-too-large` past
   * LIMITS.compareTasks tasks on a side; `invalid-argument` when a and b are the same.
   */
  compare(a: CompareSideRef, b: CompareSideRef, options?: CompareOptions): Promise<Comparison>;
  /** Each responsibility check: one page of findings and its total (of the plans and units in scope). */
  hygiene(options?: HygieneOptions): Promise<Hygiene>;

  /**
   * A counter of changes, kept in the store: every load and remove that changes something adds one in
   * its own transaction. Instances sharing the store key their cached answers by it.
   */
  graphVersion(): Promise<number>;
  /** Adds one to the version without changing the graph: a change finished elsewhere (the search index), so cached answers must go. Returns the new version. */
  bumpGraphVersion(): Promise<number>;
  /**
   * Takes the one lock that instances sharing the store hold while they change what they share (start-up
   * reconcile, uploads, deletes). True when `owner` holds it now: it was free, expired, or `owner`'s
   * already (then it is renewed). It expires `ttlMs` after it was last taken, so a crashed holder blocks nobody for long.
   */
  acquireLock(owner: string, ttlMs: number): Promise<boolean>;
  /** Gives the lock up if `owner` holds it; otherwise does nothing. */
  releaseLock(owner: string): Promise<void>;

  /** Releases connections; later calls fail with `store-closed`. Closing twice is harmless. */
  close(): Promise<void>;
}
