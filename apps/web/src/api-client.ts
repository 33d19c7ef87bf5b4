// The only module that calls fetch: one function per endpoint the UI reads, errors as ApiError.
import type {
  Comparison, Connections, Counterpart, DocumentSections, DocumentSummary, EnterpriseDetail, JurisdictionSummary, Explanation, Hygiene, List, Neighbourhood, NetworkElements, Partner,
  PlaceDetail, ProjectDetail, ProjectOfUnit, Role, SearchResponse, Stats, TaskDetail, TaskOfUnit, UnitDetail, UnitMatch, UnitPlan, Workload,
} from './api-types.js';
import type { LIMITS } from '@dutymap/model';

/** An API answer that is not 2xx, or a request that never got one (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | undefined>;

/** The place or plan the reader narrowed the views to (the API's `jurisdiction` and `document`). */
export interface ScopeQuery {
  jurisdiction?: string;
  document?: string;
}

/** A path under /api with the defined query values; also used for download links. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

async function get<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path, query), { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!res.ok) {
    // The API answers errors as {error:{code,message}}; a proxy in front of it may not.
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(res.status, body?.error?.code ?? `http-${res.status}`, body?.error?.message ?? res.statusText);
  }
  return (await res.json()) as T;
}

const enc = encodeURIComponent;
/**
 * The most nodes + edges a network answer holds (LIMITS.networkElements.max; the type keeps the two equal):
 * several places' units drawn as they are, grouped by place, before the store merges them by name.
 */
const NETWORK_ELEMENTS: (typeof LIMITS)['networkElements']['max'] = 5000;
/** The largest page the API gives: a unit's own lists fit in one. */
const ALL = 500;
/** Counterparts listed on a unit's page: every county of a province would be thousands. */
const COUNTERPARTS_SHOWN = 50;

export const api = {
  units: (q: string, signal?: AbortSignal) => get<List<UnitMatch>>('/units', { q, limit: ALL }, signal),
  unit: (id: string, signal?: AbortSignal) => get<UnitDetail>(`/units/${enc(id)}`, {}, signal),
  /** A unit's tasks, of every plan or of one (`document`). */
  unitTasks: (id: string, signal?: AbortSignal, document?: string) => get<List<TaskOfUnit>>(`/units/${enc(id)}/tasks`, { role: 'any', document, limit: ALL }, signal),
  /** The same kind of body in other places: the first page (its total says how many there are). */
  counterparts: (id: string, signal?: AbortSignal) => get<List<Counterpart>>(`/units/${enc(id)}/counterparts`, { limit: COUNTERPARTS_SHOWN }, signal),
  unitPlans: (id: string, signal?: AbortSignal) => get<List<UnitPlan>>(`/units/${enc(id)}/plans`, { limit: ALL }, signal),
  unitProjects: (id: string, signal?: AbortSignal) => get<List<ProjectOfUnit>>(`/units/${enc(id)}/projects`, { limit: ALL }, signal),
  partners: (id: string, signal?: AbortSignal) => get<List<Partner>>(`/units/${enc(id)}/partners`, { limit: ALL }, signal),
  workload: (id: string, signal?: AbortSignal) => get<Workload>(`/units/${enc(id)}/workload`, {}, signal),
  connections: (a: string, b: string, signal?: AbortSignal) => get<Connections>(`/units/${enc(a)}/connections/${enc(b)}`, { limit: 10 }, signal),
  explain: (a: string, b: string, signal?: AbortSignal) => get<Explanation>('/explain', { a, b }, signal),
  network: (filter: { section?: string; role?: Role; minShared?: number } & ScopeQuery, signal?: AbortSignal) =>
    get<NetworkElements>('/network', { section: filter.section, role: filter.role, minShared: filter.minShared, maxElements: NETWORK_ELEMENTS, jurisdiction: filter.jurisdiction, document: filter.document }, signal),
  neighbourhood: (id: string, signal?: AbortSignal, depth = 1) => get<Neighbourhood>(`/nodes/${enc(id)}/neighbourhood`, { depth, limit: 1000 }, signal),
  /** One document's section tree, or a page of documents with theirs. */
  sections: (page: { document?: string; limit?: number; offset?: number }, signal?: AbortSignal) => get<List<DocumentSections>>('/sections', page, signal),
  task: (id: string, signal?: AbortSignal) => get<TaskDetail>(`/tasks/${enc(id)}`, {}, signal),
  project: (id: string, signal?: AbortSignal) => get<ProjectDetail>(`/projects/${enc(id)}`, {}, signal),
  enterprise: (id: string, signal?: AbortSignal) => get<EnterpriseDetail>(`/enterprises/${enc(id)}`, {}, signal),
  place: (id: string, signal?: AbortSignal) => get<PlaceDetail>(`/places/${enc(id)}`, {}, signal),
  search: (query: Query, signal?: AbortSignal) => get<SearchResponse>('/search', { ...query, limit: 100 }, signal),
  /** Each check's findings from `offset`, `limit` of them, with its total. */
  hygiene: (page: { limit: number; offset: number } & ScopeQuery, signal?: AbortSignal) => get<Hygiene>('/hygiene', { ...page }, signal),
  stats: (signal?: AbortSignal) => get<Stats>('/stats', {}, signal),
  /** The places that issued plans (a few thousand divisions at most: one page of the largest size). */
  jurisdictions: (signal?: AbortSignal) => get<List<JurisdictionSummary>>('/jurisdictions', { limit: ALL }, signal),
  documents: (signal?: AbortSignal) => get<List<DocumentSummary>>('/documents', { limit: ALL }, signal),
  /** Two plans (document ids) or places (names) side by side, the first `limit` of each list. */
  compare: (a: string, b: string, signal?: AbortSignal) => get<Comparison>('/compare', { a, b, limit: ALL }, signal),
};

/** Download links (plain <a href>): the browser streams the file, no fetch involved. */
export const downloads = {
  tasksCsv: (id: string) => apiUrl(`/units/${enc(id)}/tasks.csv`),
  tasksXlsx: (id: string) => apiUrl(`/units/${enc(id)}/tasks.xlsx`),
  searchCsv: (query: Query) => apiUrl('/search.csv', query),
  compareCsv: (a: string, b: string, part: string) => apiUrl('/compare.csv', { a, b, part }),
  compareXlsx: (a: string, b: string) => apiUrl('/compare.xlsx', { a, b }),
};
