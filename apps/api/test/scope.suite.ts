// Many plans in one graph: the seed and the same plan re-issued by 湖州市, answered by place and by plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUZHOU_DOC as HUZHOU, QUZHOU_DOC as QUZHOU, twoCitySeeds } from '../../../scripts/test-support/two-cities.js';
import { body, qs, type RunningApi } from './utils/api.js';

/** `?name=a&name=b`: a parameter repeated. */
const many = (name: string, values: string[]) => values.map((v) => `${name}=${encodeURIComponent(v)}`).join('&');

export function runScopeSuite(name: string, start: (seedsDir: string) => Promise<RunningApi>): void {
  describe(`API scope over two cities (${name})`, () => {
    let api: RunningApi;
    beforeAll(async () => {
      api = await start(twoCitySeeds());
    }, 180_000);
    afterAll(async () => {
      await api.close();
    });

    it('GET /api/documents gives each plan its title, place, counts and load time, by place code, in a scope', async () => {
      const { items, total } = await api.json('/api/documents');
      expect(total).toBe(2);
      // 湖州市 (330500) before 衢州市 (330800); the 湖州 copy also names 衢州's six counties, 43 + 11 units.
      expect(items.map((d: Record<string, unknown>) => [d['id'], d['title'], d['jurisdiction'], d['jurisdictionCode'], d['taskCount'], d['projectCount'], d['unitCount']])).toEqual([
        [HUZHOU, '湖州市生态文明示范创建行动实施方案', '湖州市', '330500', 117, 28, 54],
        [QUZHOU, '衢州市生态文明示范创建行动实施方案', '衢州市', '330800', 117, 28, 49],
      ]);
      expect(items.every((d: { loadedAt: string }) => new Date(d.loadedAt).toISOString() === d.loadedAt)).toBe(true);
      expect((await api.json('/api/documents?jurisdiction=衢州市')).items.map((d: { id: string }) => d.id)).toEqual([QUZHOU]);
      expect((await api.json(`/api/documents?document=${QUZHOU}&jurisdiction=湖州市`)).total).toBe(0);
      const bad = await body(await api.get(`/api/documents?document=`));
      expect([bad.error.code, bad.error.details.issues[0].path]).toEqual(['invalid-request', 'query.document']);
    });

    it('GET /api/jurisdictions lists the two cities under 浙江 by code, with plans and units', async () => {
      expect(await api.json('/api/jurisdictions')).toEqual({
        items: [
          // The province above them issued no plan: it joins the tree with none.
          { name: '浙江省', code: '330000', level: 'province', parentCode: null, documents: 0, units: 0 },
          { name: '湖州市', code: '330500', level: 'city', parentCode: '330000', documents: 1, units: 43 },
          { name: '衢州市', code: '330800', level: 'city', parentCode: '330000', documents: 1, units: 43 },
        ],
        total: 3,
        limit: 20,
        offset: 0,
      });
    });

    it('GET /api/units by place and by plan: exact totals', async () => {
      const total = async (query: string) => (await api.json(`/api/units?${query}&limit=1`)).total;
      // Each city's 43 units of its own; a city covers its counties' units too (衢州市: 常山县政府 … 江山市政府, six;
      // 湖州市: five). The 湖州 plan also names the six 衢州 counties (written in its rows).
      expect(await total('jurisdiction=衢州市')).toBe(49);
      expect(await total(many('jurisdiction', ['衢州市', '湖州市']))).toBe(97);
      expect(await total('jurisdiction=浙江省')).toBe(97);
      expect(await total(`document=${QUZHOU}`)).toBe(49);
      expect(await total(`document=${HUZHOU}`)).toBe(54);
      expect(await total(`jurisdiction=湖州市&document=${QUZHOU}`)).toBe(0);
      expect(await total('jurisdiction=柯城区')).toBe(1);
      const eco = await api.json(`/api/units${qs({ q: '市生态环境局', jurisdiction: '湖州市' })}`);
      expect(eco.items.map((u: { id: string; name: string }) => [u.id, u.name])).toEqual([['unit_13yo0u5yihpxv', '市生态环境局']]);
      expect((await api.json(`/api/units${qs({ q: '市生态环境局' })}`)).total).toBe(2);
    });

    it('GET /api/stats of everything, of a place, of a plan', async () => {
      expect(await api.json('/api/stats')).toMatchObject({ documents: 2, tasks: 234, projects: 56, units: 97 });
      expect(await api.json('/api/stats?jurisdiction=湖州市')).toMatchObject({ documents: 1, sections: 47, tasks: 117, projects: 28, units: 48 });
      expect(await api.json('/api/stats?jurisdiction=浙江省')).toMatchObject({ documents: 2, tasks: 234, projects: 56, units: 97 });
      expect(await api.json(`/api/stats?document=${HUZHOU}`)).toMatchObject({ documents: 1, tasks: 117, units: 54, enterprises: 9, places: 6 });
      expect(await api.json(`/api/stats?document=${QUZHOU}`)).toMatchObject({ documents: 1, tasks: 117, units: 49, enterprises: 9, places: 11 });
    });

    it('GET /api/network of one city is that city’s units, not merged', async () => {
      const one = await api.json('/api/network?jurisdiction=衢州市');
      expect([one.aggregated, one.truncated]).toEqual([false, false]);
      // The seed's 49 units on 198 pairs, every node one of this plan's units.
      expect(one.total).toEqual({ nodes: 49, edges: 198 });
      const both = await api.json(`/api/network?${many('document', [QUZHOU, HUZHOU])}`);
      expect(both.total).toEqual({ nodes: 92, edges: 390 });
    });

    it('GET /api/sections of a place or plan: only their section trees', async () => {
      const ofPlace = await api.json('/api/sections?jurisdiction=湖州市');
      expect([ofPlace.total, ofPlace.items.map((d: { document: { id: string } }) => d.document.id)]).toEqual([1, [HUZHOU]]);
      expect((await api.json(`/api/sections?${many('document', [QUZHOU, HUZHOU])}&limit=1`)).total).toBe(2);
      expect((await api.json(`/api/sections?document=${QUZHOU}&jurisdiction=湖州市`)).total).toBe(0);
    });

    it('GET /api/hygiene of one plan', async () => {
      const h = await api.json(`/api/hygiene?document=${HUZHOU}&limit=1`);
      const all = await api.json('/api/hygiene?limit=1');
      expect([h.tasksWithoutProject.total, h.multiLeadTasks.total, h.supportOnlyUnits.total]).toEqual([89, 18, 11]);
      expect([all.tasksWithoutProject.total, all.multiLeadTasks.total, all.supportOnlyUnits.total]).toEqual([178, 36, 22]);
    });

    it('GET /api/search and /api/search.csv by place and by plan', async () => {
      const total = async (query: string) => (await api.json(`/api/search?q=${encodeURIComponent('燃煤锅炉')}&${query}`)).total;
      expect(await total('type=task')).toBe(8);
      expect(await total('type=task&jurisdiction=湖州市')).toBe(4);
      expect(await total(`type=task&document=${QUZHOU}`)).toBe(4);
      expect(await total(`type=task&jurisdiction=湖州市&document=${QUZHOU}`)).toBe(0);
      const units = await api.json(`/api/search${qs({ q: '市生态环境局', type: 'unit', jurisdiction: '衢州市' })}`);
      expect(units.items.map((h: { id: string; title: string }) => [h.id, h.title])).toEqual([
        ['unit_34lliq8kmeux3', '市生态环境局'],
        ['unit_3g5dmchrcaof4', '中央环境保护督察衢州市整改工作领导小组各成员单位'],
      ]);
      const csv = await (await api.get(`/api/search.csv${qs({ q: '燃煤锅炉', type: 'task', jurisdiction: '湖州市' })}`)).text();
      expect(csv.trim().split('\n').length).toBe(5);
    });

    it('GET /api/units/:id/tasks.csv of one plan', async () => {
      const rows = async (unit: string, document: string) => (await (await api.get(`/api/units/${unit}/tasks.csv?document=${document}`)).text()).trim().split('\n').length - 1;
      expect(await rows('unit_13yo0u5yihpxv', HUZHOU)).toBe(93);
      expect(await rows('unit_13yo0u5yihpxv', QUZHOU)).toBe(0);
      expect((await api.json(`/api/units/unit_13yo0u5yihpxv/tasks?document=${HUZHOU}&limit=1`)).total).toBe(93);
      // By place: the tasks of the plans that place issued.
      const byPlace = async (unit: string, place: string) => (await (await api.get(`/api/units/${unit}/tasks.csv${qs({ jurisdiction: place })}`)).text()).trim().split('\n').length - 1;
      expect([await byPlace('unit_13yo0u5yihpxv', '湖州市'), await byPlace('unit_13yo0u5yihpxv', '衢州市')]).toEqual([93, 0]);
      expect((await api.json(`/api/units/unit_34lliq8kmeux3/tasks?${many('jurisdiction', ['衢州市', '湖州市'])}&limit=1`)).total).toBe(93);
    });

    it('every unit item says its place: unit lists, partners, network nodes, search hits and facets, exports', async () => {
      const places = (items: Array<{ jurisdiction: string }>) => [...new Set(items.map((i) => i.jurisdiction))].sort();
      const eco = await api.json(`/api/units${qs({ q: '市生态环境局' })}`);
      // Equal work and name: by id.
      expect(eco.items.map((u: { id: string; jurisdiction: string }) => [u.id, u.jurisdiction])).toEqual([
        ['unit_13yo0u5yihpxv', '湖州市'],
        ['unit_34lliq8kmeux3', '衢州市'],
      ]);
      const unit = await api.json('/api/units/unit_13yo0u5yihpxv');
      expect([unit.unit.jurisdiction, places(unit.partners.map((p: { unit: { jurisdiction: string } }) => p.unit))]).toEqual(['湖州市', ['湖州市']]);
      const tasks = await api.json(`/api/units/unit_13yo0u5yihpxv/tasks?limit=1`);
      expect(places(tasks.items[0].coUnits.map((c: { unit: { jurisdiction: string } }) => c.unit))).toEqual(['湖州市']);
      const network = await api.json(`/api/network?document=${HUZHOU}`);
      // The 湖州 plan's own units and the six 衢州 counties its rows name.
      expect(places(network.nodes.map((n: { data: { jurisdiction: string } }) => n.data))).toEqual(['常山县', '开化县', '柯城区', '江山市', '湖州市', '衢江区', '龙游县'].sort());
      const search = await api.json(`/api/search${qs({ q: '燃煤锅炉', type: 'task' })}`);
      expect(places(search.items)).toEqual(['湖州市', '衢州市']);
      const ecoFacets = search.facets.unit.filter((f: { label: string }) => f.label === '市生态环境局');
      expect(ecoFacets.map((f: { value: string; jurisdiction: string }) => [f.value, f.jurisdiction]).sort()).toEqual([
        ['unit_13yo0u5yihpxv', '湖州市'],
        ['unit_34lliq8kmeux3', '衢州市'],
      ]);
      const csv = await api.get('/api/units/unit_13yo0u5yihpxv/tasks.csv');
      expect(decodeURIComponent(csv.headers.get('content-disposition') ?? '')).toContain('湖州市-市生态环境局-任务清单.csv');
    });

    it('refuses a scope too long or a jurisdiction name too long, naming the field', async () => {
      const tooMany = await api.get(`/api/units?${many('jurisdiction', Array.from({ length: 21 }, (_, i) => `市${i}`))}`);
      expect([tooMany.status, (await body(tooMany)).error.code]).toEqual([400, 'invalid-request']);
    });
  });
}
