// compare(a, b) on every adapter: the hand-counted answer on the fixture pair (杭州市 and 宁波市 美丽城市建设行动实施方案,
// scripts/test-support/compare-pair/), the seed's place against 宁波市, and the errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, DutyGraph } from '@dutymap/model';
import { LIMITS } from '@dutymap/model';
import type { GraphStore } from '../src/index.js';
import { hangzhouGraph, ningboGraph, reissued } from '../../../scripts/test-support/compare-pair.js';
import { fixtureGraph, fixtureInOtherCity, DOC, OTHER } from './utils/fixture.js';
import { seedGraph } from './utils/seed.js';
import { codeOf } from './utils/code-of.js';

/** A department row as [contrast, name, A lead/support, B lead/support]. */
const rows = (c: Comparison) => c.departments.items.map((d) => [d.contrast, d.name, d.a && [d.a.lead, d.a.support], d.b && [d.b.lead, d.b.support]]);

export function runCompareContract(create: () => Promise<GraphStore>): void {
  describe('compare', () => {
    let store: GraphStore;
    let hz: DutyGraph;
    let nb: DutyGraph;
    let seed: DutyGraph;
    beforeAll(async () => {
      [hz, nb, seed] = [await hangzhouGraph(), await ningboGraph(), await seedGraph()];
      store = await create();
      for (const graph of [hz, nb, seed, fixtureGraph(), fixtureInOtherCity()]) await store.loadDocument(graph);
    });
    afterAll(async () => store.close());

    it('two plans: each side’s plans, size, years and quantified targets', async () => {
      const c = await store.compare({ document: hz.document.id }, { document: nb.document.id }, { limit: 100 });
      expect(c.a).toEqual({
        kind: 'document', key: hz.document.id, label: '杭州市美丽城市建设行动实施方案', jurisdiction: '杭州市',
        plans: { items: [{ id: hz.document.id, title: '杭州市美丽城市建设行动实施方案', year: null, tasks: 10 }], total: 1 },
        // Twelve units hold the 37 written roles (the collective's members are only inferred).
        tasks: 10, units: 12,
        years: [{ year: 2024, tasks: 1 }, { year: 2025, tasks: 3 }],
        targets: {
          items: [[2, ['95%']], [3, ['10条']], [5, ['10%']], [9, ['500个']], [10, ['100公里']]].map(([number, quantities]) => ({ task: expect.objectContaining({ number }), quantities })),
          total: 5,
        },
      });
      expect([c.b.label, c.b.jurisdiction, c.b.tasks, c.b.units, c.b.years]).toEqual(['宁波市美丽城市建设行动实施方案', '宁波市', 9, 12, [{ year: 2025, tasks: 1 }, { year: 2026, tasks: 3 }]]);
      expect(c.b.targets.items.map((t) => [t.task.number, t.quantities])).toEqual([[2, ['97%']], [3, ['15条']], [6, ['15%']], [7, ['20公里']], [8, ['5%']]]);
      expect(c.a.targets.items[3]?.task).toEqual({ id: `${hz.document.id}.t9`, documentId: hz.document.id, number: 9, text: '开展新能源汽车推广应用，到2025年新增公共充电桩500个。', years: [2025] });
    });

    it('two plans: departments aligned by function, every contrast, most work first', async () => {
      const c = await store.compare({ document: hz.document.id }, { document: nb.document.id }, { limit: 100 });
      expect(c.contrasts).toEqual({ 'only-a': 3, 'only-b': 3, 'lead-a-support-b': 2, 'lead-b-support-a': 2, both: 5 });
      expect(c.departments.total).toBe(15);
      expect(rows(c)).toEqual([
        ['both', '生态环境局', [2, 3], [3, 4]],
        ['lead-a-support-b', '住建局', [3, 1], [0, 2]],
        ['both', '发改委', [2, 1], [1, 1]],
        ['lead-b-support-a', '水利局', [0, 2], [2, 0]],
        ['lead-a-support-b', '经信局', [1, 1], [0, 1]],
        ['only-b', '农业农村局', null, [1, 1]],
        // A collective has no function: it meets the unit of its own name.
        ['both', '各县（市、区）政府', [0, 1], [0, 1]],
        ['only-a', '科技局', [1, 1], null],
        ['both', '综合执法局', [0, 1], [0, 1]],
        ['both', '财政局', [0, 1], [0, 1]],
        ['lead-b-support-a', '资源规划局', [0, 1], [1, 0]],
        ['only-b', '商务局', null, [0, 1]],
        ['only-a', '妇联', [1, 0], null],
        ['only-a', '市场监管局', [0, 1], null],
        ['only-b', '气象局', null, [1, 0]],
      ]);
      // Two units, one function: 杭州市's and 宁波市's 市生态环境局 stay two units in one row.
      const [eco] = c.departments.items;
      expect([eco?.function, eco?.a?.units.map((u) => [u.name, u.jurisdiction]), eco?.b?.units.map((u) => [u.name, u.jurisdiction])]).toEqual([
        '生态环境局', [['市生态环境局', '杭州市']], [['市生态环境局', '宁波市']],
      ]);
      expect(c.departments.items.find((d) => d.name === '各县（市、区）政府')?.function).toBeNull();
      const leadOnlyInB = await store.compare({ document: hz.document.id }, { document: nb.document.id }, { contrast: 'lead-b-support-a' });
      expect([leadOnlyInB.departments.total, leadOnlyInB.departments.items.map((d) => d.name), leadOnlyInB.contrasts.both]).toEqual([2, ['水利局', '资源规划局'], 5]);
    });

    it('two plans: tasks matched one-to-one in other words, best first; the rest with their closest task', async () => {
      const c = await store.compare({ document: hz.document.id }, { document: nb.document.id }, { limit: 100 });
      expect(c.threshold).toBe(0.3);
      expect(c.matched.total).toBe(6);
      expect(c.matched.items.map((p) => [p.a.number, p.b.number, p.similarity])).toEqual([
        [2, 2, 0.938],
        [3, 3, 0.75],
        [5, 6, 0.643],
        [1, 1, 0.516],
        [6, 9, 0.414],
        [4, 4, 0.375],
      ]);
      expect(c.unmatchedA.items.map((u) => [u.task.number, u.closest?.number ?? null, u.similarity])).toEqual([
        [7, 7, 0.077],
        [8, 7, 0.16],
        [9, 6, 0.061],
        [10, 7, 0.074],
      ]);
      // 宁波市's weather task shares no bigram with any 杭州市 task.
      expect(c.unmatchedB.items.map((u) => [u.task.number, u.closest?.number ?? null, u.similarity])).toEqual([
        [5, null, 0],
        [7, 8, 0.16],
        [8, 1, 0.065],
      ]);
      expect([c.unmatchedA.total, c.unmatchedB.total]).toEqual([4, 3]);
    });

    it('pages every list with the same limit and offset, totals whole', async () => {
      const c = await store.compare({ document: hz.document.id }, { document: nb.document.id }, { limit: 2, offset: 1 });
      expect([c.limit, c.offset]).toEqual([2, 1]);
      expect(c.departments.items.map((d) => d.name)).toEqual(['住建局', '发改委']);
      expect(c.matched.items.map((p) => p.a.number)).toEqual([3, 5]);
      expect(c.unmatchedA.items.map((u) => u.task.number)).toEqual([8, 9]);
      expect(c.a.targets.items.map((t) => t.task.number)).toEqual([3, 5]);
      expect([c.departments.total, c.matched.total, c.unmatchedA.total, c.unmatchedB.total, c.a.targets.total]).toEqual([15, 6, 4, 3, 5]);
    });

    it('two places: 衢州市 (the seed’s place) against 宁波市', async () => {
      const c = await store.compare({ jurisdiction: '衢州市' }, { jurisdiction: '宁波市' }, { limit: 100 });
      expect([c.a.kind, c.a.key, c.a.label, c.a.jurisdiction, c.a.plans.total, c.a.tasks]).toEqual(['jurisdiction', '衢州市', '衢州市', '衢州市', 1, 117]);
      expect(c.contrasts).toEqual({ 'only-a': 29, 'only-b': 1, 'lead-a-support-b': 6, 'lead-b-support-a': 0, both: 5 });
      // The seed's counts of 市生态环境局 (48 led, 45 supported), 市住建局 (11, 18) and 市经信局 (6, 24).
      expect(rows(c).slice(0, 3)).toEqual([
        ['both', '生态环境局', [48, 45], [3, 4]],
        ['lead-a-support-b', '住建局', [11, 18], [0, 2]],
        ['lead-a-support-b', '经信局', [6, 24], [0, 1]],
      ]);
      expect(rows(c).find((r) => r[1] === '气象局')).toEqual(['only-b', '气象局', null, [1, 0]]);
      expect(c.matched.items.map((p) => [p.a.number, p.b.number, p.similarity])).toEqual([[45, 3, 0.32]]);
      expect([c.unmatchedA.total, c.unmatchedB.total]).toEqual([116, 8]);
      expect(c.a.years).toEqual([{ year: 2020, tasks: 19 }, { year: 2022, tasks: 7 }]);
      // A place's side is the same as its one plan's here: the seed's county governments hold no written task.
      const plan = await store.compare({ document: seed.document.id }, { jurisdiction: '宁波市' }, { limit: 100 });
      expect([plan.contrasts, plan.departments.total, plan.a.units]).toEqual([c.contrasts, 41, 40]);
    });

    it('a province with its code covers the plans and units of the places under it; without one, only itself', async () => {
      const c = await store.compare({ jurisdiction: '浙江省', jurisdictionCode: '330000' }, { document: DOC }, { limit: 100 });
      // 杭州市's 10 tasks, 宁波市's 9 and the seed's 117; their 12, 12 and 40 units with written roles (the seed's all of 衢州市 or its counties).
      expect([c.a.kind, c.a.key, c.a.label, c.a.jurisdiction, c.a.plans.total, c.a.tasks, c.a.units]).toEqual(['jurisdiction', '浙江省', '浙江省', '浙江省', 3, 136, 64]);
      expect(c.a.plans.items.map((p) => p.tasks).sort((x, y) => x - y)).toEqual([9, 10, 117]);
      // A city with its code: 宁波市 holds no county's plan here, so its side is its own.
      const city = await store.compare({ jurisdiction: '宁波市', jurisdictionCode: '330200' }, { jurisdiction: '杭州市' }, { limit: 100 });
      expect([city.a.plans.total, city.a.tasks, city.a.units, city.contrasts]).toEqual([1, 9, 12, { 'only-a': 3, 'only-b': 3, 'lead-a-support-b': 2, 'lead-b-support-a': 2, both: 5 }]);
      expect(await codeOf(store.compare({ jurisdiction: '浙江省' }, { document: DOC }))).toBe('not-found');
      expect(await codeOf(store.compare({ jurisdiction: '浙江省', jurisdictionCode: '33' } as never, { document: DOC }))).toBe('invalid-argument');
    });

    it('a place with two plans: both plans’ tasks on its side, each matched at most once', async () => {
      const copy = 'doc_hz_copy';
      await store.loadDocument(reissued(hz, copy, '杭州市美丽城市建设行动实施方案（第二批）'));
      try {
        const c = await store.compare({ jurisdiction: '杭州市' }, { jurisdiction: '宁波市' }, { limit: 100 });
        expect([c.a.plans, c.a.tasks, c.a.units]).toEqual([
          { items: [{ id: hz.document.id, title: '杭州市美丽城市建设行动实施方案', year: null, tasks: 10 }, { id: copy, title: '杭州市美丽城市建设行动实施方案（第二批）', year: null, tasks: 10 }], total: 2 },
          20,
          12,
        ]);
        expect(c.a.years).toEqual([{ year: 2024, tasks: 2 }, { year: 2025, tasks: 6 }]);
        expect(c.contrasts).toEqual({ 'only-a': 3, 'only-b': 3, 'lead-a-support-b': 2, 'lead-b-support-a': 2, both: 5 });
        // Every count of 杭州市 doubles; rows of equal work by name.
        expect(rows(c)).toEqual([
          ['both', '生态环境局', [4, 6], [3, 4]],
          ['lead-a-support-b', '住建局', [6, 2], [0, 2]],
          ['both', '发改委', [4, 2], [1, 1]],
          ['lead-b-support-a', '水利局', [0, 4], [2, 0]],
          ['lead-a-support-b', '经信局', [2, 2], [0, 1]],
          ['only-a', '科技局', [2, 2], null],
          ['both', '各县（市、区）政府', [0, 2], [0, 1]],
          ['both', '综合执法局', [0, 2], [0, 1]],
          ['both', '财政局', [0, 2], [0, 1]],
          ['lead-b-support-a', '资源规划局', [0, 2], [1, 0]],
          ['only-b', '农业农村局', null, [1, 1]],
          ['only-a', '妇联', [2, 0], null],
          ['only-a', '市场监管局', [0, 2], null],
          ['only-b', '商务局', null, [0, 1]],
          ['only-b', '气象局', null, [1, 0]],
        ]);
        // Equal scores go to the plan first by id: the second batch's tasks are left unmatched, with their closest.
        expect(c.matched.items.map((p) => [p.a.documentId, p.a.number, p.b.number])).toEqual([[2, 2], [3, 3], [5, 6], [1, 1], [6, 9], [4, 4]].map(([a, b]) => [hz.document.id, a, b]));
        expect(c.unmatchedA.total).toBe(14);
        expect(c.unmatchedA.items.filter((u) => u.task.documentId === copy).slice(0, 2).map((u) => [u.task.number, u.closest?.number, u.similarity])).toEqual([[1, 1, 0.516], [2, 2, 0.938]]);
      } finally {
        await store.removeDocument(copy);
      }
    });

    it('a plan counts every unit it names, a place only its own: 象山县’s 县住建局 joins 市住建局 in one row', async () => {
      const xiangshan = { id: 'unit_xiangshan_zjj', name: '县住建局', aliases: [], predecessors: [], kind: 'municipal_department' as const, jurisdiction: '象山县', function: '住建局' };
      const weather = `${nb.document.id}.t5`;
      await store.loadDocument({ ...nb, units: [...nb.units, xiangshan], relations: [...nb.relations, { type: 'SUPPORTS', from: xiangshan.id, to: weather }] });
      try {
        const row = (c: Comparison) => c.departments.items.find((d) => d.name === '住建局')?.b;
        const plan = await store.compare({ document: hz.document.id }, { document: nb.document.id }, { limit: 100 });
        expect([plan.b.units, row(plan)?.units.map((u) => [u.name, u.jurisdiction]), row(plan)?.unitCount, row(plan)?.support]).toEqual([13, [['县住建局', '象山县'], ['市住建局', '宁波市']], 2, 3]);
        const place = await store.compare({ jurisdiction: '杭州市' }, { jurisdiction: '宁波市' }, { limit: 100 });
        expect([place.b.units, row(place)?.units.map((u) => u.name), row(place)?.support]).toEqual([12, ['市住建局'], 2]);
      } finally {
        await store.loadDocument(nb);
      }
    });

    it('counts written roles only: the inferred members of a collective stay out', async () => {
      const c = await store.compare({ document: DOC }, { document: OTHER });
      expect(rows(c)).toEqual([
        // Equal work: by name, in code point order (丁 丙 乙 甲).
        ['both', '丁局', [1, 1], [1, 1]],
        ['both', '丙局', [1, 1], [1, 1]],
        ['both', '乙局', [1, 1], [1, 1]],
        ['both', '甲局', [2, 0], [2, 0]],
        ['both', '各县（市、区）政府', [0, 1], [0, 1]],
      ]);
      expect(c.matched.items.map((p) => [p.a.number, p.b.number, p.similarity])).toEqual([[1, 1, 1], [2, 2, 1], [3, 3, 1], [4, 4, 1]]);
    });

    it('raises not-found, invalid-argument and compare-side-too-large', async () => {
      expect(await codeOf(store.compare({ document: 'doc_nope' }, { document: DOC }))).toBe('not-found');
      expect(await codeOf(store.compare({ document: DOC }, { jurisdiction: '火星市' }))).toBe('not-found');
      expect(await codeOf(store.compare({ document: DOC }, { document: DOC }))).toBe('invalid-argument');
      expect(await codeOf(store.compare({ document: DOC }, { place: '衢州市' } as never))).toBe('invalid-argument');
      expect(await codeOf(store.compare({ document: DOC }, { document: OTHER }, { contrast: 'neither' as never }))).toBe('invalid-argument');
      expect(await codeOf(store.compare({ document: DOC }, { document: OTHER }, { limit: 501 }))).toBe('invalid-argument');
      const big = fixtureGraph('doc_big');
      const [task] = big.tasks;
      const tasks = Array.from({ length: LIMITS.compareTasks + 1 }, (_, i) => ({ ...(task as DutyGraph['tasks'][number]), id: `doc_big.t${i + 1}`, number: i + 1 }));
      await store.loadDocument({ ...big, document: { ...big.document, title: '大方案', sha256: 'c'.repeat(64) }, tasks, relations: big.relations.filter((r) => !r.to.startsWith('doc_big.t') && !r.from.startsWith('doc_big.t')) });
      const error = (await store.compare({ document: DOC }, { document: 'doc_big' }).catch((e: unknown) => e)) as { code: string; message: string; details: unknown };
      expect([error.code, error.details]).toEqual(['compare-side-too-large', { side: 'b', label: '大方案', tasks: 1501, max: 1500 }]);
      expect(error.message).toContain('side b (大方案)');
    });
  });
}
