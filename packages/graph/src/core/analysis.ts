// The query logic both adapters share: they fetch a Snapshot, these functions shape the answer.
import { UndirectedGraph } from 'graphology';
import { betweenness } from 'graphology-metrics/centrality/index.js';
import type { Section, Unit } from '@dutymap/model';
import type { DocumentSummary, FindUnitsQuery, Hygiene, InferredOption, Network, NetworkEdge, NetworkOptions, Partner, ProjectOfUnit, ResponsibilityLink, ResponsibilityRole, RoleCounts, SectionRef, SectionTreeNode, SharedWork, TaskOfUnit, TasksOfUnitOptions, UnitMatch, Workload } from '@dutymap/model';
import { NotFoundError } from '../errors.js';
import {
  cmp,
  compareUnitsByName,
  compareWork,
  projectRef,
  round6,
  sectionRef,
  taskRef,
  unitRef,
  type IndexedSnapshot,
  type ResponsibilityRow,
  type ResponsibilityType,
} from './snapshot.js';

const ROLE_OF: Record<ResponsibilityType, ResponsibilityRole> = {
  LEADS: 'lead',
  SUPPORTS: 'support',
  RESPONSIBLE_FOR: 'responsible',
};

const ROLE_ORDER: Record<ResponsibilityRole, number> = { lead: 0, support: 1, responsible: 2 };

function visible(row: ResponsibilityRow, options: InferredOption | undefined): boolean {
  return options?.includeInferred === true || !row.inferred;
}

/** The chapter (level 2) a section sits in, or null for a level-1 section. */
export function chapterOf(sectionsById: ReadonlyMap<string, Section>, sectionId: string): Section | null {
  let section = sectionsById.get(sectionId);
  for (let guard = 0; section && guard < 10; guard += 1) {
    if (section.level === 2) return section;
    if (section.level < 2) return null;
    section = sectionsById.get(section.parentId);
  }
  return null;
}

/** Whether a section is the given one or lies below it. */
export function isWithin(sectionsById: ReadonlyMap<string, Section>, sectionId: string, ancestorId: string): boolean {
  let current: string | undefined = sectionId;
  for (let guard = 0; current !== undefined && guard < 10; guard += 1) {
    if (current === ancestorId) return true;
    current = sectionsById.get(current)?.parentId;
  }
  return false;
}

function sectionRefOf(snapshot: IndexedSnapshot, sectionId: string): SectionRef {
  const section = snapshot.sectionsById.get(sectionId);
  return section
    ? sectionRef(section)
    : { id: sectionId, number: '', title: '', kind: 'annex', level: 1 };
}

function link(snapshot: IndexedSnapshot, row: ResponsibilityRow): ResponsibilityLink | null {
  const unit = snapshot.unitsById.get(row.unitId);
  if (!unit) return null;
  return { unit: unitRef(unit), role: ROLE_OF[row.type], inferred: row.inferred, via: row.via, openEnded: row.openEnded };
}

/** Links of a task/project, leads first, then supports, then by name; written before inferred. */
export function linksOf(
  snapshot: IndexedSnapshot,
  workId: string,
  options: InferredOption | undefined,
  exceptUnitId?: string,
): ResponsibilityLink[] {
  const links: ResponsibilityLink[] = [];
  for (const row of snapshot.rowsByWork.get(workId) ?? []) {
    if (row.unitId === exceptUnitId || !visible(row, options)) continue;
    const l = link(snapshot, row);
    if (l) links.push(l);
  }
  return links.sort(
    (a, b) =>
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      Number(a.inferred) - Number(b.inferred) ||
      compareUnitsByName(a.unit, b.unit) ||
      cmp(a.via ?? '', b.via ?? ''),
  );
}

/**
 * The unit's own edge on a work: a written one wins over an inferred one, lead over support.
 * Null when the unit is not on it (or only through inferred edges the caller excluded).
 */
function ownRow(
  snapshot: IndexedSnapshot,
  unitId: string,
  workId: string,
  options: InferredOption | undefined,
): ResponsibilityRow | null {
  let best: ResponsibilityRow | null = null;
  for (const row of snapshot.rowsByUnit.get(unitId) ?? []) {
    if (row.workId !== workId || !visible(row, options)) continue;
    if (
      !best ||
      Number(row.inferred) - Number(best.inferred) < 0 ||
      (row.inferred === best.inferred && ROLE_ORDER[ROLE_OF[row.type]] < ROLE_ORDER[ROLE_OF[best.type]])
    ) {
      best = row;
    }
  }
  return best;
}

