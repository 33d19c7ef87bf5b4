// /api/openapi.json as a client uses it: every response is held to it (utils/api.ts), a drifting answer
// fails, and a client generated from it (openapi-typescript + openapi-fetch) type-checks against it.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { createMemoryGraphStore, type GraphStore } from '@dutymap/graph';
import { Stats, type UnitDetail } from '@dutymap/model';
import { z } from 'zod';
import { openApiDocument, route } from '../src/http/route.js';
import { qs, startApi, type RunningApi } from './utils/api.js';
import { responseChecker, type ResponseChecker } from './utils/openapi.js';

describe('responses are held to /api/openapi.json', () => {
  // What the store's unit() answers is changed on its way out, as a careless edit of an adapter would.
  let drift: ((detail: UnitDetail) => unknown) | undefined;
  let api: RunningApi;
  let id: string;
  beforeAll(async () => {
    const graph = await createMemoryGraphStore();
    const unit = async (unitId: string) => {
      const detail = await graph.unit(unitId);
      return drift ? drift(detail) : detail;
    };
    const drifting = new Proxy(graph, { get: (target, name, receiver) => (name === 'unit' ? unit : Reflect.get(target, name, receiver)) }) as GraphStore;
    api = await startApi({ graph: drifting, responseCacheMb: 0 });
    id = (await api.json(`/api/units${qs({ q: '市妇联' })}`)).items[0].id;
  });
  afterAll(async () => {
    await api.close();
  });

  it('an answer as the document says passes; a field added, dropped or retyped fails the request that met it', async () => {
    drift = undefined;
    expect((await api.get(`/api/units/${id}`)).status).toBe(200);
    const cases: Array<[string, (detail: UnitDetail) => unknown, string]> = [
      ['added', (detail) => ({ ...detail, rank: 1 }), 'GET /api/units/{id} 200: / must NOT have additional properties (rank)'],
      ['dropped', ({ inferredCounts: _, ...detail }) => detail, "GET /api/units/{id} 200: / must have required property 'inferredCounts'"],
      ['retyped', (detail) => ({ ...detail, documentIds: detail.documentIds.join(',') }), 'GET /api/units/{id} 200: /documentIds must be array'],
      ['nested', (detail) => ({ ...detail, unit: { ...detail.unit, jurisdiction: null } }), 'GET /api/units/{id} 200: /unit/jurisdiction must be string'],
    ];
    for (const [what, change, message] of cases) {
      drift = change;
      await expect(api.get(`/api/units/${id}`), what).rejects.toThrow(message);
    }
  });
});

