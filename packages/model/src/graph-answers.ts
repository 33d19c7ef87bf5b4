// The answers of the graph store port: zod schemas, each with its type under the same name, shared by
// the adapters that produce them, the API that sends them (and describes them in its OpenAPI document:
// a schema's `id` names its component there) and the UI that reads the types (which may import
// nothing but this package, and only types).
import type { PageOptions } from './limits.js';
import { pageOf } from './limits.js';
import { z } from 'zod';
import { Enterprise, Place, Project, Provenance, RelationType, Section, Task, Unit, UnitKind } from './schema.js';

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


/** The role filter of tasksOfUnit and coResponsibilityNetwork. */
export type RoleFilter = 'lead' | 'support' | 'any';

/** A count of things: a whole number, never negative. */
const count = z.number().int().nonnegative();
/** A task's role of a unit: 牵头 (lead) or 配合 (support). */
const TaskRole = z.enum(['lead', 'support']);

/** A unit's role on a task (annex 1) or project (annex 2, no lead/support split). */
export const ResponsibilityRole = z
  .enum(['lead', 'support', 'responsible'])
  .meta({ id: 'ResponsibilityRole', description: "a unit's role on a task (annex 1) or project (annex 2, no lead/support split)" });
export type ResponsibilityRole = z.infer<typeof ResponsibilityRole>;

/** A loaded document with what it contributed. */
export const DocumentSummary = z
  .object({ id: z.string(), title: z.string(), jurisdiction: z.string(), sourceName: z.string(), sha256: z.string(), taskCount: count, projectCount: count })
  .meta({ id: 'DocumentSummary', description: 'a loaded document with what it contributed' });
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** A stored document's id and content hash: what start-up compares to skip unchanged files. */
export interface DocumentHash {
  id: string;
  sha256: string;
}

export const UnitRef = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: UnitKind,
    /** The place the unit belongs to (衢州市): 市生态环境局 of two cities are two units. */
    jurisdiction: z.string().describe('the place the unit belongs to (衢州市): 市生态环境局 of two cities are two units'),
  })
  .meta({ id: 'UnitRef', description: 'a unit by id, name, kind and place' });
export type UnitRef = z.infer<typeof UnitRef>;

/** A place that issued loaded plans, with its GB/T 2260 place in the tree of divisions. */
export const JurisdictionSummary = z
  .object({
    name: z.string(),
    /** GB/T 2260 code (330800), null when the plans name no division code. */
    code: z.string().nullable().describe('GB/T 2260 code (330800), null when the plans name no division code'),
    /** Province (first two digits), city (first four) or county; null without a code. */
    level: z.enum(['province', 'city', 'county']).nullable().describe('province (first two digits), city (first four) or county; null without a code'),
    /** Code of the division above (330000 above 330800), null for a province or without a code. */
    parentCode: z.string().nullable().describe('code of the division above (330000 above 330800), null for a province or without a code'),
    /** Plans it issued. */
    documents: count.describe('plans it issued'),
    /** Units of this place. */
    units: count.describe('units of this place'),
  })
  .meta({ id: 'JurisdictionSummary', description: 'a place that issued loaded plans, with its GB/T 2260 place in the tree of divisions' });
export type JurisdictionSummary = z.infer<typeof JurisdictionSummary>;

export const SectionRef = z
  .object({ id: z.string(), number: z.string(), title: z.string(), kind: Section.shape.kind, level: z.number().int() })
  .meta({ id: 'SectionRef', description: 'a section (annex, chapter, work-content group or category) by id, number and title' });
export type SectionRef = z.infer<typeof SectionRef>;

export const TaskRef = z
  .object({ id: z.string(), documentId: z.string(), number: z.number().int(), text: z.string() })
  .meta({ id: 'TaskRef', description: 'a task by id, document, number and text' });
export type TaskRef = z.infer<typeof TaskRef>;

export const ProjectRef = z
  .object({ id: z.string(), documentId: z.string(), number: z.number().int(), name: z.string() })
  .meta({ id: 'ProjectRef', description: 'a key project by id, document, number and name' });
export type ProjectRef = z.infer<typeof ProjectRef>;

export const EnterpriseRef = z.object({ id: z.string(), name: z.string() }).meta({ id: 'EnterpriseRef', description: 'an enterprise by id and name' });
export type EnterpriseRef = z.infer<typeof EnterpriseRef>;