function workIdsOf(snapshot: IndexedSnapshot, unitId: string, options: InferredOption | undefined): string[] {
  const ids = new Set<string>();
  for (const row of snapshot.rowsByUnit.get(unitId) ?? []) if (visible(row, options)) ids.add(row.workId);
  return [...ids];
}

export function requireUnit(snapshot: IndexedSnapshot, unitId: string): Unit {
  const unit = snapshot.unitsById.get(unitId);
  if (!unit) throw new NotFoundError('unit', unitId);
  return unit;
}

/** Written and inferred counts of a unit: distinct tasks led, tasks supported, projects. */
export function countsOf(snapshot: IndexedSnapshot, unitId: string): { counts: RoleCounts; inferredCounts: RoleCounts } {
  const sets = {
    written: { lead: new Set<string>(), support: new Set<string>(), projects: new Set<string>() },
    inferred: { lead: new Set<string>(), support: new Set<string>(), projects: new Set<string>() },
  };
  for (const row of snapshot.rowsByUnit.get(unitId) ?? []) {
    const bucket = row.inferred ? sets.inferred : sets.written;
    if (row.type === 'LEADS') bucket.lead.add(row.workId);
    else if (row.type === 'SUPPORTS') bucket.support.add(row.workId);
    else bucket.projects.add(row.workId);
  }
  const size = (b: typeof sets.written): RoleCounts => ({
    lead: b.lead.size,
    support: b.support.size,
    projects: b.projects.size,
  });
  return { counts: size(sets.written), inferredCounts: size(sets.inferred) };
}

export function findUnits(snapshot: IndexedSnapshot, query: FindUnitsQuery): UnitMatch[] {
  const q = (query.q ?? '').trim();
  const matches: UnitMatch[] = [];
  for (const unit of snapshot.units) {
    if (query.kind !== undefined && unit.kind !== query.kind) continue;
    const names = [unit.name, unit.fullName ?? '', unit.nameEn ?? '', ...unit.aliases, ...unit.predecessors];
    if (q !== '' && !names.some((name) => name.toLowerCase().includes(q.toLowerCase()))) continue;
    matches.push({ ...unitRef(unit), counts: countsOf(snapshot, unit.id).counts });
  }
  const total = (m: UnitMatch): number => m.counts.lead + m.counts.support + m.counts.projects;
  return matches
    .sort((a, b) => total(b) - total(a) || compareUnitsByName(a, b))
    .slice(0, query.limit ?? 50);
}

export function tasksOfUnit(snapshot: IndexedSnapshot, unitId: string, options: TasksOfUnitOptions): TaskOfUnit[] {
  requireUnit(snapshot, unitId);
  const role = options.role ?? 'any';
  const result: TaskOfUnit[] = [];
  for (const workId of workIdsOf(snapshot, unitId, options)) {
    const task = snapshot.tasksById.get(workId);
    if (!task) continue;
    const own = ownRow(snapshot, unitId, workId, options);
    if (!own || own.type === 'RESPONSIBLE_FOR') continue;
    const ownRole = own.type === 'LEADS' ? 'lead' : 'support';
    if (role !== 'any' && ownRole !== role) continue;
    if (options.sectionId !== undefined && !isWithin(snapshot.sectionsById, task.sectionId, options.sectionId)) continue;
    const chapter = chapterOf(snapshot.sectionsById, task.sectionId);
    result.push({
      task,
      role: ownRole,
      inferred: own.inferred,
      via: own.via,
      section: sectionRefOf(snapshot, task.sectionId),
      chapter: chapter ? sectionRef(chapter) : null,
      coUnits: linksOf(snapshot, workId, options, unitId),
      provenance: task.provenance,
    });
  }
  return result.sort((a, b) => compareWork(a.task, b.task));
}

