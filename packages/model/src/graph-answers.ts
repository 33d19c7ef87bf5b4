// The answers of the graph store port, as plain types: shared by the adapters that produce them,
// the API that sends them and the UI that reads them (which may import nothing but this package).
import type { Page, PageOptions } from './limits.js';
import { z } from 'zod';
import { UnitKind } from './schema.js';
import type { Enterprise, Place, Project, Provenance, RelationType, Section, Task, Unit } from './schema.js';

/**
 * How inferred edges are treated, everywhere in this port.
 *
 * An edge is inferred when ingest expanded a collective (各县（市、区）政府) into its member
 * governments. Counts named `lead`, `support`, `projects`, `shared`, `weight` only ever count
 * edges written in the document. Inferred edges show up in fields named `inferred…`, and in
 * traversals and lists only when the caller passes `includeInferred: true`; every item that
 * stems from one carries `inferred: true` and `via` (the collective's id).
 */
export interface InferredOption {
  /** Also follow edges derived from collectives (default false: only what the document writes). */
  includeInferred?: boolean;
}

/**
 * Which part of a store of many plans an answer covers. The places in scope are those named in
 * `jurisdictions` and those whose GB/T 2260 code lies under one of `jurisdictionCodes` (330000 浙江省
 * covers 330800 衢州市 and 330822 常山县); a place covers the plans it issued (their sections, tasks and
 * projects) and its units. `documentIds`: these plans and the units they name. Several values of one
 * field: any of them; places and plans both given: what meets both. Absent or empty: everything. At
 * most LIMITS.scopeValues values each.
 */
export interface Scope {
  /** Places by name, each matching only itself (衢州市). */
  jurisdictions?: string[];
  /** Places by GB/T 2260 code (six digits), each covering itself and the places under it. */
  jurisdictionCodes?: string[];
  documentIds?: string[];
}

/** Which inferred edges to follow, and which page of the list. */
export interface ListOptions extends InferredOption, PageOptions {}

/** A unit's role on a task (annex 1) or project (annex 2, no lead/support split). */
export type ResponsibilityRole = 'lead' | 'support' | 'responsible';

/** The role filter of tasksOfUnit and coResponsibilityNetwork. */
export type RoleFilter = 'lead' | 'support' | 'any';

/** A loaded document with what it contributed. */
export interface DocumentSummary {
  id: string;
  title: string;
  jurisdiction: string;
  sourceName: string;
  sha256: string;
  taskCount: number;
  projectCount: number;
}

/** A stored document's id and content hash: what start-up compares to skip unchanged files. */
export interface DocumentHash {
  id: string;
  sha256: string;
}

export const UnitRef = z.object({
  id: z.string(),
  name: z.string(),
  kind: UnitKind,
  /** The place the unit belongs to (衢州市): 市生态环境局 of two cities are two units. */
  jurisdiction: z.string().describe('the place the unit belongs to (衢州市): 市生态环境局 of two cities are two units'),
});
export type UnitRef = z.infer<typeof UnitRef>;

/** A place that issued loaded plans, with its GB/T 2260 place in the tree of divisions. */
export interface JurisdictionSummary {
  name: string;
  /** GB/T 2260 code (330800), null when the plans name no division code. */
  code: string | null;
  /** province (first two digits), city (first four) or county; null without a code. */
  level: 'province' | 'city' | 'county' | null;
  /** Code of the division above (330000 above 330800), null for a province or without a code. */
  parentCode: string | null;
  /** Plans it issued. */
  documents: number;
  /** Units of this place. */
  units: number;
}

export interface SectionRef {
  id: string;
  number: string;
  title: string;
  kind: Section['kind'];
  level: number;
}

export interface TaskRef {
  id: string;
  documentId: string;
  number: number;
  text: string;
}

export interface ProjectRef {
  id: string;
  documentId: string;
  number: number;
  name: string;
}

export interface EnterpriseRef {
  id: string;
  name: string;
}

export interface PlaceRef {
  id: string;
  name: string;
  kind: Place['kind'];
}

