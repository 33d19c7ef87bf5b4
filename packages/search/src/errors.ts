// The search package's error hierarchy: stable codes that callers (and the API) map on, never client errors.
import { DutymapError, describeValue } from '@dutymap/model';

type ErrorOptions = { cause?: unknown; details?: Record<string, unknown> };

/** Base of every error a SearchIndex raises on purpose. */
export class SearchError extends DutymapError {}

/** The query cannot be searched: empty or whitespace only, too long, or not a string. */
export class InvalidQueryError extends SearchError {
  constructor(
    readonly reason: 'empty' | 'too-long' | 'not-a-string',
    message: string,
  ) {
    super('invalid-query', message, { details: { reason } });
  }
}

/** A search option (limit, offset, types, role, year, …) has a value the port does not accept. */
export class InvalidSearchOptionsError extends SearchError {
  constructor(fn: string, option: string, value: unknown, expected: string) {
    super('invalid-search-options', `${fn}: invalid option ${option} ${describeValue(value)}; expected ${expected}`, {
      details: { function: fn, option, value: describeValue(value) },
    });
  }
}

/** An argument other than the query or options (a graph, a document id) is unusable. */
export class InvalidArgumentError extends SearchError {
  constructor(fn: string, argument: string, value: unknown, expected: string) {
    super('invalid-argument', `${fn}: invalid ${argument} ${describeValue(value)}; expected ${expected}`, {
      details: { function: fn, argument, value: describeValue(value) },
    });
  }
}

/** The search engine cannot be reached, refused the credentials, or timed out. */
export class SearchUnavailableError extends SearchError {
  constructor(message: string, options?: ErrorOptions) {
    super('search-unavailable', message, options);
  }
}

/** The engine accepted a write or settings change but its asynchronous task failed or was cancelled. */
export class SearchTaskFailedError extends SearchError {
  constructor(message: string, options?: ErrorOptions) {
    super('search-task-failed', message, options);
  }
}

/** The engine rejected a request (bad filter, bad settings, index problem): a bug in the adapter or the server. */
export class SearchRequestError extends SearchError {
  constructor(message: string, options?: ErrorOptions) {
    super('search-request-failed', message, options);
  }
}

/** The embedded index would hold more than it can; nothing was indexed. Meilisearch has no such limit. */
export class SearchCapacityError extends SearchError {
  constructor(message: string, options?: ErrorOptions) {
    super('capacity-exceeded', message, options);
  }
}

/** The index was closed; create a new one. */
export class SearchIndexClosedError extends SearchError {
  constructor(fn: string) {
    super('search-index-closed', `${fn}: the search index is closed`);
  }
}
