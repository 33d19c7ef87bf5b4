// What the Meilisearch adapter asks of the server, as data: index settings, search parameters and filters.
// Kept apart from the client so tests can read exactly what is sent, and so nothing here does I/O.
import type { SearchParams, Settings } from 'meilisearch';
import type { CheckedOptions } from '../search-index.js';

/** Han text is searched in these attributes; Meilisearch segments them with its Chinese (jieba-based) tokenizer. */
export const CHINESE_ATTRIBUTES = ['name', 'aliases', 'text', 'units', 'sections'];
/** Sentinels around matches: the snippet is HTML-escaped after Meilisearch formats it, then they become <mark>. */
export const PRE_TAG = '\u0002';
export const POST_TAG = '\u0003';
/** Meilisearch facet attribute for each of the port's facets. */
export const FACET_ATTRIBUTES = { type: 'type', chapter: 'chapterId', unit: 'unitIds', year: 'years' } as const;

/**
 * Every setting the search relies on, set explicitly rather than left to server defaults, so a server
 * upgrade or a hand-edited index cannot change ranking silently.
 */
export const INDEX_SETTINGS = {
  // Order is priority for the `attribute` ranking rule: names before text before context.
  searchableAttributes: ['name', 'aliases', 'text', 'units', 'sections', 'nameEn', 'pinyin'],
  // Everything: displayed attributes also limit what getDocuments returns, and a shared unit losing a
  // document is fetched and written back whole. Searches ask for the fields they need.
  displayedAttributes: ['*'],
  filterableAttributes: [
    'id',
    'type',
    'documentIds',
    'jurisdiction',
    'placeCodes',
    'sectionIds',
    'chapterId',
    'unitIds',
    'leadUnitIds',
    'supportUnitIds',
    'responsibleUnitIds',
    'years',
  ],
  sortableAttributes: ['number', 'typeRank'],
  // The default rules, then headings after rows on a tie (the embedded engine's HEADING_WEIGHT).
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'typeRank:asc'],
  // Without this Meilisearch guesses the language per document, and short Han strings can be taken for
  // Japanese, which segments them differently.
  localizedAttributes: [
    { attributePatterns: CHINESE_ATTRIBUTES, locales: ['cmn'] },
    { attributePatterns: ['nameEn'], locales: ['eng'] },
  ],
  // Typos only in longer Latin words, as in the embedded engine: one edit of a two-character Han word is
  // another word, and numbers (years, quantities) must match exactly.
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 10 },
    disableOnAttributes: CHINESE_ATTRIBUTES,
    disableOnNumbers: true,
  },
  stopWords: ['and', 'of', 'the', 'for', 'in', 'on'],
  faceting: { maxValuesPerFacet: 500, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 1000 },
} satisfies Settings;

/** A Meilisearch filter string literal: double-quoted, with quotes and backslashes escaped. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The port's filters as Meilisearch filter expressions, ANDed (an array is an AND in Meilisearch). */
export function buildFilter(options: Pick<CheckedOptions, 'types' | 'sectionId' | 'unitId' | 'role' | 'year' | 'jurisdictions' | 'jurisdictionCodes' | 'documentIds'>): string[] {
  const filter: string[] = [];
  if (options.types.length > 0) filter.push(`type IN [${options.types.map(quote).join(', ')}]`);
  if (options.sectionId !== undefined) filter.push(`sectionIds = ${quote(options.sectionId)}`);
  if (options.unitId !== undefined) {
    const attribute =
      options.role === 'lead' ? 'leadUnitIds' : options.role === 'support' ? 'supportUnitIds' : options.role === 'responsible' ? 'responsibleUnitIds' : 'unitIds';
    filter.push(`${attribute} = ${quote(options.unitId)}`);
  }
  if (options.year !== undefined) filter.push(`years = ${options.year}`);
  // The places in scope: named, or under a code in scope (placeCodes lists a node's code and those above it).
  const places = [
    ...(options.jurisdictions !== undefined ? [`jurisdiction IN [${options.jurisdictions.map(quote).join(', ')}]`] : []),
    ...(options.jurisdictionCodes !== undefined ? [`placeCodes IN [${options.jurisdictionCodes.map(quote).join(', ')}]`] : []),
  ];
  if (places.length > 0) filter.push(places.length === 1 ? (places[0] as string) : `(${places.join(' OR ')})`);
  if (options.documentIds !== undefined) filter.push(`documentIds IN [${options.documentIds.map(quote).join(', ')}]`);
  return filter;
}

/** The search request for one port call. `hasHan` picks the query locale. */
export function buildSearchParams(options: CheckedOptions, hasHan: boolean): SearchParams {
  const aligned = options.offset % options.limit === 0;
  return {
    // Page-based pagination makes Meilisearch count hits exactly (totalHits); an offset that is not a
    // multiple of the limit falls back to offset/limit and an estimated total.
    ...(aligned ? { hitsPerPage: options.limit, page: options.offset / options.limit + 1 } : { offset: options.offset, limit: options.limit }),
    filter: buildFilter(options),
    facets: Object.values(FACET_ATTRIBUTES),
    attributesToRetrieve: ['id', 'type', 'title', 'jurisdiction', 'name', 'aliases', 'text', 'units', 'sections', 'nameEn'],
    attributesToHighlight: ['name', 'aliases', 'text', 'units', 'sections', 'nameEn'],
    attributesToCrop: ['text'],
    cropLength: 40,
    cropMarker: '…',
    highlightPreTag: PRE_TAG,
    highlightPostTag: POST_TAG,
    showRankingScore: true,
    // Documents with every word first, then fewer: the same OR-with-ranking the embedded engine does.
    matchingStrategy: 'last',
    ...(hasHan ? { locales: ['cmn'] } : {}),
  } as SearchParams;
}
