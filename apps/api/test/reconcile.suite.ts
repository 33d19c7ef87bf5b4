// Every start brings graph and index in line with the files on disk, on a store that outlives the process too.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '@dutymap/graph';
import { SEEDS_DIR, auth, body, qs, startApi, testParser, type RunningApi } from './utils/api.js';
import { planText } from './utils/plans.js';
import type { GraphLane } from './uploads.suite.js';

const EXTRA = planText('对账测试', [{ text: '开展鸳鸯栖息地保护行动。', lead: '市对账局', support: '市妇联' }]);
const SEED = 'quzhou-eco-civilization-plan.txt';

export function runReconcileSuite(name: string, lane: GraphLane & { persistent: boolean }): void {
  describe(`start-up reconciliation (${name})`, () => {
    const running: RunningApi[] = [];
    afterEach(async () => {
      await Promise.all(running.splice(0).map((api) => api.close()));
    });
    const seedsWith = (files: Record<string, string>) => {
      const dir = mkdtempSync(join(tmpdir(), 'dutymap-seeds-'));
      copyFileSync(join(SEEDS_DIR, SEED), join(dir, SEED));
      for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
      return dir;
    };
    const start = async (graph: Promise<GraphStore>, seedsDir: string, dataDir?: string) => {
      const api = await startApi({ graph: await graph, seedsDir, ...(dataDir ? { dataDir } : {}) });
      running.push(api);
      return api;
    };
    const titles = async (api: RunningApi) => (await api.json('/api/documents')).items.map((d: { title: string }) => d.title).sort();
    const found = async (api: RunningApi, word: string) => (await api.json(`/api/search${qs({ q: word })}`)).total as number;

    it('a plan taken out of seeds/ leaves graph and index at the next start', async () => {
      const seeds = seedsWith({ 'extra.txt': EXTRA });
      const first = await start(lane.create(), seeds);
      expect(await titles(first)).toEqual(['衢州市对账测试实施方案', '衢州市生态文明示范创建行动实施方案']);
      expect(await found(first, '鸳鸯')).toBe(1);
      const extraId = first.startup.reports.find((r) => r.document.title === '衢州市对账测试实施方案')!.document.id;
      await first.close();
      running.length = 0;
      rmSync(join(seeds, 'extra.txt'));

      const second = await start(lane.reopen(), seeds);
      expect(second.startup.orphans).toEqual(lane.persistent ? [extraId] : []);
      expect(await titles(second)).toEqual(['衢州市生态文明示范创建行动实施方案']);
      expect(await found(second, '鸳鸯')).toBe(0);
      expect((await second.json(`/api/units${qs({ q: '市对账局' })}`)).total).toBe(0);
      expect((await second.json('/api/stats')).documents).toBe(1);
    });

    it('a document in the graph that no file holds is removed from graph and index', async () => {
      const graph = await lane.create();
      const parsed = await testParser(join(SEEDS_DIR, SEED), SEED);
      const orphan = { ...parsed.graph, document: { ...parsed.graph.document, id: 'doc_orphan', title: '无文件的方案' } };
      await graph.loadDocument(relabel(orphan, parsed.graph.document.id, 'doc_orphan'));
      const api = await start(Promise.resolve(graph), seedsWith({}));
      expect(api.startup.orphans).toEqual(['doc_orphan']);
      expect(await titles(api)).toEqual(['衢州市生态文明示范创建行动实施方案']);
      expect((await api.get('/api/tasks/doc_orphan.t1')).status).toBe(404);
    });

    it('an upload replaces a seed of the same document, at every start', async () => {
      const seeds = seedsWith({ 'extra.txt': EXTRA });
      const first = await start(lane.create(), seeds);
      const replacement = planText('对账测试', [
        { text: '开展白鹭栖息地保护行动。', lead: '市对账局', support: '市妇联' },
        { text: '开展黑鹳栖息地保护行动。', lead: '市对账局', support: '市水利局' },
      ]);
      const res = await first.get(`/api/documents${qs({ name: 'extra-v2.txt' })}`, { method: 'POST', body: replacement, headers: auth });
      expect(res.status).toBe(201);
      const id = (await body(res)).document.id as string;
      await first.close();
      running.length = 0;

      const second = await start(lane.reopen(), seeds, first.dataDir);
      expect(second.startup.reports.filter((r) => r.document.id === id).map((r) => r.document.taskCount)).toEqual([2]);
      expect(second.startup.orphans).toEqual([]);
      expect([await found(second, '鸳鸯'), await found(second, '白鹭')]).toEqual([0, 1]);
      expect((await second.json('/api/documents')).total).toBe(2);
    });
  });
}

/** The same graph under another document id: every id that starts with the old one is renamed. */
function relabel<T>(value: T, from: string, to: string): T {
  return JSON.parse(JSON.stringify(value).split(`"${from}`).join(`"${to}`)) as T;
}
