// Logs: JSON lines for collectors, readable lines on a terminal; one line per request, no headers, no secrets.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export interface LoggerOptions {
  level: Level | 'silent';
  /** Human-readable lines (pino-pretty) instead of JSON: for a person at a terminal. */
  pretty: boolean;
}

/** Anything that may carry a secret is replaced before a line is written, wherever a caller put it. */
const REDACT = [
  'authorization', 'cookie', 'password', 'token', 'apiKey',
  '*.authorization', '*.cookie', '*.password', '*.token', '*.apiKey',
  '*.headers.authorization', '*.headers.cookie', '*.headers["set-cookie"]',
];

/** The longest URL written to a log line; a 16 KB query string says nothing more than its start. */
const MAX_URL_LENGTH = 300;

export function createLogger(options: LoggerOptions, destination?: DestinationStream): Logger {
  const base = { level: options.level, base: { service: 'dutymap-api' }, redact: { paths: REDACT, censor: '[redacted]' } };
  if (options.pretty && !destination) {
    return pino({
      ...base,
      transport: {
        target: 'pino-pretty',
        options: { ignore: 'pid,hostname,service,reqId,method,url,status,ms,ip', translateTime: 'HH:MM:ss', messageFormat: '{msg}{if method} {method} {url} {status} {ms} ms{end}' },
      },
    });
  }
  return destination ? pino(base, destination) : pino(base);
}

function requestLine(req: IncomingMessage, res: ServerResponse, ms: number): Record<string, unknown> {
  const url = (req as Request).originalUrl ?? req.url ?? '';
  return {
    method: req.method,
    url: url.length > MAX_URL_LENGTH ? `${url.slice(0, MAX_URL_LENGTH)}…` : url,
    status: res.statusCode,
    ms,
    // After a client hung up the socket is gone, and with it the address.
    ip: req.socket ? (req as Request).ip : undefined,
  };
}

/**
 * One line per finished request: method, URL, status, time and client address (after TRUST_PROXY);
 * never the headers, which carry the admin token. A 5xx line carries the error (set by the error handler as `res.err`).
 */
export function requestLogger(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    quietReqLogger: true,
    quietResLogger: true,
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessObject: (req, res, fields) => requestLine(req, res, (fields as { responseTime: number }).responseTime),
    customErrorObject: (req, res, error, fields) => ({ ...requestLine(req, res, (fields as { responseTime: number }).responseTime), err: error }),
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
  });
}
