// What the HTTP API sends where it wraps or extends the ports' answers; the UI reads these types.
import type { Partner, TaskOfUnit, UnitDetail, UnitMatch, UnitRef } from './graph-answers.js';
import type { FacetCount, SearchHit } from './search-answers.js';
import type { LineRange, Task, UnitKind } from './schema.js';

/** Every list the API returns: one page of items and the total. */
export interface ListBody<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** GET /api/units: a unit found, with the names a person may know it by. */
export interface UnitListItem extends UnitMatch {
  aliases: string[];
  fullName: string | null;
  nameEn: string | null;
}

/** GET /api/units/:id: the unit and its main partners. */
export interface UnitResponse extends UnitDetail {
  partners: Partner[];
}

/** GET /api/units/:id/tasks: the row text stands once, in `provenance`. */
export interface TaskOfUnitItem extends Omit<TaskOfUnit, 'task'> {
  task: Omit<Task, 'provenance'>;
}

/** GET /api/network: the unit network as Cytoscape elements. */
export interface NetworkElements {
  nodes: Array<{ data: { id: string; label: string; kind: UnitKind; works: number } }>;
  edges: Array<{ data: { id: string; source: string; target: string; shared: number; weight: number } }>;
}

/** A facet value with a label a person can read (a chapter's title, a unit's name). */
export interface LabelledFacet extends FacetCount {
  label: string;
}

/** GET /api/search. */
export interface SearchResponse extends ListBody<SearchHit> {
  facets: { type: LabelledFacet[]; chapter: LabelledFacet[]; unit: LabelledFacet[]; year: LabelledFacet[] };
  query: string;
  tookMs: number;
}

/** The source row a sentence of an explanation rests on. */
export interface Citation {
  workId: string;
  kind: 'task' | 'project';
  number: number;
  documentId: string;
  sourceName: string;
  lines: LineRange;
}

/** GET /api/explain: how two units are linked, in sentences (Chinese and English) citing rows. */
export interface Explanation {
  a: UnitRef;
  b: UnitRef;
  /** shared: on the same task or project; path: linked through other units; none. */
  kind: 'shared' | 'path' | 'none';
  summary: { zh: string; en: string };
  sentences: Array<{ zh: string; en: string; citation: Citation }>;
}

/** Every error response. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}
