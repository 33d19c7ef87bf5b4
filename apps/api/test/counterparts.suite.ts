// A unit across places and plans over real HTTP: the seed and its 湖州市 copy, so each 衢州市 unit has a
// counterpart in 湖州市, and the county governments of both cities are each other's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUZHOU_DOC as HUZHOU, QUZHOU_DOC as QUZHOU, twoCitySeeds } from '../../../scripts/test-support/two-cities.js';
import { body, type RunningApi } from './utils/api.js';

const ECO_QUZHOU = 'unit_34lliq8kmeux3';
const ECO_HUZHOU = 'unit_13yo0u5yihpxv';
const CHANGSHAN = 'unit_08vja7gfwn2nt';

const quzhouPlan = { id: QUZHOU, title: '衢州市生态文明示范创建行动实施方案', jurisdiction: '衢州市', year: null };
const huzhouPlan = { id: HUZHOU, title: '湖州市生态文明示范创建行动实施方案', jurisdiction: '湖州市', year: null };

export function runCounterpartsSuite(name: string, start: (seedsDir: string) => Promise<RunningApi>): void {
  describe(`API counterparts and a unit's plans over two cities (${name})`, () => {
    let api: RunningApi;
    beforeAll(async () => {
      api = await start(twoCitySeeds());
    }, 180_000);
    afterAll(async () => {
      await api.close();
    });

    it('GET /api/units/:id says the function its counterparts share', async () => {
      expect((await api.json(`/api/units/${ECO_QUZHOU}`)).function).toBe('生态环境局');
      expect((await api.json(`/api/units/${CHANGSHAN}`)).function).toBe('政府');
    });

    it('GET /api/units/:id/counterparts: 湖州市’s 市生态环境局 for 衢州市’s, with its place, plan and counts', async () => {
      expect(await api.json(`/api/units/${ECO_QUZHOU}/counterparts`)).toEqual({
        items: [
          {
            unit: { id: ECO_HUZHOU, name: '市生态环境局', kind: 'municipal_department', jurisdiction: '湖州市' },
            jurisdictionCode: '330500',
            level: 'city',
            plans: [huzhouPlan],
            planTotal: 1,
            // The copy says what the seed says: 48 tasks led, 45 supported, 19 projects.
            counts: { lead: 48, support: 45, projects: 19 },
          },
        ],
        total: 1,
        limit: 20,
        offset: 0,
      });
    });

    it('GET /api/units/:id/counterparts of 常山县政府: the other county governments by GB/T 2260 code, 湖州’s (its plan expands 各县（市、区）政府 into them) before 衢州’s', async () => {
      const page = await api.json(`/api/units/${CHANGSHAN}/counterparts`);
      expect(page.total).toBe(10);
      expect(page.items.map((c: { unit: { name: string; jurisdiction: string }; jurisdictionCode: string; level: string; planTotal: number }) => [c.unit.name, c.unit.jurisdiction, c.jurisdictionCode, c.level, c.planTotal])).toEqual([
        ['吴兴区政府', '吴兴区', '330502', 'county', 1],
        ['南浔区政府', '南浔区', '330503', 'county', 1],
        ['德清县政府', '德清县', '330521', 'county', 1],
        ['长兴县政府', '长兴县', '330522', 'county', 1],
        ['安吉县政府', '安吉县', '330523', 'county', 1],
        ['柯城区政府', '柯城区', '330802', 'county', 2],
        ['衢江区政府', '衢江区', '330803', 'county', 2],
        ['开化县政府', '开化县', '330824', 'county', 2],
        ['龙游县政府', '龙游县', '330825', 'county', 2],
        ['江山市政府', '江山市', '330881', 'county', 2],
      ]);
      expect(page.items[0].plans).toEqual([huzhouPlan]);
      // Both plans name the 衢州 counties (the copy keeps the seed's rows); without a year, by title: 湖 (U+6E56) before 衢 (U+8862).
      expect(page.items[5].plans).toEqual([huzhouPlan, quzhouPlan]);
      const second = await api.json(`/api/units/${CHANGSHAN}/counterparts?limit=2&offset=2`);
      expect([second.total, second.items.map((c: { unit: { name: string } }) => c.unit.name)]).toEqual([10, ['德清县政府', '长兴县政府']]);
    });

    it('GET /api/units/:id/plans: each plan naming the unit with its written counts there', async () => {
      expect(await api.json(`/api/units/${ECO_QUZHOU}/plans`)).toEqual({ items: [{ document: quzhouPlan, counts: { lead: 48, support: 45, projects: 19 } }], total: 1, limit: 20, offset: 0 });
      // 常山县政府 is written on projects 2 and 14 of each plan; its tasks come only through 各县（市、区）政府.
      expect(await api.json(`/api/units/${CHANGSHAN}/plans`)).toEqual({
        items: [
          { document: huzhouPlan, counts: { lead: 0, support: 0, projects: 2 } },
          { document: quzhouPlan, counts: { lead: 0, support: 0, projects: 2 } },
        ],
        total: 2,
        limit: 20,
        offset: 0,
      });
      expect((await api.json(`/api/units/${CHANGSHAN}/plans?limit=1&offset=1`)).items.map((p: { document: { id: string } }) => p.document.id)).toEqual([QUZHOU]);
    });

    it('404 for an unknown unit, 400 naming the field for a bad page', async () => {
      for (const path of ['counterparts', 'plans']) {
        const missing = await api.get(`/api/units/unit_nope/${path}`);
        expect([missing.status, (await body(missing)).error.code]).toEqual([404, 'not-found']);
        // A task's id where a unit's goes: no such unit.
        const task = await api.get(`/api/units/${QUZHOU}.t22/${path}`);
        expect([task.status, (await body(task)).error.code]).toEqual([404, 'not-found']);
        const bad = await api.get(`/api/units/${ECO_QUZHOU}/${path}?limit=0`);
        const json = await body(bad);
        expect([bad.status, json.error.code, json.error.details.issues[0].path]).toEqual([400, 'invalid-request', 'query.limit']);
      }
    });
  });
}
