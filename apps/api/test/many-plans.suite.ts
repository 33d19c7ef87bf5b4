// Many plans of many places: the seed, its 湖州市 copy and every real fixture (21 plans; 14 places, 7 plans naming none)
// loaded at start, and the API's scoped answers checked against counts taken from the parsed plans.
import { copyFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DutyGraph, PlanSummary } from '@dutymap/model';
import { parsePlanFile } from '@dutymap/ingest';
import { twoCitySeeds } from '../../../scripts/test-support/two-cities.js';
import { REAL_FIXTURES_DIR } from '../../../scripts/corpus/corpus.js';
import type { RunningApi } from './utils/api.js';

/** The two-city seeds folder plus every real fixture's source, named after its folder. */
function manyPlanSeeds(): string {
  const dir = twoCitySeeds();
  for (const slug of readdirSync(REAL_FIXTURES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
    const source = readdirSync(join(REAL_FIXTURES_DIR, slug)).find((name) => name.startsWith('source.')) as string;
    copyFileSync(join(REAL_FIXTURES_DIR, slug, source), join(dir, `${slug}${extname(source)}`));
  }
  return dir;
}

/** The plans as the parser reads them, the way start-up reads them (file name as source name). */
async function parseAll(dir: string): Promise<DutyGraph[]> {
  const names = readdirSync(dir).sort();
  return Promise.all(names.map(async (name) => (await parsePlanFile(join(dir, name), { sourceName: name })).graph));
}

interface Expected {
  plans: DutyGraph[];
  /** Every unit once, by id. */
  units: Map<string, DutyGraph['units'][number]>;
  places: string[];
  /** Each place's GB/T 2260 code, as its plans say it. */
  codes: Map<string, string>;
}

function expectedOf(plans: DutyGraph[]): Expected {
  const units = new Map(plans.flatMap((p) => p.units.map((u) => [u.id, u] as const)));
  const places = [...new Set(plans.map((p) => p.document.jurisdiction).filter((j) => j !== ''))].sort();
  const codes = new Map(plans.flatMap((p) => (p.document.jurisdictionCode ? [[p.document.jurisdiction, p.document.jurisdictionCode] as const] : [])));
  return { plans, units, places, codes };
}

/** Whether something of (name, code) belongs to the place `name` with code `code`: the place itself, or one under it (330000 covers 3308xx). */
function within(place: { name: string; code: string | undefined }, thing: { jurisdiction: string; jurisdictionCode?: string | undefined }): boolean {
  if (thing.jurisdiction === place.name) return true;
  if (place.code === undefined || thing.jurisdictionCode === undefined) return false;
  const prefix = place.code.replace(/(00)+$/, '');
  return thing.jurisdictionCode.startsWith(prefix);
}

const count = <T>(items: Iterable<T>, keep: (item: T) => boolean) => [...items].filter(keep).length;
const sum = (plans: DutyGraph[], of: (p: DutyGraph) => number) => plans.reduce((n, p) => n + of(p), 0);

export function runManyPlansSuite(name: string, start: (seedsDir: string) => Promise<RunningApi>): void {
  describe(`API over 21 plans of 14 places (${name})`, () => {
    let api: RunningApi;
    let want: Expected;
    beforeAll(async () => {
      const dir = manyPlanSeeds();
      want = expectedOf(await parseAll(dir));
      api = await start(dir);
    }, 180_000);
    afterAll(async () => {
      await api.close();
    });

    it('loads every plan: 21 of 14 places, each with its counts', async () => {
      expect([want.plans.length, new Set(want.plans.map((p) => p.document.id)).size]).toEqual([21, 21]);
      // Seven of the real tables do not say who issued them (jurisdiction "").
      expect(want.places).toEqual(['三门峡市', '平湖市', '广东省', '广州市', '沙坪坝区', '海城市', '湖州市', '立山区', '苍南县', '莲都区', '衢州市', '谯城区', '辽中区', '鞍山市']);
      expect(api.startup.failed).toEqual([]);
      const page = await api.json('/api/documents?limit=500');
      const row = (id: string, jurisdiction: string, tasks: number, projects: number, units: number) => [id, jurisdiction, tasks, projects, units];
      expect(page.total).toBe(21);
      expect(page.items.map((d: PlanSummary) => row(d.id, d.jurisdiction, d.taskCount, d.projectCount, d.unitCount)).sort()).toEqual(
        want.plans.map((p) => row(p.document.id, p.document.jurisdiction, p.tasks.length, p.projects.length, p.units.length)).sort(),
      );
      // Year and issuer as the parser read them (absent: null), carried through the store.
      const dated = (id: string, year: number | null, issuer: string | null) => [id, year, issuer];
      expect(page.items.map((d: PlanSummary) => dated(d.id, d.year, d.issuer)).sort()).toEqual(want.plans.map((p) => dated(p.document.id, p.document.year ?? null, p.document.issuer ?? null)).sort());
      expect(page.items.filter((d: PlanSummary) => d.year !== null).length).toBeGreaterThan(0);
    });

    it('by jurisdiction: exact counts of plans, units, tasks and projects for every place and the places under it', async () => {
      // Two provinces with no plan of their own, by their GB/T 2260 codes; every place that issued a plan, by the code its plans carry.
      const provinces = [{ name: '浙江省', code: '330000' }, { name: '辽宁省', code: '210000' }];
      for (const place of [...provinces, ...want.places.map((name) => ({ name, code: want.codes.get(name) }))]) {
        const plans = want.plans.filter((p) => within(place, p.document));
        const q = `jurisdiction=${encodeURIComponent(place.name)}`;
        const got = [
          (await api.json(`/api/documents?${q}&limit=1`)).total,
          (await api.json(`/api/units?${q}&limit=1`)).total,
          await api.json(`/api/stats?${q}`).then((s) => [s.documents, s.tasks, s.projects, s.units]),
        ];
        const units = count(want.units.values(), (u) => within(place, u));
        expect([place.name, ...got]).toEqual([place.name, plans.length, units, [plans.length, sum(plans, (p) => p.tasks.length), sum(plans, (p) => p.projects.length), units]]);
      }
    });

    it('a province covers the plans of its cities and counties: 浙江省 five, 辽宁省 four, 广东省 its own and 广州市’s', async () => {
      const placesOf = async (name: string) => [...new Set((await api.json(`/api/documents?jurisdiction=${encodeURIComponent(name)}`)).items.map((d: PlanSummary) => d.jurisdiction))].sort();
      expect(await placesOf('浙江省')).toEqual(['平湖市', '湖州市', '苍南县', '莲都区', '衢州市']);
      expect(await placesOf('辽宁省')).toEqual(['海城市', '立山区', '辽中区', '鞍山市']);
      expect(await placesOf('广东省')).toEqual(['广东省', '广州市']);
      // 鞍山市 covers its districts and county-level city; a name that is no division matches only itself.
      expect(await placesOf('鞍山市')).toEqual(['海城市', '立山区', '鞍山市']);
      expect((await api.json(`/api/documents?jurisdiction=${encodeURIComponent('某某开发区')}`)).total).toBe(0);
    });

    it('by document: exact counts of units, tasks and projects for every plan', async () => {
      for (const plan of want.plans) {
        const q = `document=${plan.document.id}`;
        const got = [
          (await api.json(`/api/documents?${q}`)).items.map((d: { id: string }) => d.id),
          (await api.json(`/api/units?${q}&limit=1`)).total,
          await api.json(`/api/stats?${q}`).then((s) => [s.documents, s.tasks, s.projects, s.units]),
        ];
        expect([plan.document.sourceName, ...got]).toEqual([plan.document.sourceName, [plan.document.id], plan.units.length, [1, plan.tasks.length, plan.projects.length, plan.units.length]]);
      }
    });

    it('GET /api/jurisdictions is a whole tree: the provinces and cities above the places with plans join it with none of their own', async () => {
      const tree = await api.json('/api/jurisdictions?limit=500');
      const rows = tree.items.map((j: { name: string; code: string | null; parentCode: string | null; documents: number }) => [j.name, j.code, j.parentCode, j.documents]);
      expect(rows).toEqual([
        ['辽宁省', '210000', null, 0],
        ['沈阳市', '210100', '210000', 0],
        ['辽中区', '210115', '210100', 1],
        ['鞍山市', '210300', '210000', 1],
        ['立山区', '210304', '210300', 1],
        ['海城市', '210381', '210300', 1],
        ['浙江省', '330000', null, 0],
        ['温州市', '330300', '330000', 0],
        ['苍南县', '330327', '330300', 1],
        ['嘉兴市', '330400', '330000', 0],
        ['平湖市', '330482', '330400', 1],
        ['湖州市', '330500', '330000', 1],
        ['衢州市', '330800', '330000', 1],
        ['丽水市', '331100', '330000', 0],
        ['莲都区', '331102', '331100', 1],
        ['安徽省', '340000', null, 0],
        ['亳州市', '341600', '340000', 0],
        ['谯城区', '341602', '341600', 1],
        ['河南省', '410000', null, 0],
        ['三门峡市', '411200', '410000', 1],
        ['广东省', '440000', null, 1],
        ['广州市', '440100', '440000', 1],
        ['重庆市', '500000', null, 0],
        // A district of a municipality: right under it (its middle digits name a grouping, not a city).
        ['沙坪坝区', '500106', '500000', 1],
        // The seven plans that name no issuer.
        ['', null, null, 7],
      ]);
      expect(tree.total).toBe(25);
    });

    it('several places, and a place with a plan of another place: sums and nothing', async () => {
      const [a, b] = ['衢州市', '湖州市'];
      const both = `jurisdiction=${encodeURIComponent(a)}&jurisdiction=${encodeURIComponent(b)}`;
      const of = (places: string[]) => count(want.units.values(), (u) => places.some((name) => within({ name, code: want.codes.get(name) }, u)));
      expect([(await api.json(`/api/units?${both}&limit=1`)).total, (await api.json(`/api/documents?${both}`)).total]).toEqual([of([a, b]), 2]);
      const quzhou = want.plans.find((p) => p.document.jurisdiction === a) as DutyGraph;
      expect((await api.json(`/api/units?jurisdiction=${encodeURIComponent(b)}&document=${quzhou.document.id}&limit=1`)).total).toBe(0);
    });

    it('every unit item carries its jurisdiction: the whole unit list, page by page, and each plan’s network', async () => {
      const seen = new Map<string, string>();
      for (let offset = 0; ; offset += 500) {
        const page = await api.json(`/api/units?limit=500&offset=${offset}`);
        for (const u of page.items as Array<{ id: string; jurisdiction: string }>) seen.set(u.id, u.jurisdiction);
        if (offset + 500 >= page.total) break;
      }
      expect(seen.size).toBe(want.units.size);
      expect([...seen].filter(([id, place]) => want.units.get(id)?.jurisdiction !== place)).toEqual([]);
      for (const plan of want.plans) {
        const network = await api.json(`/api/network?document=${plan.document.id}`);
        const nodes = network.nodes as Array<{ data: { id: string; jurisdiction: string } }>;
        expect(nodes.filter((n) => want.units.get(n.data.id)?.jurisdiction !== n.data.jurisdiction)).toEqual([]);
      }
    });
  });
}