export function projectsOfUnit(snapshot: IndexedSnapshot, unitId: string, options: InferredOption): ProjectOfUnit[] {
  requireUnit(snapshot, unitId);
  const result: ProjectOfUnit[] = [];
  for (const workId of workIdsOf(snapshot, unitId, options)) {
    const project = snapshot.projectsById.get(workId);
    const own = ownRow(snapshot, unitId, workId, options);
    if (!project || !own) continue;
    result.push({
      project,
      inferred: own.inferred,
      via: own.via,
      section: sectionRefOf(snapshot, project.sectionId),
      coUnits: linksOf(snapshot, workId, options, unitId),
      provenance: project.provenance,
    });
  }
  return result.sort((a, b) => compareWork(a.project, b.project));
}

/**
 * 1 / (units on the work − 1): each unit's attention on a shared work is spread over its co-units,
 * so a task shared by 15 units does not weigh like one shared by 2.
 */
export function shareWeight(unitsOnWork: number): number {
  return unitsOnWork > 1 ? 1 / (unitsOnWork - 1) : 0;
}

function unitsOnWork(snapshot: IndexedSnapshot, workId: string, options: InferredOption | undefined): Set<string> {
  const ids = new Set<string>();
  for (const row of snapshot.rowsByWork.get(workId) ?? []) if (visible(row, options)) ids.add(row.unitId);
  return ids;
}

export function partners(snapshot: IndexedSnapshot, unitId: string, options: InferredOption): Partner[] {
  requireUnit(snapshot, unitId);
  const byPartner = new Map<string, Omit<Partner, 'unit'> & { unit: Unit }>();
  for (const workId of workIdsOf(snapshot, unitId, options)) {
    const own = ownRow(snapshot, unitId, workId, options);
    if (!own) continue;
    const others = unitsOnWork(snapshot, workId, options);
    const weight = shareWeight(others.size);
    for (const otherId of others) {
      if (otherId === unitId) continue;
      const other = snapshot.unitsById.get(otherId);
      const theirs = ownRow(snapshot, otherId, workId, options);
      if (!other || !theirs) continue;
      let entry = byPartner.get(otherId);
      if (!entry) {
        entry = { unit: other, shared: 0, leadLead: 0, leadSupport: 0, supportLead: 0, supportSupport: 0, project: 0, weight: 0 };
        byPartner.set(otherId, entry);
      }
      entry.shared += 1;
      entry.weight += weight;
      if (own.type === 'RESPONSIBLE_FOR' || theirs.type === 'RESPONSIBLE_FOR') entry.project += 1;
      else if (own.type === 'LEADS' && theirs.type === 'LEADS') entry.leadLead += 1;
      else if (own.type === 'LEADS') entry.leadSupport += 1;
      else if (theirs.type === 'LEADS') entry.supportLead += 1;
      else entry.supportSupport += 1;
    }
  }
  return [...byPartner.values()]
    .map((e) => ({ ...e, unit: unitRef(e.unit), weight: round6(e.weight) }))
    .sort((a, b) => b.weight - a.weight || b.shared - a.shared || compareUnitsByName(a.unit, b.unit));
}

export function sharedWork(snapshot: IndexedSnapshot, unitA: string, unitB: string, options: InferredOption): SharedWork {
  const a = requireUnit(snapshot, unitA);
  const b = requireUnit(snapshot, unitB);
  const result: SharedWork = { a: unitRef(a), b: unitRef(b), tasks: [], projects: [] };
  const ofB = new Set(workIdsOf(snapshot, unitB, options));
  for (const workId of workIdsOf(snapshot, unitA, options)) {
    if (!ofB.has(workId)) continue;
    const rowA = ownRow(snapshot, unitA, workId, options);
    const rowB = ownRow(snapshot, unitB, workId, options);
    if (!rowA || !rowB) continue;
    const inferred = rowA.inferred || rowB.inferred;
    const task = snapshot.tasksById.get(workId);
    const project = snapshot.projectsById.get(workId);
    if (task && rowA.type !== 'RESPONSIBLE_FOR' && rowB.type !== 'RESPONSIBLE_FOR') {
      result.tasks.push({
        task: taskRef(task),
        roleA: rowA.type === 'LEADS' ? 'lead' : 'support',
        roleB: rowB.type === 'LEADS' ? 'lead' : 'support',
        inferred,
      });
    } else if (project) {
      result.projects.push({ project: projectRef(project), inferred });
    }
  }
  result.tasks.sort((x, y) => compareWork(x.task, y.task));
  result.projects.sort((x, y) => compareWork(x.project, y.project));
  return result;
}

