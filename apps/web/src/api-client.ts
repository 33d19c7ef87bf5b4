// The only module that calls fetch: one function per endpoint the UI reads, errors as ApiError.
import type {
  Comparison, Connections, Counterpart, DocumentSections, DocumentSummary, Diagnostic, EnterpriseDetail, JurisdictionSummary, Explanation, Hygiene, List, Neighbourhood, NetworkElements, Partner,
  PlaceDetail, PlanSummary, ProjectDetail, ProjectOfUnit, Role, SearchResponse, Stats, TaskDetail, TaskOfUnit, UnitDetail, UnitMatch, UnitPlan, Workload,
} from './api-types.js';
import type { LIMITS } from '@dutymap/model';

/** An API answer that is not 2xx, or a request that never got one (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The error's `details` (an unparsable upload's `diagnostics`), when the API sent any. */
    readonly details?: Record<string, unknown>,
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

async function call(path: string, query: Query, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path, query), { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!res.ok) {
    // The API answers errors as {error:{code,message,details}}; a proxy in front of it may not.
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: Record<string, unknown> } } | null;
    throw new ApiError(res.status, body?.error?.code ?? `http-${res.status}`, body?.error?.message ?? res.statusText, body?.error?.details);
  }
  return res;
}

async function get<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  return (await (await call(path, query, signal ? { signal } : {})).json()) as T;
}

/** The admin token travels in the Authorization header only, never in a URL. */
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

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
  units: (q: string, signal?: AbortSignal, scope: ScopeQuery = {}) => get<List<UnitMatch>>('/units', { q, limit: ALL, ...scope }, signal),
  unit: (id: string, signal?: AbortSignal) => get<UnitDetail>(`/units/${enc(id)}`, {}, signal),
  /** A unit's tasks, of every plan or of the scope's (a place, a plan). */
  unitTasks: (id: string, scope: ScopeQuery, signal?: AbortSignal) => get<List<TaskOfUnit>>(`/units/${enc(id)}/tasks`, { role: 'any', limit: ALL, ...scope }, signal),
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
  sections: (page: { limit?: number; offset?: number } & ScopeQuery, signal?: AbortSignal) => get<List<DocumentSections>>('/sections', { ...page }, signal),
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
  /** A page of the loaded plans, of a scope (by default the first, of the largest size). */
  documents: (page: { limit?: number; offset?: number } & ScopeQuery, signal?: AbortSignal) => get<List<PlanSummary>>('/documents', { limit: ALL, ...page }, signal),
  /** Two plans (document ids) or places (names) side by side, the first `limit` of each list. */
  compare: (a: string, b: string, signal?: AbortSignal) => get<Comparison>('/compare', { a, b, limit: ALL }, signal),
};

/** What an upload answers: the plan loaded and what the parser noted. */
export interface UploadReport {
  document: DocumentSummary;
  diagnostics: Diagnostic[];
}

/** The admin's calls (POST/DELETE /api/documents), with the token from the Plans page. */
export const admin = {
  /** The file itself is the body (not a form), its name in `?name=`. */
  upload: async (file: File, token: string) =>
    (await (await call('/documents', { name: file.name }, { method: 'POST', body: file, headers: { ...bearer(token), 'content-type': 'application/octet-stream' } })).json()) as UploadReport,
  remove: async (id: string, token: string) => {
    await call(`/documents/${enc(id)}`, {}, { method: 'DELETE', headers: bearer(token) });
  },
};

/** Download links (plain <a href>): the browser streams the file, no fetch involved. */
export const downloads = {
  /** A unit's tasks in the plans of the scope, as the unit page lists them. */
  tasksCsv: (id: string, scope: ScopeQuery = {}) => apiUrl(`/units/${enc(id)}/tasks.csv`, { ...scope }),
  tasksXlsx: (id: string, scope: ScopeQuery = {}) => apiUrl(`/units/${enc(id)}/tasks.xlsx`, { ...scope }),
  searchCsv: (query: Query) => apiUrl('/search.csv', query),
  compareCsv: (a: string, b: string, part: string) => apiUrl('/compare.csv', { a, b, part }),
  compareXlsx: (a: string, b: string) => apiUrl('/compare.xlsx', { a, b }),
};
