// What one document contributes to the figures people ask for, computed once when it is loaded, from
// the document alone: a load costs the same at any corpus size, and both adapters store the same data.
// Unit counts and network tallies are sums over documents (every task belongs to one document), so a
// store adds a document's contribution on load and subtracts it on removal.
import type { DocumentSummary, DutyGraph, MultiLeadTask, OpenEndedList, ProjectRef, RelationType, ResponsibilityRole, RoleFilter, SectionTreeNode, TaskRef, Unit, UnitKind } from '@dutymap/model';
import { RELATION_TYPES } from '@dutymap/model';
import type { StoredRelation } from './relations.js';
import { chapterOf, cmp, compareUnitsByName, compareWork, projectRef, roleOrder, ROLE_OF, sectionPath, taskRef, unitRef, type ResponsibilityType } from './order.js';

/** The network's filters that tallies are kept for: role × whether inferred edges count. */
export const NETWORK_VARIANTS = ['any', 'lead', 'support', 'anyInferred', 'leadInferred', 'supportInferred'] as const;
export type NetworkVariant = (typeof NETWORK_VARIANTS)[number];
export type VariantCounts = Record<NetworkVariant, number>;

export function variantOf(role: RoleFilter, includeInferred: boolean): NetworkVariant {
  return includeInferred ? `${role}Inferred` : role;
}

export function zeroCounts(): VariantCounts {
  return { any: 0, lead: 0, support: 0, anyInferred: 0, leadInferred: 0, supportInferred: 0 };
}

/** Whether an edge of this type and origin counts in a variant. */
export function inVariant(variant: NetworkVariant, type: ResponsibilityType, inferred: boolean): boolean {
  if (inferred && !variant.endsWith('Inferred')) return false;
  const role = variant.replace('Inferred', '');
  return role === 'any' || (role === 'lead' ? type === 'LEADS' : type === 'SUPPORTS');
}

/** A unit's figures from one document (distinct tasks/projects, as the answers count them). */
export interface UnitTally {
  lead: number;
  support: number;
  projects: number;
  inferredLead: number;
  inferredSupport: number;
  inferredProjects: number;
  /** Tasks it leads or supports by a written edge (its share of all tasks). */
  tasks: number;
  /** Tasks/projects it is on in each network variant (the network's node size). */
  works: VariantCounts;
}

/** Units of one name (across jurisdictions) in the aggregated network. */
export interface NameTally {
  name: string;
  kind: UnitKind;
  works: VariantCounts;
}

/** Two unit names sharing work: tasks/projects and Σ 1/(units on it − 1), per variant. */
export interface NamePair {
  /** The smaller name. */
  a: string;
  b: string;
  shared: VariantCounts;
  weight: VariantCounts;
}

export interface DocumentContribution {
  units: Array<{ id: string; tally: UnitTally }>;
  names: NameTally[];
  namePairs: NamePair[];
  relations: Record<RelationType, number>;
  inferredRelations: number;
}

/** The document's part of every check, in the checks' order (by number). */
export interface DocumentFindings {
  multiLeadTasks: MultiLeadTask[];
  tasksWithoutSupport: TaskRef[];
  openEndedLists: OpenEndedList[];
  projectsWithoutTask: ProjectRef[];
  tasksWithoutProject: TaskRef[];
}
export const DOCUMENT_CHECKS = ['multiLeadTasks', 'tasksWithoutSupport', 'openEndedLists', 'projectsWithoutTask', 'tasksWithoutProject'] as const satisfies ReadonlyArray<keyof DocumentFindings>;

/** Where a task or project sits: every section id above it (for section filters) and its chapter. */
export interface Placement {
  sectionPath: string[];
  chapterId: string | null;
}

export interface Derived {
  summary: DocumentSummary;
  sections: SectionTreeNode[];
  findings: DocumentFindings;
  contribution: DocumentContribution;
  placements: Map<string, Placement>;
}

/** A unit's edge on one of the document's tasks or projects. */
export interface Row {
  unitId: string;
  type: ResponsibilityType;
  inferred: boolean;
  openEnded: boolean;
}

const RESPONSIBILITY = new Set<string>(['LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR']);

