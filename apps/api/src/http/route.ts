// One route table: each endpoint is declared once, with the schemas of its input and of its answer, then registered on Express and described in OpenAPI.
import { createHash } from 'node:crypto';
import type { Request, Response, Router } from 'express';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { ApiErrorBody } from '@dutymap/model';
import { ValidationError } from '../errors.js';
import { XLSX_TYPE } from './csv.js';

type Method = 'get' | 'post' | 'delete';

export interface RouteContext<P, Q> {
  params: P;
  query: Q;
  req: Request;
  res: Response;
}

interface RouteBase<P, Q> {
  method: Method;
  /** Express path (`/api/units/:id`). */
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** Needs `Authorization: Bearer <DUTYMAP_ADMIN_TOKEN>`. */
  admin?: boolean;
  /** Status of a success (default 200, 204 for no body). */
  status?: number;
}

/**
 * A JSON route declares what it answers: `response` is a zod schema from @dutymap/model with an id
 * (`.meta({ id: 'UnitDetail' })`, or `pageOf(UnitMatch)` for a page), the handler must return its
 * type, and the OpenAPI document describes the answer as `#/components/schemas/<id>`. A new answer
 * shape is a new schema in @dutymap/model, not a shape written here.
 */
export interface JsonRoute<P, Q, R extends z.ZodType> extends RouteBase<P, Q> {
  /** What a success returns: JSON (the default). */
  produces?: 'json';
  response: R;
  handler(ctx: RouteContext<P, Q>): Promise<z.output<R>>;
}

/** A route that sends its own body (CSV, XLSX) or none. */
export interface OtherRoute<P, Q> extends RouteBase<P, Q> {
  /** What a success returns: a spreadsheet (CSV or XLSX), or no body. */
  produces: 'csv' | 'xlsx' | 'empty';
  response?: never;
  /** Sends the response itself (or leaves it to an empty success) and returns undefined. */
  handler(ctx: RouteContext<P, Q>): Promise<undefined>;
}

export type RouteSpec<P = unknown, Q = unknown, R extends z.ZodType = z.ZodType> = OtherRoute<P, Q> | JsonRoute<P, Q, R>;

/** Declares a route with inferred param, query and response types. */
export function route<P = Record<string, never>, Q = Record<string, never>, R extends z.ZodType = z.ZodType>(spec: RouteSpec<P, Q, R>): RouteSpec<P, Q, R> {
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

const SCHEMAS = '#/components/schemas/';

/** The `$ref` of a named schema; a JSON route's response must be one, so the document names every answer. */
function refTo(schema: z.ZodType | undefined, where: string): { $ref: string } {
  const id = schema && z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error(`${where}: the response schema has no id; declare it in @dutymap/model with .meta({ id }) (or use pageOf)`);
  return { $ref: `${SCHEMAS}${id}` };
}

/**
 * The components the document refers to, directly or through other components: every named zod schema
 * (`.meta({ id })`) as JSON Schema 2020-12 (OpenAPI 3.1's dialect) of what the API sends (io output),
 * each nested named schema a `$ref`. An object lists every field it has (`additionalProperties: false`).
 */
function components(roots: unknown): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { io: 'output', uri: (id) => `${SCHEMAS}${id}` });
  // Each component without its own $schema and $id: it lives inside the document, whose dialect is 2020-12.
  const all: Record<string, unknown> = Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]));
  // The registry holds every named schema of the process (port answers the API never sends among them): keep what is referred to.
  const used: Record<string, unknown> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith(SCHEMAS)) {
          const id = value.slice(SCHEMAS.length);
          if (!(id in used)) {
            used[id] = all[id];
            visit(all[id]);
          }
        } else visit(value);
      }
    }
  };
  visit(roots);
  return Object.fromEntries(Object.keys(used).sort().map((id) => [id, used[id]]));
}

/** The OpenAPI 3.1 document of the route table: parameters from the query schemas, answers from the response schemas. */
export function openApiDocument(routes: ReadonlyArray<RouteSpec<never, never>>, info: { title: string; version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = { description: 'error', content: { 'application/json': { schema: refTo(ApiErrorBody, 'errors') } } };
  for (const spec of routes as ReadonlyArray<RouteSpec<unknown, unknown>>) {
    const path = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const success =
      spec.produces === 'csv'
        ? { description: 'CSV, UTF-8 with BOM', content: { 'text/csv': { schema: { type: 'string' } } } }
        : spec.produces === 'xlsx'
          ? { description: 'an Excel workbook', content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } } }
          : spec.produces === 'empty'
            ? { description: 'done' }
            : { description: 'OK', content: { 'application/json': { schema: refTo(spec.response, `${spec.method.toUpperCase()} ${spec.path}`) } } };
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
        default: error,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      schemas: components(paths),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
