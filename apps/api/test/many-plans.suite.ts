// Many plans of many places: the seed, its 湖州市 copy and every real fixture (21 plans; 14 places, 7 plans naming none)
// loaded at start, and the API's scoped answers checked against counts taken from the parsed plans.
import { copyFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DutyGraph } from '@dutymap/model';
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
}

function expectedOf(plans: DutyGraph[]): Expected {
  const units = new Map(plans.flatMap((p) => p.units.map((u) => [u.id, u] as const)));
  const places = [...new Set(plans.map((p) => p.document.jurisdiction).filter((j) => j !== ''))].sort();
  return { plans, units, places };
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
      expect(page.items.map((d: Record<string, never>) => row(d['id'], d['jurisdiction'], d['taskCount'], d['projectCount'], d['unitCount'])).sort()).toEqual(
        want.plans.map((p) => row(p.document.id, p.document.jurisdiction, p.tasks.length, p.projects.length, p.units.length)).sort(),
      );
    });

    it('by jurisdiction: exact counts of plans, units, tasks and projects for every place', async () => {
      for (const place of want.places) {
        const plans = want.plans.filter((p) => p.document.jurisdiction === place);
        const q = `jurisdiction=${encodeURIComponent(place)}`;
        const got = [
          (await api.json(`/api/documents?${q}&limit=1`)).total,
          (await api.json(`/api/units?${q}&limit=1`)).total,
          await api.json(`/api/stats?${q}`).then((s) => [s.documents, s.tasks, s.projects, s.units]),
        ];
        const units = count(want.units.values(), (u) => u.jurisdiction === place);
        expect([place, ...got]).toEqual([place, plans.length, units, [plans.length, sum(plans, (p) => p.tasks.length), sum(plans, (p) => p.projects.length), units]]);
      }
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

    it('several places, and a place with a plan of another place: sums and nothing', async () => {
      const [a, b] = ['衢州市', '湖州市'];
      const both = `jurisdiction=${encodeURIComponent(a)}&jurisdiction=${encodeURIComponent(b)}`;
      const of = (places: string[]) => count(want.units.values(), (u) => places.includes(u.jurisdiction));
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
