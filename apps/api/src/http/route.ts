// One route table: each endpoint is declared once, then registered on Express and described in OpenAPI.
import { createHash } from 'node:crypto';
import type { Request, Response, Router } from 'express';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { ValidationError } from '../errors.js';

type Method = 'get' | 'post' | 'delete';

export interface RouteContext<P, Q> {
  params: P;
  query: Q;
  req: Request;
  res: Response;
}

export interface RouteSpec<P = unknown, Q = unknown> {
  method: Method;
  /** Express path (`/api/units/:id`). */
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** Needs `Authorization: Bearer <DUTYMAP_ADMIN_TOKEN>`. */
  admin?: boolean;
  /** What a success returns: JSON (default), CSV or no body. */
  produces?: 'json' | 'csv' | 'empty';
  /** Status of a success (default 200). */
  status?: number;
  /** Returns the JSON body, or sends the response itself (CSV) and returns undefined. */
  handler(ctx: RouteContext<P, Q>): Promise<unknown>;
}

/** Declares a route with inferred param/query types. */
export function route<P = Record<string, never>, Q = Record<string, never>>(spec: RouteSpec<P, Q>): RouteSpec<P, Q> {
  return spec;
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return {} as T;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: [where, ...issue.path.map(String)].join('.'), message: issue.message }));
  throw new ValidationError(`invalid ${where}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
}

/** A JSON answer kept as bytes with its ETag, so a repeat costs neither encoding nor hashing. */
export interface CachedResponse {
  body: Buffer;
  etag: string;
}

/** The ETag names the graph version it was computed at, so an answer of another state never matches it. */
export function cachedResponse(json: string, version = 0): CachedResponse {
  const body = Buffer.from(json);
  return { body, etag: `"${version}-${createHash('sha1').update(body).digest('base64url')}"` };
}

/** Where the cache learns the graph version (kept in the store every instance shares) and how often it asks. */
export interface VersionSource {
  read(): Promise<number>;
  /** At most one read per this many milliseconds: another instance's change shows within it. */
  everyMs: number;
}

/**
 * JSON answers kept for repeated GETs, by route and parsed input, for one graph version. Requests for an
 * answer being computed wait for it rather than compute it again: under load, a burst for one unit costs
 * one query, not fifty. Another instance's change shows as a new version (read at most once per
 * `everyMs`), which drops every answer; `invalidate()` (this instance's change) drops them at once.
 */
export class ResponseCache {
  private readonly answers: LRUCache<string, CachedResponse>;
  private readonly pending = new Map<string, Promise<CachedResponse>>();
  private generation = 0;
  private version = 0;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checking: Promise<void> | undefined;

  constructor(
    maxBytes: number,
    private readonly source?: VersionSource,
  ) {
    this.answers = new LRUCache<string, CachedResponse>({ maxSize: maxBytes, sizeCalculation: (answer) => answer.body.length + 64 });
  }

  /** The answer for `key`: kept, being computed, or computed now by `compute` (given the version it is computed at). */
  async answer(key: string, compute: (version: number) => Promise<CachedResponse>): Promise<CachedResponse> {
    await this.checkVersion();
    const kept = this.answers.get(key);
    if (kept) return kept;
    const running = this.pending.get(key);
    if (running) return running;
    const generation = this.generation;
    const computing = compute(this.version).finally(() => {
      if (this.pending.get(key) === computing) this.pending.delete(key);
    });
    this.pending.set(key, computing);
    // Kept only if the graph did not change meanwhile.
    computing.then((answer) => generation === this.generation && this.answers.set(key, answer), () => undefined);
    return computing;
  }

  /** Forgets every answer, and reads the version again before the next one. */
  invalidate(): void {
    this.clear();
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }

  private clear(): void {
    this.generation += 1;
    this.answers.clear();
    this.pending.clear();
  }

  private async checkVersion(): Promise<void> {
    if (!this.source || Date.now() - this.checkedAt < this.source.everyMs) return;
    this.checking ??= this.source
      .read()
      .then(
        (version) => {
          if (version === this.version) return;
          this.clear();
          this.version = version;
        },
        // A store that cannot say its version cannot be changed either: the kept answers stay good.
        () => undefined,
      )
      .finally(() => {
        this.checkedAt = Date.now();
        this.checking = undefined;
      });
    await this.checking;
  }
}

function sendCached(res: Response, cached: CachedResponse, status = 200): void {
  // With the ETag set, Express answers 304 to a fresh conditional GET and skips hashing.
  res.setHeader('ETag', cached.etag);
  res.status(status).type('json').send(cached.body);
}

/**
 * Registers the routes. GET routes answering JSON are served from `cache` once computed: the graph
 * changes only through ingest, which moves the graph version the cache is keyed by. The key is the route and its parsed input,
 * not the raw URL, so a parameter the route does not know (`?x=1`) or another spelling of the same
 * value cannot make every request a miss.
 */
export function register(router: Router, routes: ReadonlyArray<RouteSpec<never, never>>, guard: (req: Request) => void, cache?: ResponseCache): void {
  for (const spec of routes as ReadonlyArray<RouteSpec<unknown, unknown>>) {
    const cacheable = cache && spec.method === 'get' && (spec.produces ?? 'json') === 'json';
    router[spec.method](spec.path, async (req: Request, res: Response) => {
      if (spec.admin) guard(req);
      const params = parse(spec.params, req.params, 'params');
      const query = parse(spec.query, req.query, 'query');
      if (cacheable) {
        // JSON GET handlers only return their body: the first request's req/res serve to compute it for all.
        const key = `${spec.path}\u0000${JSON.stringify(params)}\u0000${JSON.stringify(query)}`;
        sendCached(res, await cache.answer(key, async (version) => cachedResponse(JSON.stringify(await spec.handler({ params, query, req, res })), version)), spec.status ?? 200);
        return;
      }
      const body = await spec.handler({ params, query, req, res });
      if (res.headersSent) return;
      if (spec.produces === 'empty') {
        res.status(spec.status ?? 204).end();
        return;
      }
      sendCached(res, cachedResponse(JSON.stringify(body)), spec.status ?? 200);
    });
  }
}

/** JSON Schema of an object schema's properties, as OpenAPI parameters. */
function parameters(schema: z.ZodType | undefined, location: 'path' | 'query'): unknown[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: location,
      required: location === 'path' || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const ERROR_BODY = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'object' } },
    },
  },
};

/** The OpenAPI 3.1 document of the route table. */
export function openApiDocument(routes: ReadonlyArray<RouteSpec<never, never>>, info: { title: string; version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes as ReadonlyArray<RouteSpec<unknown, unknown>>) {
    const path = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const success =
      spec.produces === 'csv'
        ? { description: 'CSV, UTF-8 with BOM', content: { 'text/csv': { schema: { type: 'string' } } } }
        : spec.produces === 'empty'
          ? { description: 'done' }
          : { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } };
    paths[path] ??= {};
    paths[path][spec.method] = {
      summary: spec.summary,
      tags: [spec.tag],
      operationId: `${spec.method}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      parameters: [...parameters(spec.params, 'path'), ...parameters(spec.query, 'query')],
      ...(spec.admin ? { security: [{ bearer: [] }] } : {}),
      ...(spec.method === 'post'
        ? { requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } }
        : {}),
      responses: {
        [String(spec.status ?? (spec.produces === 'empty' ? 204 : 200))]: success,
        default: { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      schemas: { Error: ERROR_BODY },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
