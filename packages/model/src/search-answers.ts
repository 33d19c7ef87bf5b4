// The answers of the search port, and its vocabularies: zod schemas, each with its type under the same
// name, shared by the adapters, the API (which describes them in its OpenAPI document) and the UI.
import { z } from 'zod';

/** The kinds of node that are searchable. */
export const SEARCH_TYPES = ['task', 'project', 'unit', 'enterprise', 'place', 'section'] as const;
export const SearchType = z.enum(SEARCH_TYPES).meta({ id: 'SearchType', description: 'a kind of searchable node' });
export type SearchType = z.infer<typeof SearchType>;

/** How a unit takes part: 牵头单位 (lead), 配合单位 (support), 责任单位 of a project (responsible). */
export const SEARCH_ROLES = ['lead', 'support', 'responsible'] as const;
export type SearchRole = (typeof SEARCH_ROLES)[number];

export const SearchHit = z
  .object({
    type: SearchType,
    /** The node id in the DutyGraph. */
    id: z.string().describe('the node id in the DutyGraph'),
    /** A short display title: "任务 22 · 积极推进能源结构调整优化", a project, unit or place name. */
    title: z.string().describe('a short display title: "任务 22 · 积极推进能源结构调整优化", a project, unit or place name'),
    /** The place it belongs to: its plan’s issuer, a unit’s or place’s own; "" for an enterprise. */
    jurisdiction: z.string().describe('the place it belongs to: its plan’s issuer, a unit’s or place’s own; "" for an enterprise'),
    /** The matched passage, HTML-escaped, with `<mark>…</mark>` around the matched words. */
    snippet: z.string().describe('the matched passage, HTML-escaped, with `<mark>…</mark>` around the matched words'),
    /** Relevance in (0, 1]; comparable only within one result. */
    score: z.number().describe('relevance in (0, 1]; comparable only within one result'),
  })
  .meta({ id: 'SearchHit', description: 'a node that matches a search, with the matched passage' });
export type SearchHit = z.infer<typeof SearchHit>;

/** One facet value (a type, a chapter/category section id, a unit id, a year), its hit count and a label a person reads. */
export const FacetCount = z
  .object({
    value: z.string(),
    /** 任务 for a type, the chapter’s title (二、坚决打好…), the unit’s name, 2020年 for a year: read from the index. */
    label: z.string().describe('任务 for a type, the chapter’s title (二、坚决打好…), the unit’s name, 2020年 for a year: read from the index'),
    /** For a unit: its place, so 市生态环境局 of two cities read apart. */
    jurisdiction: z.string().optional().describe('for a unit: its place, so 市生态环境局 of two cities read apart'),
    count: z.number().int().nonnegative(),
  })
  .meta({ id: 'FacetCount', description: 'one facet value (a type, a chapter/category section id, a unit id, a year), its hit count and a label a person reads' });
export type FacetCount = z.infer<typeof FacetCount>;

/**
 * Counts over every hit that matches the query and filters (not just the page), by count then
 * value: the LIMITS.facetValues most frequent values of each facet.
 */
export const SearchFacets = z
  .object({ type: z.array(FacetCount), chapter: z.array(FacetCount), unit: z.array(FacetCount), year: z.array(FacetCount) })
  .meta({
    id: 'SearchFacets',
    description: 'counts over every hit that matches the query and filters (not just the page), by count then value: the LIMITS.facetValues most frequent values of each facet',
  });
export type SearchFacets = z.infer<typeof SearchFacets>;

/** What the search port answers: a page of hits (the page is the caller's), the facets and the total. */
export const SearchResult = z
  .object({
    /** The query as searched (trimmed, NFKC-normalised). */
    query: z.string().describe('the query as searched (trimmed, NFKC-normalised)'),
    hits: z.array(SearchHit),
    facets: SearchFacets,
    /** Hits matching query and filters, all pages. */
    total: z.number().int().nonnegative().describe('hits matching query and filters, all pages'),
    tookMs: z.number().nonnegative(),
  })
  .meta({ id: 'SearchResult', description: 'a page of hits, the facets and the total' });
export type SearchResult = z.infer<typeof SearchResult>;
