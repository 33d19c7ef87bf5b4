// Two API processes over one Neo4j, sharing one data directory and one seeds folder: what one changes,
// the other serves within a second; started together, they load the seed once and repair nothing of each other's.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createNeo4jGraphStore } from '@dutymap/graph';
import { neo4jLane } from '../../../scripts/test-support/neo4j-lane.js';
import { ADMIN_TOKEN, auth, body, SEEDS_DIR } from './utils/api.js';
import { startApiProcess, type ApiProcess, type LogLine } from './utils/api-process.js';
import { planText } from './utils/plans.js';

const lane = await neo4jLane();

/** Seed document loads into the graph (a re-index of the embedded search alone says `reindexed`). */
const graphLoads = (logs: readonly LogLine[]) => logs.filter((l) => l.msg === 'ingested' && l['reindexed'] !== true).map((l) => l['document']);
const orphansRemoved = (logs: readonly LogLine[]) => logs.filter((l) => l.msg.startsWith('in the graph or the index but in no file')).map((l) => l['document']);

if (!lane.available) {
  describe('two API processes over one Neo4j', () => {
    it.skip(`did not run: ${lane.reason}`, () => undefined);
  });
} else {
  describe('two API processes over one Neo4j', () => {
    const running: ApiProcess[] = [];
    const dataDir = mkdtempSync(join(tmpdir(), 'dutymap-multi-'));
    const env = {
      NEO4J_URI: lane.target.uri,
      ...(lane.target.user ? { NEO4J_USER: lane.target.user, NEO4J_PASSWORD: lane.target.password ?? '' } : {}),
      DUTYMAP_DATA_DIR: dataDir,
      DUTYMAP_SEEDS_DIR: SEEDS_DIR,
      DUTYMAP_ADMIN_TOKEN: ADMIN_TOKEN,
    };
    const startBoth = async (): Promise<[ApiProcess, ApiProcess]> => {
      const both = await Promise.all([startApiProcess(env), startApiProcess(env)]);
      running.push(...both);
      return both;
    };
    const documents = async (api: ApiProcess): Promise<string[]> => {
      const res = await api.get(`/api/documents`);
      expect(res.status).toBe(200);
      // Which documents, by id (the list's own order is by place and year, tested elsewhere).
      return ((await body(res)).items as Array<{ id: string }>).map((d) => d.id).sort();
    };
    const upload = async (api: ApiProcess, name: string, text: string): Promise<string> => {
      const res = await api.get(`/api/documents?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { ...auth, 'content-type': 'application/octet-stream' }, body: text });
      expect(res.status).toBe(201);
      return (await body(res)).document.id as string;
    };
    /** Another instance's change shows within a second (the version check); 5 s bounds the wait. */
    const within = { timeout: 5_000, interval: 50 };
    let seedId = '';

    afterAll(async () => {
      await Promise.all(running.map((api) => api.stop()));
    });

    it('started at once on an empty store, the two load the seed once between them', async () => {
      const graph = await createNeo4jGraphStore(lane.target);
      try {
        for (const document of await graph.documentHashes()) await graph.removeDocument(document.id);
      } finally {
        await graph.close();
      }
      const [a, b] = await startBoth();
      const loads = [...graphLoads(a.logs), ...graphLoads(b.logs)];
      expect(loads).toHaveLength(1);
      seedId = loads[0] as string;
      expect(await documents(a)).toEqual([seedId]);
      expect(await documents(b)).toEqual([seedId]);
      expect([...orphansRemoved(a.logs), ...orphansRemoved(b.logs)]).toEqual([]);
    });

    it('an upload through one is served by the other, its cached answers and ETags replaced', async () => {
      const [a, b] = running as [ApiProcess, ApiProcess];
      const before = await b.get(`/api/stats`);
      const etag = before.headers.get('etag') as string;
      expect((await body(before)).documents).toBe(1);
      const id = await upload(a, '乙.txt', planText('多实例乙', [{ text: '建设多实例测试示范区。', lead: '市发改委', support: '市水利局' }]));
      await vi.waitFor(async () => expect(await documents(b)).toEqual([id, seedId].sort()), within);
      const after = await b.get(`/api/stats`, { headers: { 'if-none-match': etag } });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
      expect((await body(after)).documents).toBe(2);
      expect((await b.get(`/api/tasks/${id}.t1`)).status).toBe(200);
    });

    it('a delete through the other: the first stops serving the document', async () => {
      const [a, b] = running as [ApiProcess, ApiProcess];
      const [id] = (await documents(a)).filter((d) => d !== seedId);
      expect((await a.get(`/api/tasks/${id}.t1`)).status).toBe(200);
      expect((await b.get(`/api/documents/${id}`, { method: 'DELETE', headers: auth })).status).toBe(204);
      await vi.waitFor(async () => expect(await documents(a)).toEqual([seedId]), within);
      expect((await a.get(`/api/tasks/${id}.t1`)).status).toBe(404);
    });

    it('restarted at once, neither loads anything again nor takes the other\'s upload for an orphan', async () => {
      const [a, b] = running.splice(0) as [ApiProcess, ApiProcess];
      const kept = await upload(b, '丙.txt', planText('多实例丙', [{ text: '开展多实例重启测试。', lead: '市经信局', support: '市住建局' }]));
      await vi.waitFor(async () => expect(await documents(a)).toEqual([kept, seedId].sort()), within);
      expect(await Promise.all([a.stop(), b.stop()])).toEqual([0, 0]);
      const [c, d] = await startBoth();
      expect([...graphLoads(c.logs), ...graphLoads(d.logs)]).toEqual([]);
      expect([...orphansRemoved(c.logs), ...orphansRemoved(d.logs)]).not.toContain(kept);
      expect(await documents(c)).toEqual([kept, seedId].sort());
      expect(await documents(d)).toEqual([kept, seedId].sort());
      expect((await d.get(`/api/tasks/${kept}.t1`)).status).toBe(200);
    });
  });
}