/** Everything a store keeps about one document beside its nodes and edges. */
export function derive(graph: DutyGraph, relations: readonly StoredRelation[]): Derived {
  const sectionsById = new Map(graph.sections.map((s) => [s.id, s]));
  const units = new Map(graph.units.map((u) => [u.id, u]));
  const works = [...graph.tasks, ...graph.projects];
  const workIds = new Set(works.map((w) => w.id));
  const rowsByWork = new Map<string, Row[]>();
  const implemented = new Set<string>();
  const implementing = new Set<string>();
  for (const r of relations) {
    if (r.type === 'IMPLEMENTS') {
      implementing.add(r.from);
      implemented.add(r.to);
    } else if (RESPONSIBILITY.has(r.type) && units.has(r.from) && workIds.has(r.to)) {
      const rows = rowsByWork.get(r.to) ?? [];
      rows.push({ unitId: r.from, type: r.type as ResponsibilityType, inferred: r.attributes.inferred, openEnded: r.attributes.openEnded });
      rowsByWork.set(r.to, rows);
    }
  }
  const placements = new Map<string, Placement>();
  for (const work of works) {
    placements.set(work.id, { sectionPath: sectionPath(sectionsById, work.sectionId), chapterId: chapterOf(sectionsById, work.sectionId)?.id ?? null });
  }
  return {
    summary: summaryOf(graph),
    sections: sectionTree(graph),
    findings: findingsOf(graph, rowsByWork, implemented, implementing),
    contribution: contributionOf(new Map(graph.units.map((u) => [u.id, u])), new Set(graph.tasks.map((t) => t.id)), rowsByWork, relations),
    placements,
  };
}

export function summaryOf(graph: Pick<DutyGraph, 'document' | 'tasks' | 'projects'>): DocumentSummary {
  const d = graph.document;
  return { id: d.id, title: d.title, jurisdiction: d.jurisdiction, sourceName: d.sourceName, sha256: d.sha256, taskCount: graph.tasks.length, projectCount: graph.projects.length };
}

