// /api/openapi.json as a client uses it: every response is held to it (utils/api.ts), a drifting answer
// fails, and a client generated from it (openapi-typescript + openapi-fetch) type-checks against it.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { createMemoryGraphStore, type GraphStore } from '@dutymap/graph';
import type { UnitDetail } from '@dutymap/model';
import { qs, startApi, type RunningApi } from './utils/api.js';

describe('responses are held to /api/openapi.json', () => {
  // What the store's unit() answers is changed on its way out, as a careless edit of an adapter would.
  let drift: ((detail: UnitDetail) => unknown) | undefined;
  let api: RunningApi;
  let id: string;
  beforeAll(async () => {
    const graph = await createMemoryGraphStore();
    const drifting = new Proxy(graph, {
      get: (target, name, receiver) =>
        name === 'unit' ? async (unitId: string) => ((detail: UnitDetail) => (drift ? drift(detail) : detail))(await graph.unit(unitId)) : Reflect.get(target, name, receiver),
    }) as GraphStore;
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
