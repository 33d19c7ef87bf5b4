// The plain data both adapters hand to the shared query logic, and its indexes.
import type { DocumentNode, Project, Section, Task, Unit } from '@dutymap/model';
import type { ProjectRef, SectionRef, TaskRef, UnitRef } from '@dutymap/model';

export type ResponsibilityType = 'LEADS' | 'SUPPORTS' | 'RESPONSIBLE_FOR';
export const RESPONSIBILITY_TYPES: readonly ResponsibilityType[] = ['LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR'];

/** One (:Unit)-[LEADS|SUPPORTS|RESPONSIBLE_FOR]->(:Task|Project) edge. */
export interface ResponsibilityRow {
  workId: string;
  unitId: string;
  type: ResponsibilityType;
  inferred: boolean;
  via: string | null;
  openEnded: boolean;
}

export interface ImplementsRow {
  projectId: string;
  taskId: string;
  score: number | null;
}

/**
 * A slice of the store: the whole of it (stats, hygiene, network) or the tasks/projects around
 * some units (tasksOfUnit, partners, …). Adapters fill it; core/analysis.ts answers from it, so
 * both adapters give the same answers by construction.
 */
export interface Snapshot {
  documents: DocumentNode[];
  /** All sections of the documents concerned (for section refs and chapters). */
  sections: Section[];
  tasks: Task[];
  projects: Project[];
  /** At least every unit named in `rows`. */
  units: Unit[];
  rows: ResponsibilityRow[];
  implementsRows: ImplementsRow[];
}

export interface IndexedSnapshot extends Snapshot {
  tasksById: Map<string, Task>;
  projectsById: Map<string, Project>;
  unitsById: Map<string, Unit>;
  sectionsById: Map<string, Section>;
  rowsByWork: Map<string, ResponsibilityRow[]>;
  rowsByUnit: Map<string, ResponsibilityRow[]>;
}

export function indexSnapshot(snapshot: Snapshot): IndexedSnapshot {
  const rowsByWork = new Map<string, ResponsibilityRow[]>();
  const rowsByUnit = new Map<string, ResponsibilityRow[]>();
  // Rows in one canonical order so every derived list is stable whatever order the store returned.
  const rows = [...snapshot.rows].sort(compareRows);
  for (const row of rows) {
    push(rowsByWork, row.workId, row);
    push(rowsByUnit, row.unitId, row);
  }
  return {
    ...snapshot,
    rows,
    tasksById: new Map(snapshot.tasks.map((t) => [t.id, t])),
    projectsById: new Map(snapshot.projects.map((p) => [p.id, p])),
    unitsById: new Map(snapshot.units.map((u) => [u.id, u])),
    sectionsById: new Map(snapshot.sections.map((s) => [s.id, s])),
    rowsByWork,
    rowsByUnit,
  };
}

function compareRows(a: ResponsibilityRow, b: ResponsibilityRow): number {
  return (
    cmp(a.workId, b.workId) ||
    cmp(a.unitId, b.unitId) ||
    cmp(a.type, b.type) ||
    Number(a.inferred) - Number(b.inferred) ||
    cmp(a.via ?? '', b.via ?? '')
  );
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function unitRef(unit: Unit): UnitRef {
  return { id: unit.id, name: unit.name, kind: unit.kind };
}

export function sectionRef(section: Section): SectionRef {
  return { id: section.id, number: section.number, title: section.title, kind: section.kind, level: section.level };
}

export function taskRef(task: Task): TaskRef {
  return { id: task.id, documentId: task.documentId, number: task.number, text: task.text };
}

export function projectRef(project: Project): ProjectRef {
  return { id: project.id, documentId: project.documentId, number: project.number, name: project.name };
}

/** Orders tasks/projects the way people read the plan: by document, then number, then id. */
export function compareWork(
  a: { documentId: string; number: number; id: string },
  b: { documentId: string; number: number; id: string },
): number {
  return cmp(a.documentId, b.documentId) || a.number - b.number || cmp(a.id, b.id);
}

export function compareUnitsByName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return cmp(a.name, b.name) || cmp(a.id, b.id);
}