export const PlaceRef = z.object({ id: z.string(), name: z.string(), kind: Place.shape.kind }).meta({ id: 'PlaceRef', description: 'a place by id, name and kind' });
export type PlaceRef = z.infer<typeof PlaceRef>;

/** Tasks led, tasks supported and projects of a unit (distinct tasks/projects). */
export const RoleCounts = z
  .object({ lead: count, support: count, projects: count })
  .meta({ id: 'RoleCounts', description: 'tasks led, tasks supported and projects of a unit (distinct tasks/projects)' });
export type RoleCounts = z.infer<typeof RoleCounts>;

/** unit(id): the unit, where it appears, its written counts and, apart, its inferred ones. */
export const UnitDetail = z
  .object({
    unit: Unit,
    /** Its function key (Unit.function, else unitFunction of its name): what its counterparts in other places share. */
    function: z.string().nullable().describe('its function key: what its counterparts in other places share (生态环境局); null for collectives, zones, enterprises'),
    /** Documents that name this unit (sorted). */
    documentIds: z.array(z.string()).describe('documents that name this unit (sorted)'),
    counts: RoleCounts,
    /** Edges derived from collectives the unit belongs to; not included in `counts`. */
    inferredCounts: RoleCounts.describe('edges derived from collectives the unit belongs to; not included in `counts`'),
  })
  .meta({ id: 'UnitDetail', description: 'the unit, where it appears, its written counts and, apart, its inferred ones' });
export type UnitDetail = z.infer<typeof UnitDetail>;

export interface FindUnitsQuery extends PageOptions, Scope {
  /** Substring of the name, full name, an alias or a predecessor name (any case); empty matches all. */
  q?: string;
  kind?: UnitKind;
}

/** A unit found by findUnits, with its written counts and other names. Sorted by total work desc, then name. */
export const UnitMatch = UnitRef.extend({ counts: RoleCounts, aliases: z.array(z.string()), fullName: z.string().nullable(), nameEn: z.string().nullable() }).meta({
  id: 'UnitMatch',
  description: 'a unit found by name, with its written counts and other names',
});
export type UnitMatch = z.infer<typeof UnitMatch>;

/** One unit's place on a task or project. */
export const ResponsibilityLink = z
  .object({
    unit: UnitRef,
    role: ResponsibilityRole,
    inferred: z.boolean(),
    /** For an inferred link: the collective it was expanded from. */
    via: z.string().nullable().describe('for an inferred link: the collective it was expanded from'),
    /** The unit list this came from ended in 等: more bodies take part. */
    openEnded: z.boolean().describe('the unit list this came from ended in 等: more bodies take part'),
  })
  .meta({ id: 'ResponsibilityLink', description: "one unit's place on a task or project" });
export type ResponsibilityLink = z.infer<typeof ResponsibilityLink>;

/** `jurisdictions` and `documentIds` keep the tasks of the plans in scope (see Scope). */
export interface TasksOfUnitOptions extends ListOptions, Scope {
  /** lead: tasks it leads; support: tasks it supports; any (default): both. */
  role?: RoleFilter;
  /** Only tasks in this section or below it. */
  sectionId?: string;
}

/** One task of a unit, with where it stands, who else is on it and where it came from. */
export const TaskOfUnit = z
  .object({
    task: Task,
    role: TaskRole,
    /** True when the unit is on the task only through a collective. */
    inferred: z.boolean().describe('true when the unit is on the task only through a collective'),
    via: z.string().nullable(),
    section: SectionRef,
    /** The chapter (level 2) above the task’s section, when there is one. */
    chapter: SectionRef.nullable().describe('the chapter (level 2) above the task’s section, when there is one'),
    /** The other units on the task, leads first then supports, each by name. */
    coUnits: z.array(ResponsibilityLink).describe('the other units on the task, leads first then supports, each by name'),
    provenance: Provenance,
  })
  .meta({ id: 'TaskOfUnit', description: 'one task of a unit, with where it stands, who else is on it and where it came from' });
export type TaskOfUnit = z.infer<typeof TaskOfUnit>;

/** One project of a unit. */
export const ProjectOfUnit = z
  .object({ project: Project, inferred: z.boolean(), via: z.string().nullable(), section: SectionRef, coUnits: z.array(ResponsibilityLink), provenance: Provenance })
  .meta({ id: 'ProjectOfUnit', description: 'one project of a unit' });
