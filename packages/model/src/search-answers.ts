// The answers of the search port, and its vocabularies, as plain data: shared by the adapters,
// the API and the UI.

/** The kinds of node that are searchable. */
export const SEARCH_TYPES = ['task', 'project', 'unit', 'enterprise', 'place', 'section'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** How a unit takes part: 牵头单位 (lead), 配合单位 (support), 责任单位 of a project (responsible). */
export const SEARCH_ROLES = ['lead', 'support', 'responsible'] as const;
export type SearchRole = (typeof SEARCH_ROLES)[number];

export interface SearchHit {
  type: SearchType;
  /** The node id in the DutyGraph. */
  id: string;
  /** A short display title: "任务 22 · 积极推进能源结构调整优化", a project, unit or place name. */
  title: string;
  /** The place it belongs to: its plan's issuer, a unit's or place's own; "" for an enterprise. */
  jurisdiction: string;
  /** The matched passage, HTML-escaped, with `<mark>…</mark>` around the matched words. */
  snippet: string;
  /** Relevance in (0, 1]; comparable only within one result. */
  score: number;
}

/** One facet value (a type, a chapter/category section id, a unit id, a year), its hit count and a label a person reads. */
export interface FacetCount {
  value: string;
  /** 任务 for a type, the chapter's title (二、坚决打好…), the unit's name, 2020年 for a year: read from the index. */
  label: string;
  /** For a unit: its place, so 市生态环境局 of two cities read apart. */
  jurisdiction?: string;
  count: number;
}

/**
 * Counts over every hit that matches the query and filters (not just the page), by count then
 * value: the LIMITS.facetValues most frequent values of each facet.
 */
export interface SearchFacets {
  type: FacetCount[];
  chapter: FacetCount[];
  unit: FacetCount[];
  year: FacetCount[];
}

export interface SearchResult {
  /** The query as searched (trimmed, NFKC-normalised). */
  query: string;
  hits: SearchHit[];
  facets: SearchFacets;
  /** Hits matching query and filters, all pages. */
  total: number;
  tookMs: number;
}
