// Uploads as an operator and an attacker try them: the token before the body, limits before the
// bytes, safe names, and a failure anywhere (parse, graph, index, file) that changes nothing.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError, type GraphStore } from '@dutymap/graph';
import { SearchUnavailableError } from '@dutymap/search';
import { workerParser } from '../src/ingestion/parser.js';
import { auth, body, qs, startApi, testParser, type RunningApi, type StartOptions } from './utils/api.js';
import { faulty } from './utils/faults.js';
import { largePlan, planText } from './utils/plans.js';

export interface GraphLane {
  /** An empty store. */
  create(): Promise<GraphStore>;
  /** The store as the last one left it (a restart): a new empty one for the embedded store, the same database for Neo4j. */
  reopen(): Promise<GraphStore>;
}

const V1 = planText('版本测试', [{ text: '开展第一版青蛙保护行动。', lead: '市测试局', support: '市妇联' }]);
const V2 = planText('版本测试', [
  { text: '开展第二版蝴蝶保护行动。', lead: '市测试局', support: '市妇联' },
  { text: '开展第二版蜻蜓保护行动。', lead: '市测试局', support: '市水利局' },
]);

/** Sends headers and the first `sent` bytes of a body declared as `declared` bytes; resolves with the answer. */
function partialUpload(url: string, path: string, headers: Record<string, string>, declared: number, sent: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: 'POST', headers: { ...headers, 'content-length': String(declared) } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
    // The server may close the connection once it has answered: that is the point.
    req.on('error', () => undefined);
    req.write(Buffer.alloc(sent, 0x41));
  });
}