export type ProjectOfUnit = z.infer<typeof ProjectOfUnit>;

/**
 * A unit that shares written work with another. The counts are distinct tasks/projects by role
 * pair, seen from the unit asked about (`leadSupport`: it leads, the partner supports).
 * `weight` sums, over shared tasks/projects, 1 / (units on it − 1): a task shared by 15 units
 * adds 1/14, one shared by 2 adds 1 (rounded to 6 decimals).
 */
export const Partner = z
  .object({ unit: UnitRef, shared: count, leadLead: count, leadSupport: count, supportLead: count, supportSupport: count, project: count, weight: z.number().nonnegative() })
  .meta({
    id: 'Partner',
    description:
      'a unit that shares written work with another: distinct tasks/projects by role pair, seen from the unit asked about (`leadSupport`: it leads, the partner supports); `weight` sums, over shared tasks/projects, 1 / (units on it − 1), rounded to 6 decimals',
  });
export type Partner = z.infer<typeof Partner>;

/** sharedWork(a, b): the tasks and projects both units are on, with each one's role. */
export const SharedWork = z
  .object({
    a: UnitRef,
    b: UnitRef,
    tasks: z.array(z.object({ task: TaskRef, roleA: TaskRole, roleB: TaskRole, inferred: z.boolean() })),
    projects: z.array(z.object({ project: ProjectRef, inferred: z.boolean() })),
  })
  .meta({ id: 'SharedWork', description: "the tasks and projects both units are on, with each one's role" });
export type SharedWork = z.infer<typeof SharedWork>;

export interface ConnectionsOptions extends InferredOption {
  /** Longest path considered, in edges (LIMITS.connectionHops). Units are an even number of hops apart. */
  maxHops?: number;
  /** At most this many paths listed (LIMITS.connectionPaths); `pathCount` counts them all. */
  limit?: number;
}

export const PathNode = z
  .object({
    id: z.string(),
    kind: z.enum(['unit', 'task', 'project']),
    label: z.string(),
    /** A unit's place (衢州市), so the units of a path read apart when several places are loaded; absent on a task or project. */
    jurisdiction: z.string().optional().describe("a unit's place (衢州市); absent on a task or project"),
  })
  .meta({ id: 'PathNode', description: 'a unit, task or project on a path between two units' });
export type PathNode = z.infer<typeof PathNode>;

/** A shortest path between two units: unit, work, unit, work, … unit. */
export const ConnectionPath = z
  .object({
    nodes: z.array(PathNode),
    /** The edge types along the path, oriented from the unit to the work (LEADS, SUPPORTS, RESPONSIBLE_FOR). */
    edges: z
      .array(z.object({ type: RelationType, inferred: z.boolean() }))
      .describe('the edge types along the path, oriented from the unit to the work (LEADS, SUPPORTS, RESPONSIBLE_FOR)'),
  })
  .meta({ id: 'ConnectionPath', description: 'a shortest path between two units: unit, work, unit, work, … unit' });
export type ConnectionPath = z.infer<typeof ConnectionPath>;

/** connections(a, b): the shortest ways two units are linked through tasks/projects/other units. */
export const Connections = z
  .object({
    from: UnitRef,
    to: UnitRef,
    /** Length of the shortest paths in edges; null when none within maxHops. */
    hops: count.nullable().describe('length of the shortest paths in edges; null when none within maxHops'),
    /** How many distinct shortest paths exist. */
    pathCount: count.describe('how many distinct shortest paths exist'),
    /** The first `limit` shortest paths, in a stable order (by the ids along the path). */
    paths: z.array(ConnectionPath).describe('the first `limit` shortest paths, in a stable order (by the ids along the path)'),
    /** Units standing between the two on some shortest path, by name. */
    viaUnits: z.array(UnitRef).describe('units standing between the two on some shortest path, by name'),
  })
  .meta({ id: 'Connections', description: 'the shortest ways two units are linked through tasks/projects/other units' });
export type Connections = z.infer<typeof Connections>;

export interface NeighbourhoodOptions extends InferredOption {
  /** Edges away from the start node (LIMITS.neighbourhoodDepth). */
  depth?: number;
  /** At most this many nodes (LIMITS.neighbourhoodNodes); nearer nodes first, then by id. */
  limit?: number;
}

