// The SearchIndex port: what the API may ask of any full-text engine, and the checks every adapter shares.
import type { DocumentHash, DutyGraph, FacetCount, SearchFacets, SearchResult, SearchRole, SearchType } from '@dutymap/model';
import { isDivisionCode, LIMITS, SEARCH_ROLES, SEARCH_TYPES } from '@dutymap/model';

// The answer types and the type/role vocabularies live in @dutymap/model, shared with the API and UI.
export type { FacetCount, SearchFacets, SearchHit, SearchResult, SearchRole, SearchType } from '@dutymap/model';
export { SEARCH_ROLES, SEARCH_TYPES } from '@dutymap/model';
import { InvalidArgumentError, InvalidQueryError, InvalidSearchOptionsError } from './errors.js';

/** Longest query accepted, in characters (LIMITS.searchQueryLength). */
export const MAX_QUERY_LENGTH = LIMITS.searchQueryLength;
export const DEFAULT_LIMIT = LIMITS.searchPageSize.default;
export const MAX_LIMIT = LIMITS.searchPageSize.max;

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
  /** Only what belongs to these places (SearchDocument.jurisdiction), each only itself; any of them. At most LIMITS.scopeValues. */
  jurisdictions?: readonly string[];
  /**
   * Only what belongs to these places by GB/T 2260 code, each covering the places under it (330000 covers
   * 衢州市 and 常山县; SearchDocument.placeCodes); with `jurisdictions`, what belongs to any place of either.
   */
  jurisdictionCodes?: readonly string[];
  /** Only what these plans hold or name; any of them. At most LIMITS.scopeValues. */
  documentIds?: readonly string[];
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
  /** Every indexed document's id and sha256, by id: start-up skips a file whose hash is already indexed. */
  documentHashes(): Promise<DocumentHash[]>;
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
  /** Scope filters: undefined when they do not filter. */
  jurisdictions: readonly string[] | undefined;
  jurisdictionCodes: readonly string[] | undefined;
  documentIds: readonly string[] | undefined;
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
  const scope = (key: 'jurisdictions' | 'jurisdictionCodes' | 'documentIds', maxLength: number): readonly string[] | undefined => {
    const values = o[key];
    if (values === undefined) return undefined;
    const bad = (v: unknown) => typeof v !== 'string' || v.length === 0 || v.length > maxLength || (key === 'jurisdictionCodes' && !isDivisionCode(v));
    if (!Array.isArray(values) || values.length > LIMITS.scopeValues || values.some(bad)) {
      const what = key === 'jurisdictionCodes' ? 'six-digit GB/T 2260 codes' : `non-empty strings of at most ${maxLength} characters`;
      throw new InvalidSearchOptionsError(fn, key, values, `an array of at most ${LIMITS.scopeValues} ${what}`);
    }
    return values.length === 0 ? undefined : values;
  };
  const jurisdictions = scope('jurisdictions', LIMITS.jurisdictionLength);
  const jurisdictionCodes = scope('jurisdictionCodes', 6);
  const documentIds = scope('documentIds', LIMITS.idLength);
  const limit = o.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < LIMITS.searchPageSize.min || limit > MAX_LIMIT) {
    throw new InvalidSearchOptionsError(fn, 'limit', limit, `an integer ${LIMITS.searchPageSize.min}..${MAX_LIMIT}`);
  }
  const offset = o.offset ?? LIMITS.offset.default;
  if (!Number.isInteger(offset) || offset < LIMITS.offset.min || offset > LIMITS.offset.max) {
    throw new InvalidSearchOptionsError(fn, 'offset', offset, `an integer ${LIMITS.offset.min}..${LIMITS.offset.max}`);
  }
  return { types, sectionId: o.sectionId, unitId: o.unitId, role: o.role, year: o.year, jurisdictions, jurisdictionCodes, documentIds, limit, offset };
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

/** A facet before labelling. */
export type UnlabelledFacet = Omit<FacetCount, 'label'>;

/** The LIMITS.facetValues most frequent values of a value → count map: by count (desc), then value. */
export function topFacets(counts: ReadonlyMap<string, number> | Readonly<Record<string, number>>): UnlabelledFacet[] {
  const entries = counts instanceof Map ? [...counts.entries()] : Object.entries(counts);
  return entries
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, LIMITS.facetValues);
}

/** How each type reads in a facet. */
export const TYPE_LABELS: Record<SearchType, string> = { task: '任务', project: '重点项目', unit: '单位', enterprise: '企业', place: '地点', section: '章节' };

/**
 * Labels facets a person reads: types and years by rule, chapters and units by the title of their own
 * search document (`describe`, from the index; a unit also gets its place), the id itself when the index
 * has none.
 */
export function labelFacets(facets: Record<keyof SearchFacets, UnlabelledFacet[]>, describe: (id: string) => { title: string; jurisdiction: string } | undefined): SearchFacets {
  const label = (values: UnlabelledFacet[], name: (value: string) => string | undefined): FacetCount[] =>
    values.map((f) => ({ value: f.value, label: name(f.value) ?? f.value, count: f.count }));
  return {
    type: label(facets.type, (v) => TYPE_LABELS[v as SearchType]),
    chapter: label(facets.chapter, (id) => describe(id)?.title),
    unit: facets.unit.map((f) => {
      const found = describe(f.value);
      return found ? { value: f.value, label: found.title, jurisdiction: found.jurisdiction, count: f.count } : { value: f.value, label: f.value, count: f.count };
    }),
    year: label(facets.year, (v) => `${v}年`),
  };
}
