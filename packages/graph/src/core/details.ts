// Detail views of one node (task, project, enterprise, place), shaped from its edges by both adapters.
import type { DocumentNode, Enterprise, Place, Project, RelationType, Section, Task, Unit } from '@dutymap/model';
import type { EnterpriseDetail, EnterpriseRef, MentionedIn, PlaceDetail, PlaceRef, ProjectDetail, ResponsibilityLink, TaskDetail } from '@dutymap/model';
import type { NodeKind } from '@dutymap/model';
import { LIMITS } from '@dutymap/model';
import { chapterOf, compareUnitsByName, compareWork, missingSectionRef, projectRef, sectionRef, sortLinks, taskRef, unitRef } from './order.js';

/** One edge of the node asked about, with the whole node at its other end. */
export interface AroundRow {
  type: RelationType;
  /** out: the node asked about is the start of the edge. */
  direction: 'out' | 'in';
  inferred: boolean;
  via: string | null;
  openEnded: boolean;
  score: number | null;
  other: { kind: NodeKind; data: unknown };
}

/**
 * A node with its edges, the sections of its document and the document itself. For a node that many
 * documents name (an enterprise), an adapter may give only the first LIMITS.detailItems edges of each
 * list (by document, then number) with `totals` saying how many there are.
 */
export interface Around {
  kind: NodeKind;
  data: unknown;
  rows: AroundRow[];
  sections: Section[];
  document: DocumentNode | null;
  totals?: { mentionedInTasks: number; mentionedInProjects: number; responsibleFor: number };
}

function others<T>(around: Around, type: RelationType, direction: 'out' | 'in', kind: NodeKind): Array<{ row: AroundRow; data: T }> {
  return around.rows
    .filter((r) => r.type === type && r.direction === direction && r.other.kind === kind)
    .map((row) => ({ row, data: row.other.data as T }));
}

function links(around: Around, type: 'LEADS' | 'SUPPORTS' | 'RESPONSIBLE_FOR'): ResponsibilityLink[] {
  const role = type === 'LEADS' ? 'lead' : type === 'SUPPORTS' ? 'support' : 'responsible';
  return sortLinks(
    others<Unit>(around, type, 'in', 'unit').map(({ row, data }) => ({ unit: unitRef(data), role, inferred: row.inferred, via: row.via, openEnded: row.openEnded }) as ResponsibilityLink),
  );
}

function mentions(around: Around): { enterprises: EnterpriseRef[]; places: PlaceRef[] } {
  return {
    enterprises: others<Enterprise>(around, 'MENTIONS', 'out', 'enterprise')
      .map(({ data }) => ({ id: data.id, name: data.name }))
      .sort(compareUnitsByName),
    places: others<Place>(around, 'MENTIONS', 'out', 'place')
      .map(({ data }) => ({ id: data.id, name: data.name, kind: data.kind }))
      .sort(compareUnitsByName),
  };
}

function place(around: Around, sectionId: string): { section: ReturnType<typeof sectionRef>; chapter: ReturnType<typeof sectionRef> | null } {
  const byId = new Map(around.sections.map((s) => [s.id, s]));
  const section = byId.get(sectionId);
  const chapter = chapterOf(byId, sectionId);
  return {
    section: section ? sectionRef(section) : missingSectionRef(sectionId),
    chapter: chapter ? sectionRef(chapter) : null,
  };
}

function documentRef(around: Around, documentId: string): { id: string; title: string } {
  return { id: documentId, title: around.document?.title ?? '' };
}

export function taskDetail(around: Around): TaskDetail {
  const task = around.data as Task;
  const where = place(around, task.sectionId);
  return {
    task,
    document: documentRef(around, task.documentId),
    section: where.section,
    chapter: where.chapter,
    leads: links(around, 'LEADS'),
    supports: links(around, 'SUPPORTS'),
    mentions: mentions(around),
    implementedBy: others<Project>(around, 'IMPLEMENTS', 'in', 'project')
      .map(({ row, data }) => ({ ...projectRef(data), score: row.score }))
      .sort(compareWork),
    provenance: task.provenance,
  };
}

export function projectDetail(around: Around): ProjectDetail {
  const project = around.data as Project;
  return {
    project,
    document: documentRef(around, project.documentId),
    section: place(around, project.sectionId).section,
    responsible: links(around, 'RESPONSIBLE_FOR'),
    responsibleEnterprises: others<Enterprise>(around, 'RESPONSIBLE_FOR', 'in', 'enterprise')
      .map(({ data }) => ({ id: data.id, name: data.name }))
      .sort(compareUnitsByName),
    implements: others<Task>(around, 'IMPLEMENTS', 'out', 'task')
      .map(({ row, data }) => ({ ...taskRef(data), score: row.score }))
      .sort(compareWork),
    mentions: mentions(around),
    provenance: project.provenance,
  };
}

const first = <T>(items: T[]): T[] => items.slice(0, LIMITS.detailItems);

function mentionedIn(around: Around): MentionedIn {
  const tasks = others<Task>(around, 'MENTIONS', 'in', 'task').map(({ data }) => taskRef(data)).sort(compareWork);
  const projects = others<Project>(around, 'MENTIONS', 'in', 'project').map(({ data }) => projectRef(data)).sort(compareWork);
  return {
    tasks: first(tasks),
    projects: first(projects),
    taskTotal: around.totals?.mentionedInTasks ?? tasks.length,
    projectTotal: around.totals?.mentionedInProjects ?? projects.length,
  };
}

/** `unit` is the unit with the enterprise's identity (Enterprise.unitId), looked up by the adapter. */
export function enterpriseDetail(around: Around, unit: Unit | null): EnterpriseDetail {
  const responsibleFor = others<Project>(around, 'RESPONSIBLE_FOR', 'out', 'project').map(({ data }) => projectRef(data)).sort(compareWork);
  return {
    enterprise: around.data as Enterprise,
    unit: unit ? unitRef(unit) : null,
    mentionedIn: mentionedIn(around),
    responsibleFor: first(responsibleFor),
    responsibleForTotal: around.totals?.responsibleFor ?? responsibleFor.length,
  };
}

export function placeDetail(around: Around): PlaceDetail {
  return { place: around.data as Place, mentionedIn: mentionedIn(around) };
}
