// The one place where errors become HTTP statuses: a stable JSON body, a generic 500.
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { DutymapError } from '@dutymap/model';

const STATUS_BY_CODE: Record<string, number> = {
  'invalid-request': 400,
  'invalid-argument': 400,
  'invalid-query': 400,
  'invalid-search-options': 400,
  unauthorized: 401,
  forbidden: 403,
  'uploads-disabled': 403,
  'not-found': 404,
  'route-not-found': 404,
  'id-conflict': 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'unparsable-document': 422,
  'rate-limited': 429,
  'store-unavailable': 503,
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

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    // Errors of body-parser (too large, bad JSON) carry a `type` and a `status`.
    const bodyParser = error as { type?: string; status?: number; message?: string };
    let code: string;
    let message: string;
    let details: Readonly<Record<string, unknown>> | undefined;
    if (error instanceof DutymapError) {
      ({ code, message, details } = error);
    } else if (bodyParser.type === 'entity.too.large') {
      code = 'payload-too-large';
      message = 'the request body is larger than the server accepts';
    } else if (bodyParser.status && bodyParser.status >= 400 && bodyParser.status < 500) {
      code = 'invalid-request';
      message = bodyParser.message ?? 'bad request';
    } else {
      code = 'internal';
      message = 'internal server error';
    }
    const status = statusOf(code);
    if (status >= 500) {
      logger.error({ err: error, method: req.method, url: req.originalUrl, code }, 'request failed');
    }
    if (status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res.status(status).json({ error: { code, message, ...(details ? { details } : {}) } });
  };
}
