// createServer(deps): the Express app over the two ports; listening is main.ts's job.
import { existsSync } from 'node:fs';
import { timingSafeEqual } from 'node:crypto';
import { join, resolve } from 'node:path';
import express, { type Request } from 'express';
import helmet from 'helmet';
import cors from 'cors';
import { rateLimit } from 'express-rate-limit';
import type { Logger } from 'pino';
import type { GraphStore } from '@dutymap/graph';
import type { SearchIndex } from '@dutymap/search';
import type { IngestService } from './ingestion/ingest-service.js';
import { ForbiddenError, RouteNotFoundError, UnauthorizedError, UploadsDisabledError } from './errors.js';
import { errorHandler } from './http/error-handler.js';
import { openApiDocument, register, ResponseCache } from './http/route.js';
import { apiRoutes } from './http/routes.js';
import { docsPage } from './http/docs-page.js';
import { requestLogger } from './logging.js';

export interface ServerDeps {
  graph: GraphStore;
  search: SearchIndex;
  ingest: IngestService;
  logger: Logger;
  /** Enables POST/DELETE /api/documents; absent = disabled. */
  adminToken?: string | undefined;
  /** Origins allowed by CORS; empty = same origin only. */
  corsOrigins?: readonly string[];
  uploadLimitBytes?: number;
  /** Express's `trust proxy` (see TRUST_PROXY in env.ts): which X-Forwarded-For entries name the client. Default false. */
  trustProxy?: boolean | number | string[];
  /** Clients reach the server over https: send HSTS and upgrade-insecure-requests (never over plain http, where they blank the UI). */
  https?: boolean;
  /** A built web UI to serve at / (index.html + assets), when present. */
  webDir?: string | undefined;
  /** Requests per minute per client (its address, after `trustProxy`) on /api; 0 turns the limit off. Default 600. */
  rateLimitPerMinute?: number;
  /** False once the process is shutting down: /readyz then says so. */
  isReady?: () => boolean;
  /** Megabytes of JSON responses kept for repeated GETs; 0 turns the cache off. Default 64. */
  responseCacheMb?: number;
  /** How often (ms) the response cache reads the graph version, to see changes made by other instances. Default 1000. */
  versionCheckMs?: number;
}

const VERSION = '0.1.0';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createServer(deps: ServerDeps): express.Express {
  const app = express();
  const uploadLimitBytes = deps.uploadLimitBytes ?? 20 * 1024 * 1024;
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', deps.trustProxy ?? false);
  app.use(requestLogger(deps.logger));
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: deps.https ? [] : null } },
      strictTransportSecurity: deps.https ? { maxAge: 180 * 24 * 3600, includeSubDomains: false } : false,
    }),
  );
  app.use(cors({ origin: deps.corsOrigins && deps.corsOrigins.length > 0 ? [...deps.corsOrigins] : false }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const checks = { graph: 'ok', search: 'ok', accepting: deps.isReady?.() === false ? 'shutting-down' : 'ok' };
    await deps.graph.documents().catch(() => (checks.graph = 'unavailable'));
    await deps.search.search('就绪', { limit: 1 }).catch(() => (checks.search = 'unavailable'));
    const ready = Object.values(checks).every((v) => v === 'ok');
    if (!ready) res.setHeader('Retry-After', '5');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', checks });
  });

  const limit = deps.rateLimitPerMinute ?? 600;
  if (limit > 0) {
    app.use(
      '/api',
      rateLimit({
        windowMs: 60_000,
        limit,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        // Behind a proxy TRUST_PROXY says whose address counts; without one X-Forwarded-For is rightly ignored, not a misconfiguration.
        validate: { xForwardedForHeader: false },
        handler: (_req, res) => {
          res.status(429).json({ error: { code: 'rate-limited', message: `more than ${limit} requests a minute; slow down` } });
        },
      }),
    );
  }

  const routes = apiRoutes({ graph: deps.graph, search: deps.search, ingest: deps.ingest, uploadLimitBytes });
  const openapi = openApiDocument(routes, { title: 'dutymap API', version: VERSION });
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.get('/api/docs', (_req, res) => {
    res.type('html').send(docsPage(openapi));
  });

  const guard = (req: Request): void => {
    if (!deps.adminToken) throw new UploadsDisabledError();
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match) throw new UnauthorizedError();
    if (!sameSecret(match[1]!.trim(), deps.adminToken)) throw new ForbiddenError();
  };
  const cacheBytes = (deps.responseCacheMb ?? 64) * 1024 * 1024;
  const cache = cacheBytes > 0 ? new ResponseCache(cacheBytes, { read: () => deps.graph.graphVersion(), everyMs: deps.versionCheckMs ?? 1_000 }) : undefined;
  if (cache) deps.ingest.onChange(() => cache.invalidate());
  const router = express.Router();
  register(router, routes, guard, cache);
  app.use(router);
  app.use('/api', (req) => {
    throw new RouteNotFoundError(req.method, req.originalUrl.split('?')[0]!);
  });

  const webDir = deps.webDir ? resolve(deps.webDir) : undefined;
  if (webDir && existsSync(join(webDir, 'index.html'))) {
    app.use(express.static(webDir, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes (/units/…, /network) all load the single page.
    app.get(/^\/(?!api\/|healthz|readyz).*/, (_req, res) => {
      res.sendFile(join(webDir, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('html').send('<!doctype html><meta charset="utf-8"><title>dutymap</title><p>dutymap API — see <a href="/api/docs">/api/docs</a>.</p>');
    });
  }

  // Whatever matched nothing gets the API's JSON 404, not Express's HTML page.
  app.use((req) => {
    throw new RouteNotFoundError(req.method, req.path);
  });
  app.use(errorHandler());
  return app;
}