/** The unit–unit network: pairs of units on the same task/project, with counts and weights. */
export function network(snapshot: IndexedSnapshot, options: NetworkOptions): Network {
  const role = options.role ?? 'any';
  const minShared = options.minShared ?? 1;
  const pairs = new Map<string, NetworkEdge>();
  const works = new Map<string, number>();
  for (const [workId, rows] of snapshot.rowsByWork) {
    const work = snapshot.tasksById.get(workId) ?? snapshot.projectsById.get(workId);
    if (!work) continue;
    if (options.sectionId !== undefined && !isWithin(snapshot.sectionsById, work.sectionId, options.sectionId)) continue;
    const units = new Set<string>();
    for (const row of rows) {
      if (!visible(row, options)) continue;
      if (role === 'lead' && row.type !== 'LEADS') continue;
      if (role === 'support' && row.type !== 'SUPPORTS') continue;
      if (snapshot.unitsById.has(row.unitId)) units.add(row.unitId);
    }
    const ids = [...units].sort(cmp);
    for (const id of ids) works.set(id, (works.get(id) ?? 0) + 1);
    const weight = shareWeight(ids.length);
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const source = ids[i] as string;
        const target = ids[j] as string;
        const key = `${source}|${target}`;
        const edge = pairs.get(key) ?? { source, target, shared: 0, weight: 0 };
        edge.shared += 1;
        edge.weight += weight;
        pairs.set(key, edge);
      }
    }
  }
  const edges = [...pairs.values()]
    .filter((e) => e.shared >= minShared)
    .map((e) => ({ ...e, weight: round6(e.weight) }))
    .sort((x, y) => cmp(x.source, y.source) || cmp(x.target, y.target));
  const nodes = [...works.entries()]
    .map(([id, count]) => {
      const unit = snapshot.unitsById.get(id) as Unit;
      return { id, name: unit.name, kind: unit.kind, works: count };
    })
    .sort(compareUnitsByName);
  return { nodes, edges };
}

/** Normalised betweenness of each unit in the written unit–unit network, rounded to 6 decimals. */
export function bridgeScores(snapshot: IndexedSnapshot): Map<string, number> {
  const { nodes, edges } = network(snapshot, {});
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.addNode(node.id);
  for (const edge of edges) graph.addEdge(edge.source, edge.target);
  const scores = graph.order > 2 ? betweenness(graph, { normalized: true, getEdgeWeight: null }) : {};
  const result = new Map<string, number>();
  for (const node of nodes) result.set(node.id, round6(scores[node.id] ?? 0));
  return result;
}

export function workload(snapshot: IndexedSnapshot, unitId: string, bridges: ReadonlyMap<string, number>): Workload {
  const unit = requireUnit(snapshot, unitId);
  const { counts, inferredCounts } = countsOf(snapshot, unitId);
  const tasksOfIt = new Set<string>();
  const chapters = new Map<string, Section>();
  for (const row of snapshot.rowsByUnit.get(unitId) ?? []) {
    if (row.inferred) continue;
    const work = snapshot.tasksById.get(row.workId) ?? snapshot.projectsById.get(row.workId);
    if (!work) continue;
    if (snapshot.tasksById.has(row.workId)) tasksOfIt.add(row.workId);
    const chapter = chapterOf(snapshot.sectionsById, work.sectionId);
    if (chapter) chapters.set(chapter.id, chapter);
  }
  const totalTasks = snapshot.tasks.length;
  return {
    unit: unitRef(unit),
    tasksLed: counts.lead,
    tasksSupported: counts.support,
    projects: counts.projects,
    inferred: { tasksLed: inferredCounts.lead, tasksSupported: inferredCounts.support, projects: inferredCounts.projects },
    shareOfTasks: totalTasks === 0 ? 0 : round6(tasksOfIt.size / totalTasks),
    chapters: [...chapters.values()].sort((a, b) => cmp(a.id, b.id)).map(sectionRef),
    bridgeScore: bridges.get(unitId) ?? 0,
  };
}

export function workloads(snapshot: IndexedSnapshot): Workload[] {
  const bridges = bridgeScores(snapshot);
  return snapshot.units
    .filter((u) => (snapshot.rowsByUnit.get(u.id) ?? []).length > 0)
    .map((u) => workload(snapshot, u.id, bridges))
    .sort((a, b) => b.tasksLed - a.tasksLed || compareUnitsByName(a.unit, b.unit));
}