export const NodeKind = z.enum(['document', 'section', 'task', 'project', 'unit', 'enterprise', 'place']).meta({ id: 'NodeKind', description: 'what a node of the graph is' });
export type NodeKind = z.infer<typeof NodeKind>;

/** Cytoscape element data for a node. */
export const CyNode = z
  .object({ data: z.object({ id: z.string(), label: z.string(), kind: NodeKind, depth: count }) })
  .meta({ id: 'CyNode', description: 'Cytoscape element data for a node' });
export type CyNode = z.infer<typeof CyNode>;

/** Cytoscape element data for an edge; id is stable (type|source|target|via). */
export const CyEdge = z
  .object({ data: z.object({ id: z.string(), source: z.string(), target: z.string(), type: RelationType, inferred: z.boolean(), openEnded: z.boolean() }) })
  .meta({ id: 'CyEdge', description: 'Cytoscape element data for an edge; id is stable (type|source|target|via)' });
export type CyEdge = z.infer<typeof CyEdge>;

/** neighbourhood(nodeId): elements ready for `cy.add([...nodes, ...edges])`. */
export const Neighbourhood = z
  .object({ nodes: z.array(CyNode), edges: z.array(CyEdge), truncated: z.boolean().describe('true when `limit` cut nodes off') })
  .meta({ id: 'Neighbourhood', description: 'the nodes and edges around a node, ready for `cy.add([...nodes, ...edges])`' });
export type Neighbourhood = z.infer<typeof Neighbourhood>;

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

export const NetworkNode = z
  .object({
    /** The unit id; in an aggregated network `name:` + the name shared by the units merged. */
    id: z.string().describe('the unit id; in an aggregated network `name:` + the name shared by the units merged'),
    name: z.string(),
    kind: UnitKind,
    /** The unit’s place; "" for units of one name merged across places. */
    jurisdiction: z.string().describe('the unit’s place; "" for units of one name merged across places'),
    /** Its place's GB/T 2260 code (a county's tells its city: 330822 → 330800); null when unknown or merged. */
    jurisdictionCode: z.string().nullable().describe('its place’s GB/T 2260 code (a county’s tells its city); null when unknown or merged'),
    /** Tasks/projects this unit (or these units) has in the filtered network. */
    works: count.describe('tasks/projects this unit (or these units) has in the filtered network'),
  })
  .meta({ id: 'NetworkNode', description: 'a unit (or the units of one name, merged) in the co-responsibility network' });
export type NetworkNode = z.infer<typeof NetworkNode>;

export const NetworkEdge = z
  .object({
    /** The smaller id of the pair. */
    source: z.string().describe('the smaller id of the pair'),
    target: z.string(),
    shared: count,
    /** Sum of 1 / (units on the work − 1), as in Partner.weight. */
    weight: z.number().nonnegative().describe('sum of 1 / (units on the work − 1), as in Partner.weight'),
  })
  .meta({ id: 'NetworkEdge', description: 'two units that share work in the co-responsibility network' });
export type NetworkEdge = z.infer<typeof NetworkEdge>;

/** How a network answer was bounded: merged by name, cut, and how big it was before. */
const NetworkBounds = {
  /**
   * The units of every jurisdiction were too many: units of the same name (市生态环境局 of every
   * city) are merged into one node, their shared work summed.
   */
  aggregated: z
    .boolean()
    .describe('the units of every jurisdiction were too many: units of the same name (市生态环境局 of every city) are merged into one node, their shared work summed'),
  /** Still too many: only the busiest nodes and the heaviest edges between them are kept. */
  truncated: z.boolean().describe('still too many: only the busiest nodes and the heaviest edges between them are kept'),
  /** Nodes and edges before the cut (after merging, when aggregated). */
  total: z.object({ nodes: count, edges: count }).describe('nodes and edges before the cut (after merging, when aggregated)'),
};

/** The unit–unit co-responsibility network, bounded by `maxElements`. */
export const Network = z
  .object({ nodes: z.array(NetworkNode), edges: z.array(NetworkEdge), ...NetworkBounds })
  .meta({ id: 'Network', description: 'the unit–unit co-responsibility network, bounded by `maxElements`' });