describe('a route declares its answer', () => {
  const info = { title: 't', version: '0' };
  it('a JSON route without a response schema, or whose handler returns another shape, does not compile; one without a name is refused', () => {
    // @ts-expect-error -- a JSON route must say what it answers
    const unsaid = route({ method: 'get', path: '/api/x', tag: 't', summary: 's', handler: async () => ({ documents: 1 }) });
    // @ts-expect-error -- the handler's answer must be of the response schema's type
    const wrong = route({ method: 'get', path: '/api/x', tag: 't', summary: 's', response: Stats, handler: async () => ({ documents: 1 }) });
    const unnamed = route({ method: 'get', path: '/api/x', tag: 't', summary: 's', response: z.object({ documents: z.number() }), handler: async () => ({ documents: 1 }) });
    const csv = route({ method: 'get', path: '/api/x.csv', tag: 't', summary: 's', produces: 'csv', handler: async () => undefined });
    for (const spec of [unsaid, unnamed]) {
      expect(() => openApiDocument([spec] as never, info)).toThrow('GET /api/x: the response schema has no id; declare it in @dutymap/model with .meta({ id }) (or use pageOf)');
    }
    const doc = openApiDocument([wrong, csv] as never, info) as { paths: Record<string, { get: { responses: Record<string, unknown> } }>; components: { schemas: Record<string, unknown> } };
    expect(doc.paths['/api/x']?.get.responses['200']).toEqual({ description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Stats' } } } });
    expect(Object.keys(doc.components.schemas)).toEqual(['Error', 'RelationType', 'Stats']);
  });
});

describe('the response check', () => {
  let checker: ResponseChecker;
  beforeAll(async () => {
    const api = await startApi();
    try {
      checker = responseChecker((await api.json('/api/openapi.json')) as Record<string, unknown>);
    } finally {
      await api.close();
    }
  });

  it('names what differs: a success where the document has none, a status or media type it does not list, an error body that is not an Error', () => {
    const json = 'application/json; charset=utf-8';
    const stats = { documents: 1, sections: 0, tasks: 0, projects: 0, units: 0, enterprises: 0, places: 0, relations: { LEADS: 0, SUPPORTS: 0, RESPONSIBLE_FOR: 0, MENTIONS: 0, IMPLEMENTS: 0, IN_SECTION: 0, PART_OF: 0 }, inferredRelations: 0 };
    expect(checker.problems('GET', '/api/stats', 200, json, stats)).toEqual([]);
    expect(checker.problems('GET', '/api/stats', 200, json, { ...stats, relations: { ...stats.relations, OWNS: 1 } })).toEqual(['GET /api/stats 200: /relations must be equal to one of the allowed values', 'GET /api/stats 200: /relations property name must be valid (OWNS)']);
    expect(checker.problems('GET', '/api/statistics', 200, json, stats)).toEqual(['GET /api/statistics 200: no operation in the document']);
    expect(checker.problems('GET', '/api/stats', 202, json, stats)).toEqual(['GET /api/stats 202: status not in the document (200, default)']);
    expect(checker.problems('GET', '/api/units/u1/tasks.csv', 200, json, {})).toEqual(['GET /api/units/{id}/tasks.csv 200: application/json; charset=utf-8, the document says text/csv']);
    expect(checker.problems('GET', '/api/stats', 503, json, { error: { code: 'store-closed', message: 'a store is unavailable', details: {} } })).toEqual([]);
    expect(checker.problems('GET', '/api/nowhere', 404, json, { error: { code: 'route-not-found' } })).toEqual(["GET /api/nowhere 404 as Error: /error must have required property 'message'"]);
  });
});

describe('a typed client generated from /api/openapi.json', () => {
  // The generated types and the program that uses them live beside this file, in memory only, so that
  // `openapi-fetch` resolves from this package's node_modules.
  const dir = fileURLToPath(new URL('./', import.meta.url));
  const generated = join(dir, 'generated-api.d.ts');
  const program = join(dir, 'generated-client-use.ts');
  const options: ts.CompilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  };
  let types: string;
  let previous: ts.Program | undefined;
  /** The compiler's complaints about `source` using the generated client, one line each. */
  const typeErrors = (source: string): string[] => {
    const files = new Map([
      [generated, types],
      [program, source],
    ]);
    const host = ts.createCompilerHost(options);
    const { fileExists, readFile, getSourceFile } = host;
    host.fileExists = (file) => files.has(file) || fileExists(file);
    host.readFile = (file) => files.get(file) ?? readFile(file);
    host.getSourceFile = (file, language, ...rest) => {
      const text = files.get(file);
      return text === undefined ? getSourceFile(file, language, ...rest) : ts.createSourceFile(file, text, language);
    };
    previous = ts.createProgram([program], options, host, previous);
    return ts.getPreEmitDiagnostics(previous).map((d) => `${d.file ? `${d.file.fileName.slice(dir.length)}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  };
  const use = (read: string) => `
import createClient from 'openapi-fetch';
import type { paths } from './generated-api.js';

const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:8080' });

export async function firstUnit(): Promise<string> {
  const { data, error } = await client.GET('/api/units', { params: { query: { q: '生态', jurisdiction: ['衢州市'], limit: 5 } } });
  if (error) return error.error.code;
  ${read}
}
`;

  beforeAll(async () => {
    const api = await startApi();
    try {
      types = astToString(await openapiTS(await (await api.get('/api/openapi.json')).text()));
    } finally {
      await api.close();
    }
  });

  it('generates types in which a page of units has items with their jurisdiction and a total', () => {
    expect(typeErrors(use('const place: string | undefined = data.items[0]?.jurisdiction;\n  const total: number = data.total;\n  return `${place} ${total}`;'))).toEqual([]);
  });

  it('the compiler refuses a field the document does not have, and a field of another type', () => {
    expect(typeErrors(use('return data.items[0]?.place ?? "";'))).toEqual([
      expect.stringMatching(/^generated-client-use\.ts: Property 'place' does not exist on type '\{ id: string; name: string; kind: .*; jurisdiction: string; counts: .*; aliases: string\[\]; fullName: string \| null; nameEn: string \| null; \}'\.$/),
    ]);
    expect(typeErrors(use('return data.total;'))).toEqual(["generated-client-use.ts: Type 'number' is not assignable to type 'string'."]);
  });
});