/** Tasks led, tasks supported and projects of a unit (distinct tasks/projects). */
export interface RoleCounts {
  lead: number;
  support: number;
  projects: number;
}

/** unit(id): the unit, where it appears, its written counts and, apart, its inferred ones. */
export interface UnitDetail {
  unit: Unit;
  /** Documents that name this unit (sorted). */
  documentIds: string[];
  counts: RoleCounts;
  /** Edges derived from collectives the unit belongs to; not included in `counts`. */
  inferredCounts: RoleCounts;
}

export interface FindUnitsQuery extends PageOptions, Scope {
  /** Substring of the name, full name, an alias or a predecessor name (any case); empty matches all. */
  q?: string;
  kind?: UnitKind;
}

/** A unit found by findUnits, with its written counts and other names. Sorted by total work desc, then name. */
export interface UnitMatch extends UnitRef {
  counts: RoleCounts;
  aliases: string[];
  fullName: string | null;
  nameEn: string | null;
}

/** One unit's place on a task or project. */
export interface ResponsibilityLink {
  unit: UnitRef;
  role: ResponsibilityRole;
  inferred: boolean;
  /** For an inferred link: the collective it was expanded from. */
  via: string | null;
  /** The unit list this came from ended in 等: more bodies take part. */
  openEnded: boolean;
}

/** `jurisdictions` and `documentIds` keep the tasks of the plans in scope (see Scope). */
export interface TasksOfUnitOptions extends ListOptions, Scope {
  /** lead: tasks it leads; support: tasks it supports; any (default): both. */
  role?: RoleFilter;
  /** Only tasks in this section or below it. */
  sectionId?: string;
}

/** One task of a unit, with where it stands, who else is on it and where it came from. */
export interface TaskOfUnit {
  task: Task;
  role: 'lead' | 'support';
  /** True when the unit is on the task only through a collective. */
  inferred: boolean;
  via: string | null;
  section: SectionRef;
  /** The chapter (level 2) above the task's section, when there is one. */
  chapter: SectionRef | null;
  /** The other units on the task, leads first then supports, each by name. */
  coUnits: ResponsibilityLink[];
  provenance: Provenance;
}

/** One project of a unit. */
export interface ProjectOfUnit {
  project: Project;
  inferred: boolean;
  via: string | null;
  section: SectionRef;
  coUnits: ResponsibilityLink[];
  provenance: Provenance;
}

/**
 * A unit that shares written work with another. The counts are distinct tasks/projects by role
 * pair, seen from the unit asked about (`leadSupport`: it leads, the partner supports).
 * `weight` sums, over shared tasks/projects, 1 / (units on it − 1): a task shared by 15 units
 * adds 1/14, one shared by 2 adds 1 (rounded to 6 decimals).
 */
export interface Partner {
  unit: UnitRef;
  shared: number;
  leadLead: number;
  leadSupport: number;
  supportLead: number;
  supportSupport: number;
  project: number;
  weight: number;
}

/** sharedWork(a, b): the tasks and projects both units are on, with each one's role. */
export interface SharedWork {
  a: UnitRef;
  b: UnitRef;
  tasks: Array<{ task: TaskRef; roleA: 'lead' | 'support'; roleB: 'lead' | 'support'; inferred: boolean }>;
  projects: Array<{ project: ProjectRef; inferred: boolean }>;
}

export interface ConnectionsOptions extends InferredOption {
  /** Longest path considered, in edges (LIMITS.connectionHops). Units are an even number of hops apart. */
  maxHops?: number;
  /** At most this many paths listed (LIMITS.connectionPaths); `pathCount` counts them all. */
  limit?: number;
}

export interface PathNode {
  id: string;
  kind: 'unit' | 'task' | 'project';
  label: string;
  /** A unit's place (衢州市), so the units of a path read apart when several places are loaded; absent on a task or project. */
  jurisdiction?: string;
}

