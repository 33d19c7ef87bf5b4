// What the HTTP API sends where it wraps or extends the ports' answers; the UI reads these types.
import type { Network, Partner, TaskOfUnit, UnitDetail, UnitRef } from './graph-answers.js';
import type { Page } from './limits.js';
import type { SearchFacets, SearchHit } from './search-answers.js';
import type { LineRange, Task, UnitKind } from './schema.js';

/** GET /api/units/:id: the unit and its main partners. */
export interface UnitResponse extends UnitDetail {
  partners: Partner[];
}

/** GET /api/units/:id/tasks: the row text stands once, in `provenance`. */
export interface TaskOfUnitItem extends Omit<TaskOfUnit, 'task'> {
  task: Omit<Task, 'provenance'>;
}

/** GET /api/network: the unit network as Cytoscape elements, with how it was bounded. */
export interface NetworkElements extends Pick<Network, 'aggregated' | 'truncated' | 'total'> {
  nodes: Array<{ data: { id: string; label: string; kind: UnitKind; jurisdiction: string; jurisdictionCode: string | null; works: number } }>;
  edges: Array<{ data: { id: string; source: string; target: string; shared: number; weight: number } }>;
}

/** GET /api/search. */
export interface SearchResponse extends Page<SearchHit> {
  facets: SearchFacets;
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
