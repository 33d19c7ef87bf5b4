// The SearchIndex port: what the API may ask of any full-text engine, and the checks every adapter shares.
import type { DutyGraph, FacetCount, SearchFacets, SearchResult, SearchRole, SearchType } from '@dutymap/model';
import { SEARCH_ROLES, SEARCH_TYPES } from '@dutymap/model';

// The answer types and the type/role vocabularies live in @dutymap/model, shared with the API and UI.
export type { FacetCount, SearchFacets, SearchHit, SearchResult, SearchRole, SearchType } from '@dutymap/model';
export { SEARCH_ROLES, SEARCH_TYPES } from '@dutymap/model';
import { InvalidArgumentError, InvalidQueryError, InvalidSearchOptionsError } from './errors.js';

/** Longest query accepted, in characters; a longer one is a pasted paragraph, not a search. */
export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export interface SearchOptions {
  /** Only these kinds of node; all kinds when absent or empty. */
  types?: readonly SearchType[];
  /** Only nodes in this section or below it (a chapter finds its groups' tasks too). */
  sectionId?: string;
  /** Only nodes this unit is linked to (tasks it leads or supports, projects it is responsible for, itself). */
  unitId?: string;
  /** With `unitId`: only where the unit has this role. Requires `unitId`. */
  role?: SearchRole;
  /** Only tasks with this target year and projects with this deadline year. */
  year?: number;
  /** Page size, 1..100; default 20. */
  limit?: number;
  /** Hits to skip, ≥ 0; default 0. */
  offset?: number;
}

/**
 * A full-text index over DutyGraphs. Adapters: embedded (in-process, the default) and Meilisearch.
 *
 * Query policy, the same for every adapter:
 * - empty or whitespace-only query → `InvalidQueryError` (code `invalid-query`, reason `empty`);
 *   a search box with nothing in it is a caller bug, not a request for everything;
 * - longer than `MAX_QUERY_LENGTH` → `InvalidQueryError` (reason `too-long`);
 * - only punctuation or symbols → an empty result: nothing searchable was asked, nothing matches;
 * - bad options → `InvalidSearchOptionsError` (code `invalid-search-options`).
 */
export interface SearchIndex {
  /** Indexes (or re-indexes) every searchable node of one document. Idempotent: indexing the same graph twice changes nothing. */
  indexDocument(graph: DutyGraph): Promise<void>;
  /** Removes a document's nodes; units, enterprises and places shared with another indexed document stay. Idempotent. */
  removeDocument(documentId: string): Promise<void>;
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** Releases resources; later calls fail with `search-index-closed`. */
  close(): Promise<void>;
}

/** A query that passed validation: `text` is what to search; `searchable` is false when it holds no letter or digit. */
export interface CheckedQuery {
  text: string;
  searchable: boolean;
}

/** Validates and normalises a query the same way for every adapter. */
export function checkQuery(query: unknown): CheckedQuery {
  if (typeof query !== 'string') {
    throw new InvalidQueryError('not-a-string', `search: query must be a string, got ${typeof query}`);
  }
  const text = query.normalize('NFKC').trim();
  if (text.length === 0) throw new InvalidQueryError('empty', 'search: query is empty');
  if (text.length > MAX_QUERY_LENGTH) {
    throw new InvalidQueryError('too-long', `search: query has ${text.length} characters; at most ${MAX_QUERY_LENGTH} are accepted`);
  }
  return { text, searchable: /[\p{L}\p{N}]/u.test(text) };
}

/** Options with defaults applied, checked. */
export interface CheckedOptions {
  types: readonly SearchType[];
  sectionId: string | undefined;
  unitId: string | undefined;
  role: SearchRole | undefined;
  year: number | undefined;
  limit: number;
  offset: number;
}

export function checkOptions(options: SearchOptions | undefined): CheckedOptions {
  const fn = 'search';
  const o = options ?? {};
  if (typeof o !== 'object' || o === null) throw new InvalidSearchOptionsError(fn, 'options', o, 'an object');
  const types = o.types ?? [];
  if (!Array.isArray(types) || types.some((t) => !(SEARCH_TYPES as readonly string[]).includes(t))) {
    throw new InvalidSearchOptionsError(fn, 'types', types, `an array of ${SEARCH_TYPES.join(', ')}`);
  }
  for (const key of ['sectionId', 'unitId'] as const) {
    const value = o[key];
    if (value !== undefined && (typeof value !== 'string' || value.length === 0)) {
      throw new InvalidSearchOptionsError(fn, key, value, 'a non-empty id');
    }
  }
  if (o.role !== undefined) {
    if (!(SEARCH_ROLES as readonly string[]).includes(o.role)) {
      throw new InvalidSearchOptionsError(fn, 'role', o.role, SEARCH_ROLES.join(' | '));
    }
    if (o.unitId === undefined) throw new InvalidSearchOptionsError(fn, 'role', o.role, 'to come with unitId');
  }
  if (o.year !== undefined && (!Number.isInteger(o.year) || o.year < 1900 || o.year > 2200)) {
    throw new InvalidSearchOptionsError(fn, 'year', o.year, 'an integer year between 1900 and 2200');
  }
  const limit = o.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new InvalidSearchOptionsError(fn, 'limit', limit, `an integer 1..${MAX_LIMIT}`);
  }
  const offset = o.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw new InvalidSearchOptionsError(fn, 'offset', offset, 'an integer ≥ 0');
  return { types, sectionId: o.sectionId, unitId: o.unitId, role: o.role, year: o.year, limit, offset };
}

export function checkDocumentId(fn: string, documentId: unknown): string {
  if (typeof documentId !== 'string' || documentId.length === 0) {
    throw new InvalidArgumentError(fn, 'documentId', documentId, 'a non-empty document id');
  }
  return documentId;
}

export function emptyFacets(): SearchFacets {
  return { type: [], chapter: [], unit: [], year: [] };
}

/** Turns a value → count map into the port's facet list: by count (desc), then value. */
export function toFacetCounts(counts: ReadonlyMap<string, number> | Readonly<Record<string, number>>): FacetCount[] {
  const entries = counts instanceof Map ? [...counts.entries()] : Object.entries(counts);
  return entries
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