export function runUploadSuite(name: string, lane: GraphLane): void {
  describe(`uploads (${name})`, () => {
    const running: RunningApi[] = [];
    const start = async (options: StartOptions = {}) => {
      const api = await startApi({ graph: await lane.create(), ...options });
      running.push(api);
      return api;
    };
    const restart = async (dataDir: string) => {
      const api = await startApi({ graph: await lane.reopen(), dataDir });
      running.push(api);
      return api;
    };
    afterEach(async () => {
      await Promise.all(running.splice(0).map((api) => api.close()));
    });
    const upload = (api: RunningApi, fileName: string, text: string | Uint8Array, headers: Record<string, string> = auth) =>
      api.get(`/api/documents${qs({ name: fileName })}`, { method: 'POST', body: text, headers });
    const uploads = (api: RunningApi) => readdirSync(join(api.dataDir, 'uploads'), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
    const found = async (api: RunningApi, word: string) => (await api.json(`/api/search${qs({ q: word, type: 'task' })}`)).total as number;

    /** v1 is what every store holds: the graph (one task), the index (its words), the file (its bytes). */
    const expectV1 = async (api: RunningApi, documentId: string) => {
      const documents = await api.json('/api/documents');
      expect(documents.items.map((d: { id: string; taskCount: number }) => [d.id, d.taskCount]).filter(([id]: [string]) => id === documentId)).toEqual([[documentId, 1]]);
      expect(await found(api, '青蛙')).toBe(1);
      expect(await found(api, '蝴蝶')).toBe(0);
      const files = uploads(api).filter((f) => f.startsWith(documentId));
      expect(files).toEqual([`${documentId}--v1.txt`]);
      expect(readFileSync(join(api.dataDir, 'uploads', files[0]!), 'utf8')).toBe(V1);
    };

    describe('before a byte of the body is read', () => {
      it('checks the token: 401 without, 403 wrong, 403 when uploads are off (19 MB declared, 64 KB sent)', async () => {
        const api = await start();
        const path = `/api/documents${qs({ name: 'big.txt' })}`;
        const declared = 19 * 1024 * 1024;
        const none = await partialUpload(api.url, path, {}, declared, 65_536);
        expect([none.status, JSON.parse(none.body).error.code]).toEqual([401, 'unauthorized']);
        const wrong = await partialUpload(api.url, path, { authorization: 'Bearer wrong-token-0123456789' }, declared, 65_536);
        expect([wrong.status, JSON.parse(wrong.body).error.code]).toEqual([403, 'forbidden']);
        const closed = await start({ adminToken: '' });
        const off = await partialUpload(closed.url, path, auth, declared, 65_536);
        expect([off.status, JSON.parse(off.body).error.code]).toEqual([403, 'uploads-disabled']);
        expect(readdirSync(api.dataDir)).toEqual([]);
      });

      it('refuses a declared length over the limit: 413', async () => {
        const api = await start({ uploadLimitBytes: 1024 });
        const res = await partialUpload(api.url, `/api/documents${qs({ name: 'big.txt' })}`, auth, 4096, 512);
        expect([res.status, JSON.parse(res.body).error]).toEqual([413, { code: 'payload-too-large', message: 'the request body is larger than the 1024 bytes the server accepts', details: { limitBytes: 1024 } }]);
        expect(readdirSync(api.dataDir)).toEqual([]);
      });

      it('refuses a type it cannot read and a form: 415', async () => {
        const api = await start();
        const pdf = await upload(api, 'plan.pdf', 'x');
        expect([pdf.status, (await body(pdf)).error.code]).toEqual([415, 'unsupported-media-type']);
        const form = new FormData();
        form.append('file', new Blob([V1]), 'plan.txt');
        const multipart = await api.get(`/api/documents${qs({ name: 'plan.txt' })}`, { method: 'POST', body: form, headers: auth });
        expect([multipart.status, (await body(multipart)).error.code]).toEqual([415, 'unsupported-media-type']);
        expect((await api.json('/api/documents')).total).toBe(1);
      });
    });

    it('counts a chunked body as it arrives: 413 past the limit, nothing left behind', async () => {
      const api = await start({ uploadLimitBytes: 1024 });
      const stream = new ReadableStream({
        start(controller) {
          for (let i = 0; i < 8; i += 1) controller.enqueue(new Uint8Array(512).fill(0x41));
          controller.close();
        },
      });
      const res = await api.get(`/api/documents${qs({ name: 'big.txt' })}`, { method: 'POST', body: stream, headers: auth, duplex: 'half' } as RequestInit);
      expect([res.status, (await body(res)).error.code]).toEqual([413, 'payload-too-large']);
      expect(uploads(api)).toEqual([]);
    });

    it('keeps a long Chinese name within the file system limit, with its extension; no path, NUL or line break survives', async () => {
      const api = await start();
      const res = await upload(api, `../../etc/${'测'.repeat(20)}\r\n\u0000${'测'.repeat(80)}.txt`, V1);
      expect(res.status).toBe(201);
      const report = await body(res);
      // 176 bytes of name before the extension: 20 + 37 characters of 3 bytes and the 3 replaced control characters.
      const sourceName = `${'测'.repeat(20)}___${'测'.repeat(37)}.txt`;
      expect(report.document.sourceName).toBe(sourceName);
      const stored = `${report.document.id}--${sourceName}`;
      expect(uploads(api)).toEqual([stored]);
      expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(255);
      const task = await api.json(`/api/tasks/${report.document.id}.t1`);
      expect(task.provenance.sourceName).toBe(sourceName);
    });

    it('a name cut to length keeps its extension: a valid .txt is read, not refused', async () => {
      const api = await start();
      const res = await upload(api, `${'a'.repeat(400)}.txt`, V1);
      expect(res.status).toBe(201);
      expect((await body(res)).document.sourceName).toBe(`${'a'.repeat(176)}.txt`);
    });

    it('a file the parser cannot read: 422 naming the file, never the server path; nothing kept', async () => {
      const api = await start();
      const res = await upload(api, '报表.xlsx', 'not a zip');
      expect(res.status).toBe(422);
      const json = await body(res);
      expect(json.error.code).toBe('unparsable-document');
      expect(json.error.details.diagnostics[0].message.startsWith('报表.xlsx: not a readable .xlsx file')).toBe(true);
      expect(JSON.stringify(json)).not.toContain(api.dataDir);
      expect(JSON.stringify(json)).not.toContain('.staging-');
      expect(uploads(api)).toEqual([]);
    });

    it('a parse over its budget: 422 parse-budget-exceeded, nothing kept', async () => {
      const tight = workerParser({ timeoutMs: 1, memoryMb: 512 });
      const api = await start({ parse: (path, sourceName) => (path.includes('.staging-') ? tight : testParser)(path, sourceName) });
      const res = await upload(api, 'v1.txt', V1);
      expect(res.status).toBe(422);
      expect((await body(res)).error).toMatchObject({ code: 'parse-budget-exceeded', details: { budget: 'time', limit: 1 } });
      expect(uploads(api)).toEqual([]);
      expect((await api.json('/api/documents')).total).toBe(1);
    });

    it('answers health and reads while a large plan parses', async () => {
      let parsing: () => void = () => undefined;
      const started = new Promise<void>((resolve) => (parsing = resolve));
      let settled = false;
      const api = await start({
        parse: async (path, sourceName) => {
          if (!path.includes('.staging-')) return testParser(path, sourceName);
          parsing();
          try {
            return await testParser(path, sourceName);
          } finally {
            settled = true;
          }
        },
      });
      const pending = upload(api, 'large.txt', largePlan('大型测试', 3000));
      await started;
      const health = await api.get('/healthz');
      const stats = await api.get('/api/stats');
      const answeredDuringParse = !settled;
      expect([health.status, stats.status]).toEqual([200, 200]);
      expect((await body(stats)).tasks).toBe(117);
      expect(answeredDuringParse).toBe(true);
      const done = await pending;
      expect(done.status).toBe(201);
      expect((await body(done)).document.taskCount).toBe(3000);
    });

    describe('a failed re-upload keeps the earlier version in file, graph and index', () => {
      const firstVersion = async (options: StartOptions = {}) => {
        const api = await start(options);
        const res = await upload(api, 'v1.txt', V1);
        expect(res.status).toBe(201);
        return { api, documentId: (await body(res)).document.id as string };
      };

      it('when the index fails: 503, and v1 everywhere, also after a restart', async () => {
        const search = faulty(await (await import('@dutymap/search')).createEmbeddedSearchIndex());
        const { api, documentId } = await firstVersion({ search: search.store });
        search.fail('indexDocument', new SearchUnavailableError('test: the index is down'));
        const res = await upload(api, 'v2.txt', V2);
        expect([res.status, (await body(res)).error.code]).toEqual([503, 'search-unavailable']);
        search.heal();
        await expectV1(api, documentId);
        await expectV1(await restart(api.dataDir), documentId);
      });

      it('when the graph store fails: 503, and v1 everywhere', async () => {
        const graph = faulty(await lane.create());
        const { api, documentId } = await firstVersion({ graph: graph.store });
        graph.fail('loadDocument', new StoreUnavailableError('test: the graph store is down'));
        const res = await upload(api, 'v2.txt', V2);
        expect([res.status, (await body(res)).error.code]).toEqual([503, 'store-unavailable']);
        graph.heal();
        await expectV1(api, documentId);
      });

      it('when the file cannot be put in place: 500, and v1 everywhere, also after a restart', async () => {
        const { api, documentId } = await firstVersion();
        // A folder where the new file should go: the rename fails as a full disk or a bad name would.
        mkdirSync(join(api.dataDir, 'uploads', `${documentId}--v2.txt`, 'blocker'), { recursive: true });
        const res = await upload(api, 'v2.txt', V2);
        expect([res.status, (await body(res)).error]).toEqual([500, { code: 'internal', message: 'internal server error' }]);
        await expectV1(api, documentId);
        await expectV1(await restart(api.dataDir), documentId);
      });

      it('a re-upload that works replaces v1 in every store', async () => {
        const { api, documentId } = await firstVersion();
        const res = await upload(api, 'v2.txt', V2);
        expect(res.status).toBe(201);
        expect(uploads(api)).toEqual([`${documentId}--v2.txt`]);
        expect([await found(api, '青蛙'), await found(api, '蝴蝶')]).toEqual([0, 1]);
      });
    });

    it('a failed first upload leaves nothing behind', async () => {
      const search = faulty(await (await import('@dutymap/search')).createEmbeddedSearchIndex());
      const api = await start({ search: search.store });
      search.fail('indexDocument', new SearchUnavailableError('test: the index is down'));
      expect((await upload(api, 'v1.txt', V1)).status).toBe(503);
      search.heal();
      expect((await api.json('/api/documents')).total).toBe(1);
      expect(await found(api, '青蛙')).toBe(0);
      expect(uploads(api)).toEqual([]);
    });

    it('a failed delete keeps the document in file, graph and index', async () => {
      const search = faulty(await (await import('@dutymap/search')).createEmbeddedSearchIndex());
      const api = await start({ search: search.store });
      const documentId = (await body(await upload(api, 'v1.txt', V1))).document.id as string;
      search.fail('removeDocument', new SearchUnavailableError('test: the index is down'));
      expect((await api.get(`/api/documents/${documentId}`, { method: 'DELETE', headers: auth })).status).toBe(503);
      search.heal();
      await expectV1(api, documentId);
    });

    it('at start, removes what an interrupted upload left: staging files and a superseded version', async () => {
      const api = await start();
      const documentId = (await body(await upload(api, 'v1.txt', V1))).document.id as string;
      const dir = join(api.dataDir, 'uploads');
      writeFileSync(join(dir, '.staging-0123456789ab.txt'), 'half an upload');
      // An older file of the same document under another name, as a crash between rename and delete leaves it.
      writeFileSync(join(dir, `${documentId}--old.txt`), V2);
      const { utimesSync } = await import('node:fs');
      utimesSync(join(dir, `${documentId}--old.txt`), new Date(2020, 0, 1), new Date(2020, 0, 1));
      const again = await restart(api.dataDir);
      expect(again.startup.cleaned.sort()).toEqual(['.staging-0123456789ab.txt', `${documentId}--old.txt`].sort());
      expect(uploads(again)).toEqual([`${documentId}--v1.txt`]);
      await expectV1(again, documentId);
    });
  });
}
