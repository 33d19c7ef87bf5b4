// Orderings and reference shapes every answer uses, so both adapters sort and shape alike.
import type { Project, Section, Task, Unit } from '@dutymap/model';
import type { Page, ProjectRef, ResponsibilityLink, ResponsibilityRole, SectionRef, TaskRef, UnitRef } from '@dutymap/model';

export type ResponsibilityType = 'LEADS' | 'SUPPORTS' | 'RESPONSIBLE_FOR';
export const RESPONSIBILITY_TYPES: readonly ResponsibilityType[] = ['LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR'];

export const ROLE_OF: Record<ResponsibilityType, ResponsibilityRole> = {
  LEADS: 'lead',
  SUPPORTS: 'support',
  RESPONSIBLE_FOR: 'responsible',
};

const ROLE_ORDER: Record<ResponsibilityRole, number> = { lead: 0, support: 1, responsible: 2 };

/** A unit's edge on a work, as both adapters read it. */
export interface OwnEdge {
  type: ResponsibilityType;
  inferred: boolean;
  via: string | null;
}

/** Preference among a unit's edges on one work: written before inferred, lead, support, responsible, then by via. */
export function comparePreference(a: OwnEdge, b: OwnEdge): number {
  return Number(a.inferred) - Number(b.inferred) || ROLE_ORDER[ROLE_OF[a.type]] - ROLE_ORDER[ROLE_OF[b.type]] || cmp(a.via ?? '', b.via ?? '');
}

/** The unit's own edge on a work when it has several (see comparePreference). */
export function bestEdge<T extends OwnEdge>(edges: readonly T[]): T | null {
  let best: T | null = null;
  for (const edge of edges) if (!best || comparePreference(edge, best) < 0) best = edge;
  return best;
}

/** Links of a task/project: leads first, then supports, then by name; written before inferred. */
export function sortLinks(links: ResponsibilityLink[]): ResponsibilityLink[] {
  return links.sort(
    (a, b) =>
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      Number(a.inferred) - Number(b.inferred) ||
      compareUnitsByName(a.unit, b.unit) ||
      cmp(a.via ?? '', b.via ?? ''),
  );
}

export function roleOrder(role: ResponsibilityRole): number {
  return ROLE_ORDER[role];
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function unitRef(unit: Unit): UnitRef {
  return { id: unit.id, name: unit.name, kind: unit.kind, jurisdiction: unit.jurisdiction };
}

export function sectionRef(section: Section): SectionRef {
  return { id: section.id, number: section.number, title: section.title, kind: section.kind, level: section.level };
}

/** The ref of a section the store does not hold (a row pointing at a missing section). */
export function missingSectionRef(sectionId: string): SectionRef {
  return { id: sectionId, number: '', title: '', kind: 'annex', level: 1 };
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

/** The section and every id above it (up to the document): a task is within any of them. */
export function sectionPath(sectionsById: ReadonlyMap<string, Section>, sectionId: string): string[] {
  const path: string[] = [];
  let current: string | undefined = sectionId;
  for (let guard = 0; current !== undefined && guard < 10; guard += 1) {
    path.push(current);
    current = sectionsById.get(current)?.parentId;
  }
  return path;
}

/** One page of an ordered list, with its total. */
export function pageOf<T>(items: readonly T[], page: { limit: number; offset: number }): Page<T> {
  return { items: items.slice(page.offset, page.offset + page.limit), total: items.length, limit: page.limit, offset: page.offset };
}

/**
 * A page over lists laid end to end (each document's findings, documents in order): which part of
 * which list it covers, and the total, reading only the lists' lengths.
 */
export function pageAcross(lengths: readonly number[], page: { limit: number; offset: number }): { total: number; slices: Array<{ list: number; start: number; end: number }> } {
  const slices: Array<{ list: number; start: number; end: number }> = [];
  let skip = page.offset;
  let room = page.limit;
  let total = 0;
  lengths.forEach((length, list) => {
    total += length;
    if (room === 0) return;
    if (skip >= length) {
      skip -= length;
      return;
    }
    const end = Math.min(length, skip + room);
    slices.push({ list, start: skip, end });
    room -= end - skip;
    skip = 0;
  });
  return { total, slices };
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

/**
 * The first `k` items in `compare` order, sorted, without sorting them all: a heap of the best k so far.
 * For a page deep in a long list (offset + limit = k) it reads every item once and keeps k.
 */
export function firstOf<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  // A max-heap by `compare`: the root is the worst of the best k.
  const heap: T[] = [];
  const worse = (i: number, j: number) => compare(heap[i] as T, heap[j] as T) > 0;
  const swap = (i: number, j: number) => {
    const t = heap[i] as T;
    heap[i] = heap[j] as T;
    heap[j] = t;
  };
  const down = (from: number) => {
    for (let i = from; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(l, top)) top = l;
      if (r < heap.length && worse(r, top)) top = r;
      if (top === i) return;
      swap(i, top);
      i = top;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (compare(item, heap[0] as T) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(compare);
}

/** One page of a list given as an iterable and its length, without sorting all of it (see firstOf). */
export function pageOfUnsorted<T>(items: Iterable<T>, total: number, page: { limit: number; offset: number }, compare: (a: T, b: T) => number): Page<T> {
  return { items: firstOf(items, page.offset + page.limit, compare).slice(page.offset), total, limit: page.limit, offset: page.offset };
}
