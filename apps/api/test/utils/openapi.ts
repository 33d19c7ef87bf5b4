// Holds every response the API suites receive to the served OpenAPI document: a field added, dropped or
// retyped without the document following fails the test that met it, so a client generated from the
// document can trust it.
import { get as httpGet } from 'node:http';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

type Json = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}

/** What a response is held to: its path's operation, or nothing (a probe outside /api, the document itself). */
export interface ResponseChecker {
  /** The problems of one response, empty when it is what the document says. */
  problems(method: string, url: string, status: number, contentType: string | null, body: unknown): string[];
}

const DOCUMENT_ID = 'openapi.json';
const isJson = (type: string | null) => type !== null && /^application\/json\b/.test(type);
/** JSON Pointer escaping of one segment (RFC 6901). */
const pointer = (segments: string[]) => segments.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

export function responseChecker(doc: Json): ResponseChecker {
  // strict off: the document is an OpenAPI document, not only JSON Schema (paths, info, …).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(doc, DOCUMENT_ID);
  const validators = new Map<string, ValidateFunction>();
  const validator = (at: string) => {
    let validate = validators.get(at);
    if (!validate) validators.set(at, (validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${at}` })));
    return validate;
  };
  const paths = doc.paths as Record<string, Record<string, Operation>>;
  // /api/units/{id} → ^/api/units/[^/]+$, the template with the most literal text first (tasks.csv before {id}).
  const templates = Object.keys(paths)
    .map((template) => ({ template, pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`) }))
    .sort((a, b) => b.template.replace(/\{[^}]+\}/g, '').length - a.template.replace(/\{[^}]+\}/g, '').length);
  const errorSchema = `/${pointer(['components', 'schemas', 'Error'])}`;
  const check = (at: string, what: string, body: unknown) => {
    const validate = validator(at);
    if (validate(body)) return [];
    // The offending key, where the message alone does not name it.
    const key = (params: Record<string, unknown>) => params.additionalProperty ?? params.propertyName;
    return (validate.errors ?? []).map((e) => `${what}: ${e.instancePath || '/'} ${e.message}${key(e.params) === undefined ? '' : ` (${String(key(e.params))})`}`);
  };

  return {
    problems(method, url, status, contentType, body) {
      const path = new URL(url, 'http://x').pathname;
      if (!path.startsWith('/api/') || path === '/api/openapi.json' || path === '/api/docs' || status === 304) return [];
      const template = templates.find((t) => t.pattern.test(path))?.template;
      const operation = template ? paths[template]?.[method.toLowerCase()] : undefined;
      if (!operation) {
        // Unknown routes and methods answer the error body; any success there is undocumented.
        if (status >= 400) return isJson(contentType) ? check(errorSchema, `${method} ${path} ${status} as Error`, body) : [`${method} ${path} ${status}: not JSON`];
        return method === 'HEAD' || method === 'OPTIONS' ? [] : [`${method} ${path} ${status}: no operation in the document`];
      }
      const key = String(status) in operation.responses ? String(status) : status >= 400 ? 'default' : undefined;
      if (!key) return [`${method} ${template} ${status}: status not in the document (${Object.keys(operation.responses).join(', ')})`];
      const content = operation.responses[key]?.content;
      if (!content) return body === undefined ? [] : [`${method} ${template} ${status}: a body where the document says none`];
      const mediaType = Object.keys(content).find((type) => contentType?.startsWith(type));
      if (!mediaType) return [`${method} ${template} ${status}: ${contentType ?? 'no content type'}, the document says ${Object.keys(content).join(', ')}`];
      if (!isJson(mediaType)) return [];
      return check(`/${pointer(['paths', template!, method.toLowerCase(), 'responses', key, 'content', mediaType, 'schema'])}`, `${method} ${template} ${status}`, body);
    },
  };
}

const checkers = new Map<string, ResponseChecker>();

/** The served /api/openapi.json, asked for from another loopback address so that it spends no test client's rate budget. */
function servedDocument(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    httpGet(`${url}/api/openapi.json`, { localAddress: '127.0.0.2' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`/api/openapi.json: ${res.statusCode}`))));
    }).on('error', reject);
  });
}

/**
 * `fetch` for the server at `url` that fails the request (and so the test that made it) when a response
 * is not what the server's own /api/openapi.json says: the path's schema for a success, the Error
 * schema for a failure. The document is read first, so tests that count requests or log lines find
 * only their own.
 */
export async function checkedFetch(url: string): Promise<(path: string, init?: RequestInit) => Promise<Response>> {
  const document = await servedDocument(url);
  return async (path, init) => {
    const res = await fetch(`${url}${path}`, init);
    await checkAgainstDocument(document, init?.method ?? 'GET', path, res);
    return res;
  };
}

async function checkAgainstDocument(text: string, method: string, path: string, res: Response): Promise<void> {
  let checker = checkers.get(text);
  if (!checker) checkers.set(text, (checker = responseChecker(JSON.parse(text) as Record<string, unknown>)));
  const type = res.headers.get('content-type');
  // Only a JSON body is read (from a copy): a spreadsheet is left to the test, which reads it.
  const json = type?.startsWith('application/json') ? await res.clone().text() : undefined;
  const problems = checker.problems(method, path, res.status, type, json ? JSON.parse(json) : undefined);
  if (problems.length > 0) throw new Error(`the response differs from /api/openapi.json:\n  ${problems.join('\n  ')}`);
}
