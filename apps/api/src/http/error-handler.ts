// The one place where errors become HTTP statuses: a stable JSON body, a generic 500.
import type { ErrorRequestHandler } from 'express';
import { DutymapError } from '@dutymap/model';

const STATUS_BY_CODE: Record<string, number> = {
  'invalid-request': 400,
  'invalid-argument': 400,
  'invalid-query': 400,
  'invalid-search-options': 400,
  'compare-side-too-large': 400,
  unauthorized: 401,
  forbidden: 403,
  'uploads-disabled': 403,
  'not-found': 404,
  'route-not-found': 404,
  'id-conflict': 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'unparsable-document': 422,
  'parse-budget-exceeded': 422,
  'rate-limited': 429,
  'store-unavailable': 503,
  'store-busy': 503,
  'search-unavailable': 503,
  'store-closed': 503,
  'search-index-closed': 503,
  'search-task-failed': 502,
  'search-request-failed': 502,
  'capacity-exceeded': 507,
};

/** Seconds a client should wait before retrying a 503. */
const RETRY_AFTER_SECONDS = 5;

export function statusOf(code: string): number {
  return STATUS_BY_CODE[code] ?? 500;
}

/** What a client is told of a 5xx: enough to act on, nothing about the server's insides (paths, addresses, drivers). */
const PUBLIC_MESSAGE: Record<number, string> = {
  502: 'the search engine rejected the request; try again later',
  503: 'a store is unavailable; try again later',
  507: 'the store is full; nothing was written',
};

export function errorHandler(): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    // Errors of Express itself (a malformed URL, a body it could not read) carry a `status`.
    const http = error as { type?: string; status?: number; message?: string };
    let code: string;
    let message: string;
    let details: Readonly<Record<string, unknown>> | undefined;
    if (error instanceof DutymapError) {
      ({ code, message, details } = error);
    } else if (http.type === 'entity.too.large') {
      code = 'payload-too-large';
      message = 'the request body is larger than the server accepts';
    } else if (http.status && http.status >= 400 && http.status < 500) {
      code = 'invalid-request';
      message = http.message ?? 'bad request';
    } else {
      code = 'internal';
      message = 'internal server error';
    }
    const status = statusOf(code);
    if (status >= 500) {
      // The request log line carries the error (pino-http reads res.err); the client gets a generic message.
      res.err = error instanceof Error ? error : new Error(String(error));
      message = PUBLIC_MESSAGE[status] ?? 'internal server error';
      details = undefined;
    }
    if (status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    // A body left unread (an upload refused before it was read) is not drained: the connection closes instead.
    if (!req.complete) res.setHeader('Connection', 'close');
    res.status(status).json({ error: { code, message, ...(details ? { details } : {}) } });
  };
}
