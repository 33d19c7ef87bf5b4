// Errors the API raises itself; the graph, search and model errors keep their own codes.
import { DutymapError } from '@dutymap/model';

export class ApiError extends DutymapError {}

/** Input failed validation (params, query or body); `details.issues` lists each problem. */
export class ValidationError extends ApiError {
  constructor(message: string, issues: Array<{ path: string; message: string }>) {
    super('invalid-request', message, { details: { issues } });
  }
}

export class UnauthorizedError extends ApiError {
  constructor() {
    super('unauthorized', 'this endpoint needs an Authorization: Bearer token');
  }
}

export class ForbiddenError extends ApiError {
  constructor(message = 'the token is not valid for this endpoint') {
    super('forbidden', message);
  }
}

export class UploadsDisabledError extends ApiError {
  constructor() {
    super('uploads-disabled', 'uploading and deleting documents is disabled: the server has no DUTYMAP_ADMIN_TOKEN');
  }
}

/** An uploaded plan that the parser cannot use; `details.diagnostics` says why and where. */
export class UnparsableDocumentError extends ApiError {
  constructor(sourceName: string, diagnostics: unknown[]) {
    super('unparsable-document', `${sourceName} could not be parsed into a responsibility table`, { details: { diagnostics } });
  }
}

/** The request body is larger than the server accepts (checked on the declared length and while reading). */
export class PayloadTooLargeError extends ApiError {
  constructor(limitBytes: number) {
    super('payload-too-large', `the request body is larger than the ${limitBytes} bytes the server accepts`, { details: { limitBytes } });
  }
}

/** An upload whose file type or request format the server does not read. */
export class UnsupportedMediaTypeError extends ApiError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('unsupported-media-type', message, details ? { details } : undefined);
  }
}

/** A parse ran out of its wall-clock or memory budget and was stopped. */
export class ParseBudgetExceededError extends ApiError {
  constructor(sourceName: string, budget: 'time' | 'memory', limit: number) {
    const what = budget === 'time' ? `${limit} ms` : `${limit} MB of memory`;
    super('parse-budget-exceeded', `${sourceName} could not be parsed within ${what}; split the plan or simplify the file`, { details: { budget, limit } });
  }
}

/** A parse worker ended without an answer (a crash, not a bad file); the upload changed nothing. */
export class ParseWorkerError extends ApiError {
  constructor(sourceName: string, cause: unknown) {
    super('parse-worker-failed', `the parser stopped unexpectedly on ${sourceName}`, { cause });
  }
}

/** Another instance held the store's lock (it is starting up or changing a document) for longer than a change may wait. */
export class StoreBusyError extends ApiError {
  constructor(waitedMs: number) {
    super('store-busy', `another instance is changing the stores; waited ${waitedMs} ms`, { details: { waitedMs } });
  }
}

export class RouteNotFoundError extends ApiError {
  constructor(method: string, path: string) {
    super('route-not-found', `no endpoint ${method} ${path}`);
  }
}
