// GET /api/compare and its CSV/XLSX exports over HTTP, on the seed (衢州市) and the fixture pair (杭州市 and 宁波市
// 美丽城市建设行动实施方案, scripts/test-support/compare-pair/), plus a 衢州市 plan too large to compare.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Comparison, LIMITS } from '@dutymap/model';
import { comparePairSeeds } from '../../../scripts/test-support/compare-pair.js';
import { QUZHOU_DOC } from '../../../scripts/test-support/two-cities.js';
import { body, qs, type RunningApi } from './utils/api.js';
import { largePlan } from './utils/plans.js';

/** Document ids follow from place and title. */
const HANGZHOU = 'doc_0m1q3kngwaula';
const NINGBO = 'doc_1igensy9pxcvy';

const csvLines = async (res: Response) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(await res.arrayBuffer())).slice(1).trim().split('\r\n');

export function runCompareSuite(name: string, start: (seedsDir: string) => Promise<RunningApi>): void {
  describe(`API compare (${name})`, () => {
    let api: RunningApi;
    beforeAll(async () => {
      const seeds = comparePairSeeds();
      // 衢州市 then holds 117 + 1501 tasks: more than one side may.
      writeFileSync(join(seeds, 'quzhou-large-plan.txt'), largePlan('超大测试', LIMITS.compareTasks + 1));
      api = await start(seeds);
    }, 180_000);
    afterAll(async () => {
      await api.close();
    });

    it('GET /api/compare of two plans: the hand-counted answer', async () => {
      const c = await api.json<Comparison>(`/api/compare${qs({ a: HANGZHOU, b: NINGBO, limit: 100 })}`);
      // The answer is what its schema (the one the OpenAPI document is to be built from) says.
      expect(Comparison.safeParse(c).error).toBeUndefined();
      expect([c.a.kind, c.a.label, c.a.tasks, c.b.label, c.b.tasks]).toEqual(['document', '杭州市美丽城市建设行动实施方案', 10, '宁波市美丽城市建设行动实施方案', 9]);
      expect(c.contrasts).toEqual({ 'only-a': 3, 'only-b': 3, 'lead-a-support-b': 2, 'lead-b-support-a': 2, both: 5 });
      expect(c.departments.items.slice(0, 4).map((d) => [d.name, d.contrast, d.a && [d.a.lead, d.a.support], d.b && [d.b.lead, d.b.support]])).toEqual([
        ['生态环境局', 'both', [2, 3], [3, 4]],
        ['住建局', 'lead-a-support-b', [3, 1], [0, 2]],
        ['发改委', 'both', [2, 1], [1, 1]],
        ['水利局', 'lead-b-support-a', [0, 2], [2, 0]],
      ]);
      expect(c.matched.items.map((p) => [p.a.number, p.b.number, p.similarity])).toEqual([[2, 2, 0.938], [3, 3, 0.75], [5, 6, 0.643], [1, 1, 0.516], [6, 9, 0.414], [4, 4, 0.375]]);
      expect(c.unmatchedA.items.map((u) => u.task.number)).toEqual([7, 8, 9, 10]);
      expect(c.unmatchedB.items.map((u) => [u.task.number, u.closest])).toEqual([[5, null], [7, expect.objectContaining({ number: 8 })], [8, expect.objectContaining({ number: 1 })]]);
      expect([c.a.years, c.b.years]).toEqual([[{ year: 2024, tasks: 1 }, { year: 2025, tasks: 3 }], [{ year: 2025, tasks: 1 }, { year: 2026, tasks: 3 }]]);
      expect(c.b.targets.items.map((t) => t.quantities.join())).toEqual(['97%', '15条', '15%', '20公里', '5%']);
    });

    it('GET /api/compare of two places, filtered by contrast, and paged', async () => {
      const c = await api.json<Comparison>(`/api/compare${qs({ a: '杭州市', b: '宁波市', contrast: 'only-b' })}`);
      expect([c.a.kind, c.a.key, c.a.label, c.b.kind, c.b.label]).toEqual(['jurisdiction', '杭州市', '杭州市', 'jurisdiction', '宁波市']);
      expect([c.departments.total, c.departments.items.map((d) => d.name), c.contrasts['only-b']]).toEqual([3, ['农业农村局', '商务局', '气象局'], 3]);
      const page = await api.json<Comparison>(`/api/compare${qs({ a: HANGZHOU, b: NINGBO, limit: 1, offset: 5 })}`);
      expect([page.matched.items.map((p) => p.a.number), page.matched.total, page.departments.items.map((d) => d.name)]).toEqual([[4], 6, ['农业农村局']]);
      // The seed against 宁波市: one pair over the threshold (美丽河湖).
      const seed = await api.json<Comparison>(`/api/compare${qs({ a: QUZHOU_DOC, b: NINGBO })}`);
      expect([seed.a.tasks, seed.matched.items.map((p) => [p.a.number, p.b.number, p.similarity]), seed.departments.total]).toEqual([117, [[45, 3, 0.32]], 41]);
    });

    it('answers 404 for an unknown plan or place, 400 for a = b, a bad parameter or a side too large', async () => {
      const error = async (query: Record<string, string>) => {
        const res = await api.get(`/api/compare${qs(query)}`);
        return [res.status, (await body(res)).error];
      };
      expect(await error({ a: 'doc_nope', b: NINGBO })).toEqual([404, expect.objectContaining({ code: 'not-found' })]);
      expect(await error({ a: '火星市', b: NINGBO })).toEqual([404, expect.objectContaining({ code: 'not-found', details: { kind: 'jurisdiction', id: '火星市' } })]);
      expect(await error({ a: NINGBO, b: NINGBO })).toEqual([400, expect.objectContaining({ code: 'invalid-argument', details: expect.objectContaining({ argument: 'b' }) })]);
      const [status, missing] = await error({ a: NINGBO });
      expect([status, missing.code, missing.message]).toEqual([400, 'invalid-request', expect.stringContaining('query.b')]);
      expect((await error({ a: HANGZHOU, b: NINGBO, contrast: 'neither' }))[0]).toBe(400);
      const [tooLarge, body400] = await error({ a: '衢州市', b: NINGBO });
      expect([tooLarge, body400.code, body400.details]).toEqual([400, 'compare-side-too-large', { side: 'a', label: '衢州市', tasks: 117 + 1501, max: 1500 }]);
      expect(body400.message).toContain('side a (衢州市)');
      // A province stands for the places under it: 杭州市's 10 tasks, 宁波市's 9 and 衢州市's 117 + 1501.
      const [province, provinceBody] = await error({ a: '浙江省', b: NINGBO });
      expect([province, provinceBody.code, provinceBody.details]).toEqual([400, 'compare-side-too-large', { side: 'a', label: '浙江省', tasks: 10 + 9 + 117 + 1501, max: 1500 }]);
    });

    it('GET /api/compare.csv: one part, whole, headed with the two plans', async () => {
      const res = await api.get(`/api/compare.csv${qs({ a: HANGZHOU, b: NINGBO })}`);
      expect([res.status, res.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
      expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain('对比-杭州市美丽城市建设行动实施方案-宁波市美丽城市建设行动实施方案-部门对比.csv');
      const lines = await csvLines(res);
      expect(lines).toHaveLength(16);
      expect(lines[0]).toBe('部门（职能）,杭州市美丽城市建设行动实施方案单位,杭州市美丽城市建设行动实施方案牵头任务,杭州市美丽城市建设行动实施方案配合任务,宁波市美丽城市建设行动实施方案单位,宁波市美丽城市建设行动实施方案牵头任务,宁波市美丽城市建设行动实施方案配合任务,对比');
      expect(lines[2]).toBe('住建局,市住建局,3,1,市住建局,0,2,杭州市美丽城市建设行动实施方案牵头，宁波市美丽城市建设行动实施方案仅配合');
      const matched = await csvLines(await api.get(`/api/compare.csv${qs({ a: '杭州市', b: '宁波市', part: 'matched' })}`));
      expect(matched.slice(1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual(['0.938,杭州市美丽城市建设行动实施方案,2', '0.75,杭州市美丽城市建设行动实施方案,3', '0.643,杭州市美丽城市建设行动实施方案,5', '0.516,杭州市美丽城市建设行动实施方案,1', '0.414,杭州市美丽城市建设行动实施方案,6', '0.375,杭州市美丽城市建设行动实施方案,4']);
      expect((await api.get(`/api/compare.csv${qs({ a: HANGZHOU, b: NINGBO, part: 'nope' })}`)).status).toBe(400);
    });

    it('GET /api/compare.xlsx: a sheet per part, every row', async () => {
      const res = await api.get(`/api/compare.xlsx${qs({ a: '杭州市', b: '宁波市' })}`);
      expect(res.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      expect(workbook.worksheets.map((s) => [s.name, s.rowCount])).toEqual([
        ['部门对比', 16],
        ['相似任务', 7],
        // 4 of 杭州市 and 3 of 宁波市.
        ['无对应任务', 8],
        // Years (2 and 2) and targets (5 and 5).
        ['年份与目标', 15],
      ]);
      const unmatched = workbook.getWorksheet('无对应任务');
      expect(unmatched?.getRow(6).values).toEqual([undefined, '宁波市', '宁波市美丽城市建设行动实施方案', 5, '加强气象监测预警，提升重污染天气预报能力。', '', 0]);
      expect(workbook.getWorksheet('年份与目标')?.getRow(2).values).toEqual([undefined, '杭州市', '目标年份', 2024, 1, '']);
    });
  });
}