/** A shortest path between two units: unit, work, unit, work, … unit. */
export interface ConnectionPath {
  nodes: PathNode[];
  /** The edge types along the path, oriented from the unit to the work (LEADS, SUPPORTS, RESPONSIBLE_FOR). */
  edges: Array<{ type: RelationType; inferred: boolean }>;
}

/** connections(a, b): the shortest ways two units are linked through tasks/projects/other units. */
export interface Connections {
  from: UnitRef;
  to: UnitRef;
  /** Length of the shortest paths in edges; null when none within maxHops. */
  hops: number | null;
  /** How many distinct shortest paths exist. */
  pathCount: number;
  /** The first `limit` shortest paths, in a stable order (by the ids along the path). */
  paths: ConnectionPath[];
  /** Units standing between the two on some shortest path, by name. */
  viaUnits: UnitRef[];
}

export interface NeighbourhoodOptions extends InferredOption {
  /** Edges away from the start node (LIMITS.neighbourhoodDepth). */
  depth?: number;
  /** At most this many nodes (LIMITS.neighbourhoodNodes); nearer nodes first, then by id. */
  limit?: number;
}

export type NodeKind = 'document' | 'section' | 'task' | 'project' | 'unit' | 'enterprise' | 'place';

/** Cytoscape element data for a node. */
export interface CyNode {
  data: { id: string; label: string; kind: NodeKind; depth: number };
}

/** Cytoscape element data for an edge; id is stable (type|source|target|via). */
export interface CyEdge {
  data: { id: string; source: string; target: string; type: RelationType; inferred: boolean; openEnded: boolean };
}

/** neighbourhood(nodeId): elements ready for `cy.add([...nodes, ...edges])`. */
export interface Neighbourhood {
  nodes: CyNode[];
  edges: CyEdge[];
  /** True when `limit` cut nodes off. */
  truncated: boolean;
}

export interface NetworkOptions extends InferredOption, Scope {
  /** Only tasks/projects in this section or below it. */
  sectionId?: string;
  /** lead: co-leads only; support: co-supports only; any (default): every role, projects included. */
  role?: RoleFilter;
  /** Keep unit pairs that share at least this many tasks/projects (LIMITS.minShared). */
  minShared?: number;
  /** Most nodes + edges in the answer (LIMITS.networkElements); past it units are merged by name, then cut. */
  maxElements?: number;
}

export interface NetworkNode {
  /** The unit id; in an aggregated network `name:` + the name shared by the units merged. */
  id: string;
  name: string;
  kind: UnitKind;
  /** The unit's place; "" for units of one name merged across places. */
  jurisdiction: string;
  /** Tasks/projects this unit (or these units) has in the filtered network. */
  works: number;
}

export interface NetworkEdge {
  /** The smaller id of the pair. */
  source: string;
  target: string;
  shared: number;
  /** Sum of 1 / (units on the work − 1), as in Partner.weight. */
  weight: number;
}

/** The unit–unit co-responsibility network, bounded by `maxElements`. */
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /**
   * The units of every jurisdiction were too many: units of the same name (市生态环境局 of every
   * city) are merged into one node, their shared work summed.
   */
  aggregated: boolean;
  /** Still too many: only the busiest nodes and the heaviest edges between them are kept. */
  truncated: boolean;
  /** Nodes and edges before the cut (after merging, when aggregated). */
  total: { nodes: number; edges: number };
}

/** A section with its subsections and how many tasks/projects sit directly in it. */
export interface SectionTreeNode {
  section: Section;
  taskCount: number;
  projectCount: number;
  children: SectionTreeNode[];
}

export interface DocumentSections {
  document: DocumentSummary;
  sections: SectionTreeNode[];
}

/** sections(): one document's tree, or a page of documents with theirs. */
/** A page of the section trees of the plans in scope (by document id). */
export interface SectionsOptions extends PageOptions, Scope {}

export interface TaskDetail {
  task: Task;
  document: { id: string; title: string };
  section: SectionRef;
  chapter: SectionRef | null;
  leads: ResponsibilityLink[];
  supports: ResponsibilityLink[];
  mentions: { enterprises: EnterpriseRef[]; places: PlaceRef[] };
  implementedBy: Array<ProjectRef & { score: number | null }>;
  provenance: Provenance;
}

