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

export class RouteNotFoundError extends ApiError {
  constructor(method: string, path: string) {
    super('route-not-found', `no endpoint ${method} ${path}`);
  }
}