export type Network = z.infer<typeof Network>;

/** A section with its subsections and how many tasks/projects sit directly in it. */
export const SectionTreeNode = z
  .object({
    section: Section,
    taskCount: count,
    projectCount: count,
    get children(): z.ZodArray<typeof SectionTreeNode> {
      return z.array(SectionTreeNode);
    },
  })
  .meta({ id: 'SectionTreeNode', description: 'a section with its subsections and how many tasks/projects sit directly in it' });
export type SectionTreeNode = z.infer<typeof SectionTreeNode>;

export const DocumentSections = z
  .object({ document: DocumentSummary, sections: z.array(SectionTreeNode) })
  .meta({ id: 'DocumentSections', description: 'a document with its section tree' });
export type DocumentSections = z.infer<typeof DocumentSections>;

/** sections(): one document's tree, or a page of documents with theirs. */
/** A page of the section trees of the plans in scope (by document id). */
export interface SectionsOptions extends PageOptions, Scope {}

const DocumentRef = z.object({ id: z.string(), title: z.string() });
const Mentions = z.object({ enterprises: z.array(EnterpriseRef), places: z.array(PlaceRef) });
const similarity = z.number().min(0).max(1).nullable().describe('text similarity of project and task, 0..1');

export const TaskDetail = z
  .object({
    task: Task,
    document: DocumentRef,
    section: SectionRef,
    chapter: SectionRef.nullable(),
    leads: z.array(ResponsibilityLink),
    supports: z.array(ResponsibilityLink),
    mentions: Mentions,
    implementedBy: z.array(ProjectRef.extend({ score: similarity })),
    provenance: Provenance,
  })
  .meta({ id: 'TaskDetail', description: 'a task with its units, mentions, the projects that restate it and its source row' });
export type TaskDetail = z.infer<typeof TaskDetail>;

export const ProjectDetail = z
  .object({
    project: Project,
    document: DocumentRef,
    section: SectionRef,
    responsible: z.array(ResponsibilityLink),
    /** Enterprises named as responsible that are not (also) units. */
    responsibleEnterprises: z.array(EnterpriseRef).describe('enterprises named as responsible that are not (also) units'),
    implements: z.array(TaskRef.extend({ score: similarity })),
    mentions: Mentions,
    provenance: Provenance,
  })
  .meta({ id: 'ProjectDetail', description: 'a key project with its units, the tasks it restates and its source row' });
export type ProjectDetail = z.infer<typeof ProjectDetail>;

/**
 * Where a node is named: the first LIMITS.detailItems tasks and projects (by document, then number),
 * and how many there are in all. An enterprise named in every plan of a province stays one answer.
 */
export const MentionedIn = z
  .object({ tasks: z.array(TaskRef), projects: z.array(ProjectRef), taskTotal: count, projectTotal: count })
  .meta({
    id: 'MentionedIn',
    description: 'where a node is named: the first LIMITS.detailItems tasks and projects (by document, then number), and how many there are in all',
  });
export type MentionedIn = z.infer<typeof MentionedIn>;

export const EnterpriseDetail = z
  .object({
    enterprise: Enterprise,
    unit: UnitRef.nullable(),
    mentionedIn: MentionedIn,
    /** The first LIMITS.detailItems projects, by document then number. */
    responsibleFor: z.array(ProjectRef).describe('the first LIMITS.detailItems projects, by document then number'),
    responsibleForTotal: count,
  })
  .meta({ id: 'EnterpriseDetail', description: 'an enterprise, the unit of the same identity, and where it is named' });
export type EnterpriseDetail = z.infer<typeof EnterpriseDetail>;

export const PlaceDetail = z.object({ place: Place, mentionedIn: MentionedIn }).meta({ id: 'PlaceDetail', description: 'a place and where it is named' });
export type PlaceDetail = z.infer<typeof PlaceDetail>;