export interface ProjectDetail {
  project: Project;
  document: { id: string; title: string };
  section: SectionRef;
  responsible: ResponsibilityLink[];
  /** Enterprises named as responsible that are not (also) units. */
  responsibleEnterprises: EnterpriseRef[];
  implements: Array<TaskRef & { score: number | null }>;
  mentions: { enterprises: EnterpriseRef[]; places: PlaceRef[] };
  provenance: Provenance;
}

/**
 * Where a node is named: the first LIMITS.detailItems tasks and projects (by document, then number),
 * and how many there are in all. An enterprise named in every plan of a province stays one answer.
 */
export interface MentionedIn {
  tasks: TaskRef[];
  projects: ProjectRef[];
  taskTotal: number;
  projectTotal: number;
}

export interface EnterpriseDetail {
  enterprise: Enterprise;
  unit: UnitRef | null;
  mentionedIn: MentionedIn;
  /** The first LIMITS.detailItems projects, by document then number. */
  responsibleFor: ProjectRef[];
  responsibleForTotal: number;
}

export interface PlaceDetail {
  place: Place;
  mentionedIn: MentionedIn;
}

/** How much a unit carries, written edges only; the inferred share apart. */
export interface Workload {
  unit: UnitRef;
  tasksLed: number;
  tasksSupported: number;
  projects: number;
  inferred: { tasksLed: number; tasksSupported: number; projects: number };
  /** Distinct tasks it leads or supports / all tasks in the store (0..1, 6 decimals). */
  shareOfTasks: number;
  /** Chapters (level-2 sections) its tasks and projects fall in, by id. */
  chapters: SectionRef[];
  /**
   * Normalised betweenness of the unit in the written unit–unit network of its jurisdiction (units
   * of two jurisdictions never share work), 0..1, 6 decimals: how often it lies on the shortest
   * way between two other units.
   */
  bridgeScore: number;
}

export interface Stats {
  documents: number;
  sections: number;
  tasks: number;
  projects: number;
  units: number;
  enterprises: number;
  places: number;
  /** Relationships by type, written and inferred together. */
  relations: Record<RelationType, number>;
  /** Of those, derived from collectives. */
  inferredRelations: number;
}

export interface MultiLeadTask {
  task: TaskRef;
  leads: UnitRef[];
}

export interface SupportOnlyUnit {
  unit: UnitRef;
  supports: number;
  projects: number;
}

export interface OpenEndedList {
  workId: string;
  kind: 'task' | 'project';
  number: number;
  role: ResponsibilityRole;
}

/** Which page of each check, over which part of the store. */
export interface HygieneOptions extends PageOptions, Scope {}

/**
 * The responsibility checks coordinators ask for, each one page of its findings (the same `limit`
 * and `offset` for every check) with its total. Tasks and projects by document, then number.
 */
export interface Hygiene {
  /** Tasks with several written leads: diffused accountability. */
  multiLeadTasks: Page<MultiLeadTask>;
  /** Tasks no unit supports. */
  tasksWithoutSupport: Page<TaskRef>;
  /** Units that support tasks but lead none (written edges), by name. */
  supportOnlyUnits: Page<SupportOnlyUnit>;
  /** Unit lists that end in 等 (…等部门): the task or project and the role of the open list. */
  openEndedLists: Page<OpenEndedList>;
  /** Key projects that restate no task (no IMPLEMENTS edge). */
  projectsWithoutTask: Page<ProjectRef>;
  /** Tasks no key project implements. */
  tasksWithoutProject: Page<TaskRef>;
}

/** The names of the checks, in the order they are shown. */
export const HYGIENE_CHECKS = ['multiLeadTasks', 'tasksWithoutSupport', 'supportOnlyUnits', 'openEndedLists', 'projectsWithoutTask', 'tasksWithoutProject'] as const;
export type HygieneCheck = (typeof HYGIENE_CHECKS)[number];