export function hygiene(snapshot: IndexedSnapshot): Hygiene {
  const tasks = [...snapshot.tasks].sort(compareWork);
  const projects = [...snapshot.projects].sort(compareWork);
  const implemented = new Set(snapshot.implementsRows.map((r) => r.taskId));
  const implementing = new Set(snapshot.implementsRows.map((r) => r.projectId));
  const result: Hygiene = {
    multiLeadTasks: [],
    tasksWithoutSupport: [],
    supportOnlyUnits: [],
    openEndedLists: [],
    projectsWithoutTask: projects.filter((p) => !implementing.has(p.id)).map(projectRef),
    tasksWithoutProject: tasks.filter((t) => !implemented.has(t.id)).map(taskRef),
  };
  const written = { includeInferred: false };
  for (const task of tasks) {
    const links = linksOf(snapshot, task.id, written);
    const leads = links.filter((l) => l.role === 'lead');
    if (leads.length > 1) result.multiLeadTasks.push({ task: taskRef(task), leads: leads.map((l) => l.unit) });
    if (!links.some((l) => l.role === 'support')) result.tasksWithoutSupport.push(taskRef(task));
  }
  for (const work of [...tasks, ...projects].sort(compareWork)) {
    const kind = snapshot.tasksById.has(work.id) ? 'task' : 'project';
    const roles = new Set<ResponsibilityRole>();
    for (const row of snapshot.rowsByWork.get(work.id) ?? []) {
      if (row.openEnded && !row.inferred) roles.add(ROLE_OF[row.type]);
    }
    for (const role of [...roles].sort((a, b) => ROLE_ORDER[a] - ROLE_ORDER[b])) {
      result.openEndedLists.push({ workId: work.id, kind, number: work.number, role });
    }
  }
  for (const unit of [...snapshot.units].sort(compareUnitsByName)) {
    const { counts } = countsOf(snapshot, unit.id);
    if (counts.lead === 0 && counts.support > 0) {
      result.supportOnlyUnits.push({ unit: unitRef(unit), supports: counts.support, projects: counts.projects });
    }
  }
  return result;
}

/** Section trees of each document, children in source order (by first line, then id). */
export function sectionTrees(
  documents: readonly DocumentSummary[],
  snapshot: IndexedSnapshot,
): Array<{ document: DocumentSummary; sections: SectionTreeNode[] }> {
  const nodes = new Map<string, SectionTreeNode>();
  for (const section of snapshot.sections) nodes.set(section.id, { section, taskCount: 0, projectCount: 0, children: [] });
  for (const task of snapshot.tasks) {
    const node = nodes.get(task.sectionId);
    if (node) node.taskCount += 1;
  }
  for (const project of snapshot.projects) {
    const node = nodes.get(project.sectionId);
    if (node) node.projectCount += 1;
  }
  const roots = new Map<string, SectionTreeNode[]>();
  for (const node of nodes.values()) {
    const parent = nodes.get(node.section.parentId);
    if (parent) parent.children.push(node);
    else {
      const list = roots.get(node.section.documentId) ?? [];
      list.push(node);
      roots.set(node.section.documentId, list);
    }
  }
  const order = (a: SectionTreeNode, b: SectionTreeNode): number =>
    a.section.lines.start - b.section.lines.start || cmp(a.section.id, b.section.id);
  const sortDeep = (list: SectionTreeNode[]): SectionTreeNode[] => {
    list.sort(order);
    for (const node of list) sortDeep(node.children);
    return list;
  };
  return [...documents]
    .sort((a, b) => cmp(a.id, b.id))
    .map((document) => ({ document, sections: sortDeep(roots.get(document.id) ?? []) }));
}

/** A document summary from its node and what it holds. */
export function documentSummaries(snapshot: IndexedSnapshot): DocumentSummary[] {
  return [...snapshot.documents]
    .sort((a, b) => cmp(a.id, b.id))
    .map((d) => ({
      id: d.id,
      title: d.title,
      jurisdiction: d.jurisdiction,
      sourceName: d.sourceName,
      sha256: d.sha256,
      taskCount: snapshot.tasks.filter((t) => t.documentId === d.id).length,
      projectCount: snapshot.projects.filter((p) => p.documentId === d.id).length,
    }));
}