/** How much a unit carries, written edges only; the inferred share apart. */
export const Workload = z
  .object({
    unit: UnitRef,
    tasksLed: count,
    tasksSupported: count,
    projects: count,
    inferred: z.object({ tasksLed: count, tasksSupported: count, projects: count }),
    /** Distinct tasks it leads or supports / all tasks in the store (0..1, 6 decimals). */
    shareOfTasks: z.number().min(0).max(1).describe('distinct tasks it leads or supports / all tasks in the store (0..1, 6 decimals)'),
    /** Chapters (level-2 sections) its tasks and projects fall in, by id. */
    chapters: z.array(SectionRef).describe('chapters (level-2 sections) its tasks and projects fall in, by id'),
    /**
     * Normalised betweenness of the unit in the written unit–unit network of its jurisdiction (units
     * of two jurisdictions never share work), 0..1, 6 decimals: how often it lies on the shortest
     * way between two other units.
     */
    bridgeScore: z
      .number()
      .min(0)
      .max(1)
      .describe(
        'normalised betweenness of the unit in the written unit–unit network of its jurisdiction, 0..1, 6 decimals: how often it lies on the shortest way between two other units',
      ),
  })
  .meta({ id: 'Workload', description: 'how much a unit carries, written edges only; the inferred share apart' });
export type Workload = z.infer<typeof Workload>;

export const Stats = z
  .object({
    documents: count,
    sections: count,
    tasks: count,
    projects: count,
    units: count,
    enterprises: count,
    places: count,
    /** Relationships by type, written and inferred together. */
    relations: z.record(RelationType, count).describe('relationships by type, written and inferred together'),
    /** Of those, derived from collectives. */
    inferredRelations: count.describe('of those, derived from collectives'),
  })
  .meta({ id: 'Stats', description: 'counts of documents, nodes and relations, of the whole store or of a scope' });
export type Stats = z.infer<typeof Stats>;

export const MultiLeadTask = z.object({ task: TaskRef, leads: z.array(UnitRef) }).meta({ id: 'MultiLeadTask', description: 'a task with several written leads' });
export type MultiLeadTask = z.infer<typeof MultiLeadTask>;

export const SupportOnlyUnit = z
  .object({ unit: UnitRef, supports: count, projects: count })
  .meta({ id: 'SupportOnlyUnit', description: 'a unit that supports tasks but leads none' });
export type SupportOnlyUnit = z.infer<typeof SupportOnlyUnit>;

export const OpenEndedList = z
  .object({ workId: z.string(), kind: z.enum(['task', 'project']), number: z.number().int(), role: ResponsibilityRole })
  .meta({ id: 'OpenEndedList', description: 'a unit list that ends in 等 (…等部门): the task or project and the role of the list' });
export type OpenEndedList = z.infer<typeof OpenEndedList>;

/** Which page of each check, over which part of the store. */
export interface HygieneOptions extends PageOptions, Scope {}

/**
 * The responsibility checks coordinators ask for, each one page of its findings (the same `limit`
 * and `offset` for every check) with its total. Tasks and projects by document, then number.
 */
export const Hygiene = z
  .object({
    /** Tasks with several written leads: diffused accountability. */
    multiLeadTasks: pageOf(MultiLeadTask).describe('tasks with several written leads: diffused accountability'),
    /** Tasks no unit supports. */
    tasksWithoutSupport: pageOf(TaskRef).describe('tasks no unit supports'),
    /** Units that support tasks but lead none (written edges), by name. */
    supportOnlyUnits: pageOf(SupportOnlyUnit).describe('units that support tasks but lead none (written edges), by name'),
    /** Unit lists that end in 等 (…等部门): the task or project and the role of the open list. */
    openEndedLists: pageOf(OpenEndedList).describe('unit lists that end in 等 (…等部门): the task or project and the role of the open list'),
    /** Key projects that restate no task (no IMPLEMENTS edge). */
    projectsWithoutTask: pageOf(ProjectRef).describe('key projects that restate no task (no IMPLEMENTS edge)'),
    /** Tasks no key project implements. */
    tasksWithoutProject: pageOf(TaskRef).describe('tasks no key project implements'),
  })
  .meta({
    id: 'Hygiene',
    description:
      'the responsibility checks coordinators ask for, each one page of its findings (the same `limit` and `offset` for every check) with its total; tasks and projects by document, then number',
  });
export type Hygiene = z.infer<typeof Hygiene>;

/** The names of the checks, in the order they are shown. */
export const HYGIENE_CHECKS = ['multiLeadTasks', 'tasksWithoutSupport', 'supportOnlyUnits', 'openEndedLists', 'projectsWithoutTask', 'tasksWithoutProject'] as const;
export type HygieneCheck = (typeof HYGIENE_CHECKS)[number];
