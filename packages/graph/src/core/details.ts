// Detail views of one node (task, project, enterprise, place), shaped from its edges by both adapters.
import type { DocumentNode, Enterprise, Place, Project, RelationType, Section, Task, Unit } from '@dutymap/model';
import type { EnterpriseDetail, EnterpriseRef, PlaceDetail, PlaceRef, ProjectDetail, ProjectRef, ResponsibilityLink, TaskDetail, TaskRef } from '@dutymap/model';
import type { NodeKind } from '@dutymap/model';
import { chapterOf } from './analysis.js';
import { cmp, compareUnitsByName, compareWork, projectRef, sectionRef, taskRef, unitRef } from './snapshot.js';

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

/** A node with all its edges, the sections of its document and the document itself. */
export interface Around {
  kind: NodeKind;
  data: unknown;
  rows: AroundRow[];
  sections: Section[];
  document: DocumentNode | null;
}

const ROLE_ORDER = { lead: 0, support: 1, responsible: 2 } as const;

function others<T>(around: Around, type: RelationType, direction: 'out' | 'in', kind: NodeKind): Array<{ row: AroundRow; data: T }> {
  return around.rows
    .filter((r) => r.type === type && r.direction === direction && r.other.kind === kind)
    .map((row) => ({ row, data: row.other.data as T }));
}

function links(around: Around, type: 'LEADS' | 'SUPPORTS' | 'RESPONSIBLE_FOR'): ResponsibilityLink[] {
  const role = type === 'LEADS' ? 'lead' : type === 'SUPPORTS' ? 'support' : 'responsible';
  return others<Unit>(around, type, 'in', 'unit')
    .map(({ row, data }) => ({ unit: unitRef(data), role, inferred: row.inferred, via: row.via, openEnded: row.openEnded }) as ResponsibilityLink)
    .sort(
      (a, b) =>
        ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
        Number(a.inferred) - Number(b.inferred) ||
        compareUnitsByName(a.unit, b.unit) ||
        cmp(a.via ?? '', b.via ?? ''),
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
    section: section ? sectionRef(section) : { id: sectionId, number: '', title: '', kind: 'annex', level: 1 },
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

function mentionedIn(around: Around): { tasks: TaskRef[]; projects: ProjectRef[] } {
  return {
    tasks: others<Task>(around, 'MENTIONS', 'in', 'task').map(({ data }) => taskRef(data)).sort(compareWork),
    projects: others<Project>(around, 'MENTIONS', 'in', 'project').map(({ data }) => projectRef(data)).sort(compareWork),
  };
}

/** `unit` is the unit with the enterprise's identity (Enterprise.unitId), looked up by the adapter. */
export function enterpriseDetail(around: Around, unit: Unit | null): EnterpriseDetail {
  return {
    enterprise: around.data as Enterprise,
    unit: unit ? unitRef(unit) : null,
    mentionedIn: mentionedIn(around),
    responsibleFor: others<Project>(around, 'RESPONSIBLE_FOR', 'out', 'project').map(({ data }) => projectRef(data)).sort(compareWork),
  };
}

export function placeDetail(around: Around): PlaceDetail {
  return { place: around.data as Place, mentionedIn: mentionedIn(around) };
}
