// @dutymap/search: the SearchIndex port, its two adapters and their errors.

// The port and its types.
export type { SearchIndex, SearchOptions, SearchResult, SearchHit, SearchFacets, FacetCount, SearchType, SearchRole } from './search-index.js';
export { SEARCH_TYPES, SEARCH_ROLES, MAX_QUERY_LENGTH, DEFAULT_LIMIT, MAX_LIMIT } from './search-index.js';

// Adapters.
export { createEmbeddedSearchIndex, type EmbeddedSearchIndexOptions } from './embedded/embedded-search-index.js';
export { createMeilisearchSearchIndex, type MeilisearchSearchIndexOptions } from './meilisearch/meilisearch-search-index.js';

// Errors.
export {
  SearchError,
  InvalidQueryError,
  InvalidSearchOptionsError,
  InvalidArgumentError,
  SearchUnavailableError,
  SearchTaskFailedError,
  SearchRequestError,
  SearchIndexClosedError,
  SearchCapacityError,
} from './errors.js';