/** The document's section tree, children in source order (by first line, then id), with direct counts. */
function sectionTree(graph: DutyGraph): SectionTreeNode[] {
  const nodes = new Map<string, SectionTreeNode>();
  for (const section of graph.sections) nodes.set(section.id, { section, taskCount: 0, projectCount: 0, children: [] });
  for (const task of graph.tasks) {
    const node = nodes.get(task.sectionId);
    if (node) node.taskCount += 1;
  }
  for (const project of graph.projects) {
    const node = nodes.get(project.sectionId);
    if (node) node.projectCount += 1;
  }
  const roots: SectionTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = nodes.get(node.section.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const order = (a: SectionTreeNode, b: SectionTreeNode): number => a.section.lines.start - b.section.lines.start || cmp(a.section.id, b.section.id);
  const sortDeep = (list: SectionTreeNode[]): SectionTreeNode[] => {
    list.sort(order);
    for (const node of list) sortDeep(node.children);
    return list;
  };
  return sortDeep(roots);
}

function findingsOf(graph: DutyGraph, rowsByWork: ReadonlyMap<string, Row[]>, implemented: ReadonlySet<string>, implementing: ReadonlySet<string>): DocumentFindings {
  const units = new Map(graph.units.map((u) => [u.id, u]));
  const tasks = [...graph.tasks].sort(compareWork);
  const projects = [...graph.projects].sort(compareWork);
  const findings: DocumentFindings = {
    multiLeadTasks: [],
    tasksWithoutSupport: [],
    openEndedLists: [],
    projectsWithoutTask: projects.filter((p) => !implementing.has(p.id)).map(projectRef),
    tasksWithoutProject: tasks.filter((t) => !implemented.has(t.id)).map(taskRef),
  };
  for (const task of tasks) {
    const written = (rowsByWork.get(task.id) ?? []).filter((r) => !r.inferred);
    const leads = [...new Set(written.filter((r) => r.type === 'LEADS').map((r) => r.unitId))]
      .map((id) => unitRef(units.get(id) as (typeof graph.units)[number]))
      .sort(compareUnitsByName);
    if (leads.length > 1) findings.multiLeadTasks.push({ task: taskRef(task), leads });
    if (!written.some((r) => r.type === 'SUPPORTS')) findings.tasksWithoutSupport.push(taskRef(task));
  }
  const kindOf = new Map<string, 'task' | 'project'>([...graph.tasks.map((t) => [t.id, 'task'] as const), ...graph.projects.map((p) => [p.id, 'project'] as const)]);
  for (const work of [...graph.tasks, ...graph.projects].sort(compareWork)) {
    const roles = new Set<ResponsibilityRole>();
    for (const row of rowsByWork.get(work.id) ?? []) if (row.openEnded && !row.inferred) roles.add(ROLE_OF[row.type]);
    for (const role of [...roles].sort((a, b) => roleOrder(a) - roleOrder(b))) {
      findings.openEndedLists.push({ workId: work.id, kind: kindOf.get(work.id) as 'task' | 'project', number: work.number, role });
    }
  }
  return findings;
}

function emptyTally(): UnitTally {
  return { lead: 0, support: 0, projects: 0, inferredLead: 0, inferredSupport: 0, inferredProjects: 0, tasks: 0, works: zeroCounts() };
}

/**
 * What a document adds to unit and network tallies, from the unit edges on its tasks and projects. A store
 * that keeps the document's edges can compute it again at removal instead of keeping it.
 */
export function contributionOf(
  unitsById: ReadonlyMap<string, Pick<Unit, 'name' | 'kind'>>,
  taskIds: ReadonlySet<string>,
  rowsByWork: ReadonlyMap<string, readonly Row[]>,
  relations: readonly Pick<StoredRelation, 'type' | 'attributes'>[] | Pick<DocumentContribution, 'relations' | 'inferredRelations'>,
): DocumentContribution {
  const tallies = new Map<string, UnitTally>();
  const pairs = new Map<string, NamePair>();
  for (const [workId, rows] of rowsByWork) {
    const isTask = taskIds.has(workId);
    // Per unit: which counts and variants this work adds to (each once: counts are of distinct works).
    const seen = new Map<string, { counts: Set<Exclude<keyof UnitTally, 'works'>>; variants: Set<NetworkVariant> }>();
    for (const row of rows) {
      const marks = seen.get(row.unitId) ?? { counts: new Set(), variants: new Set() };
      seen.set(row.unitId, marks);
      marks.counts.add(row.type === 'LEADS' ? (row.inferred ? 'inferredLead' : 'lead') : row.type === 'SUPPORTS' ? (row.inferred ? 'inferredSupport' : 'support') : row.inferred ? 'inferredProjects' : 'projects');
      if (isTask && !row.inferred) marks.counts.add('tasks');
      for (const variant of NETWORK_VARIANTS) if (inVariant(variant, row.type, row.inferred)) marks.variants.add(variant);
    }
    for (const [unitId, marks] of seen) {
      const tally = tallies.get(unitId) ?? emptyTally();
      tallies.set(unitId, tally);
      for (const key of marks.counts) tally[key] += 1;
      for (const variant of marks.variants) tally.works[variant] += 1;
    }
    // Name pairs: units on this work in each variant, every pair once, weighed 1/(units − 1).
    for (const variant of NETWORK_VARIANTS) {
      const names = [...new Set([...seen].filter(([, marks]) => marks.variants.has(variant)).map(([id]) => unitsById.get(id)?.name as string))].sort(cmp);
      if (names.length < 2) continue;
      const weight = 1 / (names.length - 1);
      for (let i = 0; i < names.length; i += 1) {
        for (let j = i + 1; j < names.length; j += 1) {
          const a = names[i] as string;
          const b = names[j] as string;
          const key = `${a}\u0000${b}`;
          const pair = pairs.get(key) ?? { a, b, shared: zeroCounts(), weight: zeroCounts() };
          pairs.set(key, pair);
          pair.shared[variant] += 1;
          pair.weight[variant] += weight;
        }
      }
    }
  }
  const names = new Map<string, NameTally>();
  for (const [id, tally] of tallies) {
    const unit = unitsById.get(id) as Pick<Unit, 'name' | 'kind'>;
    const entry = names.get(unit.name) ?? { name: unit.name, kind: unit.kind, works: zeroCounts() };
    names.set(unit.name, entry);
    for (const variant of NETWORK_VARIANTS) entry.works[variant] += tally.works[variant];
  }
  let relationCounts = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
  let inferredRelations = 0;
  if (Array.isArray(relations)) {
    for (const r of relations as ReadonlyArray<Pick<StoredRelation, 'type' | 'attributes'>>) {
      relationCounts[r.type] += 1;
      if (r.attributes.inferred) inferredRelations += 1;
    }
  } else {
    ({ relations: relationCounts, inferredRelations } = relations as Pick<DocumentContribution, 'relations' | 'inferredRelations'>);
  }
  return {
    units: [...tallies].sort(([a], [b]) => cmp(a, b)).map(([id, tally]) => ({ id, tally })),
    names: [...names.values()].sort((a, b) => cmp(a.name, b.name)),
    namePairs: [...pairs.values()].sort((x, y) => cmp(x.a, y.a) || cmp(x.b, y.b)),
    relations: relationCounts,
    inferredRelations,
  };
}

/** Adds (sign 1) or subtracts (sign -1) a tally into a running total. */
export function addTally(total: UnitTally, tally: UnitTally, sign: 1 | -1): void {
  for (const key of ['lead', 'support', 'projects', 'inferredLead', 'inferredSupport', 'inferredProjects', 'tasks'] as const) total[key] += sign * tally[key];
  for (const variant of NETWORK_VARIANTS) total.works[variant] += sign * tally.works[variant];
}

export function newTally(): UnitTally {
  return emptyTally();
}

/** The counts of a unit as the answers name them: written apart from inferred. */
export function countsOfTally(tally: UnitTally | undefined): { counts: { lead: number; support: number; projects: number }; inferredCounts: { lead: number; support: number; projects: number } } {
  const t = tally ?? emptyTally();
  return { counts: { lead: t.lead, support: t.support, projects: t.projects }, inferredCounts: { lead: t.inferredLead, support: t.inferredSupport, projects: t.inferredProjects } };
}
