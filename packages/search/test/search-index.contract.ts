// The contract every SearchIndex adapter passes: exact answers on a hand-built plan, the relevance set on the seed.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DutyGraph } from '@dutymap/model';
import { MAX_QUERY_LENGTH, type SearchIndex, type SearchOptions, type SearchResult } from '../src/index.js';
import { DOC, OTHER_CITY_DOC, OTHER_DOC, fixtureGraph, fixtureInOtherCity, idIn, ids } from './utils/fixture.js';
import { resolver, seedGraph } from './utils/seed.js';
import { RELEVANCE_SET } from './relevance.js';

export interface ContractOptions {
  name: string;
  /** A fresh, empty index per call. */
  create: () => SearchIndex | Promise<SearchIndex>;
}

const hitIds = (result: SearchResult) => result.hits.map((h) => h.id);
const facet = (result: SearchResult, name: keyof SearchResult['facets']) =>
  Object.fromEntries(result.facets[name].map((f) => [f.value, f.count]));

async function rejectsWithCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

export function runSearchIndexContract({ name, create }: ContractOptions): void {
  describe(`SearchIndex contract: ${name}`, () => {
    const opened: SearchIndex[] = [];
    const fresh = async (...graphs: DutyGraph[]) => {
      const index = await create();
      opened.push(index);
      for (const graph of graphs) await index.indexDocument(graph);
      return index;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((index) => index.close()));
    });

    describe('on the hand-built plan', () => {
      it('finds the task and the project that name 燃煤锅炉, first, and marks the words', async () => {
        const index = await fresh(fixtureGraph());
        const result = await index.search('燃煤锅炉');
        expect(hitIds(result).slice(0, 2).sort()).toEqual([ids.p1, ids.t1].sort());
        expect(result.total).toBe(2);
        const task = result.hits.find((h) => h.id === ids.t1);
        expect(task).toMatchObject({ type: 'task', title: '任务 1 · 煤炭清洁利用' });
        expect(task?.snippet).toContain('<mark>燃煤锅炉</mark>');
        expect(result.hits.find((h) => h.id === ids.p1)?.title).toBe('项目 1 · 燃煤锅炉淘汰工程');
        const scores = result.hits.map((h) => h.score);
        for (const score of scores) expect(score > 0 && score <= 1, `score ${score}`).toBe(true);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        expect(result.tookMs).toBeGreaterThanOrEqual(0);
      });

      it('counts facets over every hit: type, chapter, unit, year', async () => {
        const index = await fresh(fixtureGraph());
        const result = await index.search('燃煤锅炉', { limit: 1 });
        expect(result.hits).toHaveLength(1);
        expect(result.total).toBe(2);
        expect(facet(result, 'type')).toEqual({ task: 1, project: 1 });
        expect(facet(result, 'chapter')).toEqual({ [ids.chapterAir]: 1, [ids.category]: 1 });
        expect(facet(result, 'unit')).toEqual({ [ids.econ]: 2, [ids.eco]: 2 });
        expect(facet(result, 'year')).toEqual({ '2020': 2 });
        // By count, then value.
        expect(result.facets.type).toEqual([
          { value: 'project', label: '重点项目', count: 1 },
          { value: 'task', label: '任务', count: 1 },
        ]);
        // Labels come from the index: a chapter's heading, a unit's name, a year.
        expect(result.facets.chapter.find((f) => f.value === ids.chapterAir)?.label).toBe('一、坚决打好治气攻坚战');
        expect(result.facets.unit.find((f) => f.value === ids.econ)?.label).toBe('市经信局');
        expect(result.facets.year).toEqual([{ value: '2020', label: '2020年', count: 2 }]);

        const sewage = await index.search('污水零直排', { types: ['task', 'project'] });
        expect(sewage.hits.slice(0, 2).map((h) => h.id).sort()).toEqual([ids.p2, ids.t3].sort());
        expect(facet(sewage, 'year')[2022]).toBe(2);
      });

      it('filters by type, section (a chapter includes its groups), unit, role and year', async () => {
        const index = await fresh(fixtureGraph());
        const q = '治理';
        // Section titles are searched too: t3 sits in the group 城镇污水治理.
        expect(hitIds(await index.search(q, { types: ['task'] })).sort()).toEqual([ids.t2, ids.t3, ids.t4].sort());
        expect(hitIds(await index.search('燃煤锅炉', { types: ['project'] }))).toEqual([ids.p1]);
        expect(hitIds(await index.search(q, { types: ['task'], sectionId: ids.chapterWater })).sort()).toEqual([ids.t3, ids.t4].sort());
        expect(hitIds(await index.search(q, { types: ['task'], sectionId: ids.groupCoal }))).toEqual([ids.t2]);
        expect(hitIds(await index.search('污水', { sectionId: ids.groupSewage, types: ['task'] })).sort()).toEqual([ids.t3, ids.t4].sort());
        expect(hitIds(await index.search('污水', { unitId: ids.agri })).sort()).toEqual([ids.t3, ids.t4].sort());
        expect(hitIds(await index.search('污水', { unitId: ids.agri, role: 'lead' }))).toEqual([ids.t4]);
        expect(hitIds(await index.search('污水', { unitId: ids.agri, role: 'support' }))).toEqual([ids.t3]);
        expect(hitIds(await index.search('燃煤锅炉', { unitId: ids.eco, role: 'responsible' }))).toEqual([ids.p1]);
        expect(hitIds(await index.search('燃煤锅炉', { year: 2020 })).sort()).toEqual([ids.p1, ids.t1].sort());
        expect(hitIds(await index.search('燃煤锅炉', { year: 2022 }))).toEqual([]);
        expect(hitIds(await index.search('污水零直排', { year: 2022, types: ['task', 'project'] })).sort()).toEqual([ids.p2, ids.t3].sort());
      });

      it('filters by jurisdiction and by document over two cities', async () => {
        const index = await fresh(fixtureGraph(), fixtureInOtherCity());
        const other = (id: string) => idIn(OTHER_CITY_DOC, id);
        // 市生态环境局 of each city, and the tasks it is on; the enterprise is no place's.
        // Meilisearch also returns units that share words (市…局) further down: the two come first.
        expect(hitIds(await index.search('市生态环境局', { types: ['unit'] })).slice(0, 2).sort()).toEqual([ids.eco, `${ids.eco}_2`].sort());
        const eco = await index.search('市生态环境局', { types: ['unit'], jurisdictions: ['别市'] });
        expect(eco.hits.map((h) => [h.id, h.title, h.jurisdiction])[0]).toEqual([`${ids.eco}_2`, '市生态环境局', '别市']);
        expect(eco.hits.every((h) => h.jurisdiction === '别市')).toBe(true);
        // Every hit and unit facet value says its place: the two 市生态环境局 read apart.
        const both = await index.search('燃煤锅炉', { types: ['task'] });
        expect(both.hits.map((h) => [h.id, h.jurisdiction]).sort()).toEqual([[ids.t1, '示例市'], [other(ids.t1), '别市']].sort());
        expect(both.facets.unit.map((f) => [f.value, f.label, f.jurisdiction]).sort()).toEqual([
          [ids.eco, '市生态环境局', '示例市'],
          [`${ids.eco}_2`, '市生态环境局', '别市'],
          [ids.econ, '市经信局', '示例市'],
          [`${ids.econ}_2`, '市经信局', '别市'],
        ].sort());
        expect(hitIds(await index.search('燃煤锅炉', { types: ['task', 'project'], jurisdictions: ['别市'] })).sort()).toEqual([other(ids.p1), other(ids.t1)].sort());
        expect(hitIds(await index.search('燃煤锅炉', { types: ['task', 'project'], documentIds: [DOC] })).sort()).toEqual([ids.p1, ids.t1].sort());
        expect((await index.search('燃煤锅炉', { types: ['task', 'project'], jurisdictions: ['别市', '示例市'] })).total).toBe(4);
        expect((await index.search('燃煤锅炉', { jurisdictions: ['别市'], documentIds: [DOC] })).total).toBe(0);
        expect(hitIds(await index.search('巨化集团', { types: ['enterprise'], documentIds: [OTHER_CITY_DOC] }))).toEqual([ids.juhua]);
        expect(hitIds(await index.search('巨化集团', { types: ['enterprise'], jurisdictions: ['别市'] }))).toEqual([]);
        await rejectsWithCode(index.search('燃煤锅炉', { jurisdictions: Array.from({ length: 21 }, (_, i) => `市${i}`) }), 'invalid-search-options');
      });

      it('a province or city code covers the places under it, a name only itself', async () => {
        // The two cities as divisions of one province: 示例市 330800, 别市 330500 (their plans and own units carry the code).
        const coded = (graph: DutyGraph, code: string): DutyGraph => ({
          ...graph,
          document: { ...graph.document, jurisdictionCode: code },
          units: graph.units.map((u) => (u.jurisdiction === graph.document.jurisdiction ? { ...u, jurisdictionCode: code } : u)),
        });
        const index = await fresh(coded(fixtureGraph(), '330800'), coded(fixtureInOtherCity(), '330500'));
        const other = (id: string) => idIn(OTHER_CITY_DOC, id);
        const works = (options: SearchOptions) => index.search('燃煤锅炉', { types: ['task', 'project'], ...options });
        expect((await works({ jurisdictionCodes: ['330000'] })).total).toBe(4);
        expect(hitIds(await works({ jurisdictionCodes: ['330500'] })).sort()).toEqual([other(ids.p1), other(ids.t1)].sort());
        expect((await works({ jurisdictionCodes: ['330500'], jurisdictions: ['示例市'] })).total).toBe(4);
        expect((await works({ jurisdictionCodes: ['440000'] })).total).toBe(0);
        expect((await works({ jurisdictions: ['浙江省'] })).total).toBe(0);
        expect((await works({ jurisdictionCodes: ['330000'], documentIds: [DOC] })).total).toBe(2);
        const eco = await index.search('市生态环境局', { types: ['unit'], jurisdictionCodes: ['330800'] });
        expect([eco.hits[0]?.id, eco.hits.every((h) => h.jurisdiction === '示例市')]).toEqual([ids.eco, true]);
        expect(hitIds(await index.search('巨化集团', { types: ['enterprise'], jurisdictionCodes: ['330000'] }))).toEqual([]);
        await rejectsWithCode(index.search('燃煤锅炉', { jurisdictionCodes: ['3308'] }), 'invalid-search-options');
      });

      it('pages with limit and offset; total counts every page', async () => {
        const index = await fresh(fixtureGraph());
        const all = await index.search('市生态环境局', { limit: 100 });
        expect(all.total).toBeGreaterThanOrEqual(4);
        expect(all.hits[0]?.id).toBe(ids.eco);
        const first = await index.search('市生态环境局', { limit: 2 });
        const second = await index.search('市生态环境局', { limit: 2, offset: 2 });
        expect(first.total).toBe(all.total);
        expect(hitIds(first)).toEqual(hitIds(all).slice(0, 2));
        expect(hitIds(second)).toEqual(hitIds(all).slice(2, 4));
        expect((await index.search('市生态环境局', { offset: 500 })).hits).toEqual([]);
      });

      it('finds a unit by alias, former name, English name and a short word inside its name', async () => {
        const index = await fresh(fixtureGraph());
        expect((await index.search('市农业局')).hits[0]?.id).toBe(ids.agri);
        expect((await index.search('市环保局')).hits[0]?.id).toBe(ids.eco);
        expect((await index.search('Agriculture')).hits[0]?.id).toBe(ids.agri);
        expect(hitIds(await index.search('农业', { types: ['unit'] }))).toEqual([ids.agri]);
        const juhua = await index.search('巨化');
        expect(hitIds(juhua)).toEqual(expect.arrayContaining([ids.juhua, ids.t2]));
        expect(juhua.hits.find((h) => h.id === ids.t2)?.snippet).toContain('<mark>巨化');
      });

      it('escapes the text around the marks', async () => {
        const index = await fresh(fixtureGraph());
        const hit = (await index.search('农村生活污水')).hits.find((h) => h.id === ids.t4);
        expect(hit?.snippet).toContain('&lt;治理&gt;');
        expect(hit?.snippet).toContain('<mark>');
        expect(hit?.snippet).not.toContain('<治理>');
      });

      it('indexDocument is idempotent, and a re-index drops rows the new version no longer has', async () => {
        const index = await fresh(fixtureGraph());
        const before = await index.search('污水', { limit: 100 });
        await index.indexDocument(fixtureGraph());
        const again = await index.search('污水', { limit: 100 });
        expect(hitIds(again)).toEqual(hitIds(before));
        expect(again.total).toBe(before.total);

        const shorter = fixtureGraph();
        shorter.tasks = shorter.tasks.filter((t) => t.id !== ids.t4);
        await index.indexDocument(shorter);
        const after = await index.search('污水', { limit: 100 });
        expect(hitIds(after)).not.toContain(ids.t4);
        expect(hitIds(after)).toContain(ids.t3);
      });

      it('documentHashes lists what is indexed, with each document’s sha256', async () => {
        const index = await fresh(fixtureGraph(), fixtureGraph(OTHER_DOC));
        expect(await index.documentHashes()).toEqual([
          { id: DOC, sha256: 'a'.repeat(64) },
          { id: OTHER_DOC, sha256: 'a'.repeat(64) },
        ].sort((a, b) => (a.id < b.id ? -1 : 1)));
        await index.removeDocument(OTHER_DOC);
        expect(await index.documentHashes()).toEqual([{ id: DOC, sha256: 'a'.repeat(64) }]);
      });

      it('removeDocument drops the document and keeps units another document still holds', async () => {
        const index = await fresh(fixtureGraph(), fixtureGraph(OTHER_DOC));
        const both = await index.search('燃煤锅炉', { types: ['task'] });
        expect(hitIds(both).sort()).toEqual([ids.t1, idIn(OTHER_DOC, ids.t1)].sort());

        await index.removeDocument(DOC);
        expect(hitIds(await index.search('燃煤锅炉', { types: ['task'] }))).toEqual([idIn(OTHER_DOC, ids.t1)]);
        expect(hitIds(await index.search('市农业局'))[0]).toBe(ids.agri);

        await index.removeDocument(DOC);
        await index.removeDocument('doc_never_indexed');
        await index.removeDocument(OTHER_DOC);
        await expect(index.search('燃煤锅炉')).resolves.toMatchObject({ total: 0, hits: [] });
        await expect(index.search('市农业局')).resolves.toMatchObject({ total: 0 });
      });

      it('rejects empty, whitespace and overlong queries with invalid-query; punctuation finds nothing', async () => {
        const index = await fresh(fixtureGraph());
        await rejectsWithCode(index.search(''), 'invalid-query');
        await rejectsWithCode(index.search(' \t\u3000 '), 'invalid-query');
        await rejectsWithCode(index.search('燃'.repeat(MAX_QUERY_LENGTH + 1)), 'invalid-query');
        await rejectsWithCode(index.search(42 as unknown as string), 'invalid-query');
        await expect(index.search('燃'.repeat(MAX_QUERY_LENGTH))).resolves.toMatchObject({ hits: expect.any(Array) });
        const punctuation = await index.search('，。！？、“”——…');
        expect(punctuation).toMatchObject({ total: 0, hits: [], facets: { type: [], chapter: [], unit: [], year: [] } });
      });

      it('rejects bad options with invalid-search-options', async () => {
        const index = await fresh(fixtureGraph());
        await rejectsWithCode(index.search('污水', { limit: 0 }), 'invalid-search-options');
        await rejectsWithCode(index.search('污水', { limit: 101 }), 'invalid-search-options');
        await rejectsWithCode(index.search('污水', { offset: -1 }), 'invalid-search-options');
        await rejectsWithCode(index.search('污水', { types: ['bogus' as 'task'] }), 'invalid-search-options');
        await rejectsWithCode(index.search('污水', { role: 'lead' }), 'invalid-search-options');
        await rejectsWithCode(index.search('污水', { year: 20.5 }), 'invalid-search-options');
      });

      it('rejects a graph without a document id and a bad document id with invalid-argument', async () => {
        const index = await fresh();
        await rejectsWithCode(index.indexDocument({} as DutyGraph), 'invalid-argument');
        await rejectsWithCode(index.removeDocument(''), 'invalid-argument');
      });

      it('refuses calls after close', async () => {
        const index = await create();
        await index.indexDocument(fixtureGraph());
        await index.close();
        await rejectsWithCode(index.search('污水'), 'search-index-closed');
      });
    });

    describe('on the seed plan', () => {
      let index: SearchIndex;
      let key: (k: string) => string;
      beforeAll(async () => {
        const graph = await seedGraph();
        key = resolver(graph);
        index = await create();
        await index.indexDocument(graph);
        return () => index.close();
      }, 60_000);

      it(`relevance set (${RELEVANCE_SET.length} queries): recall@3 ≥ 0.95 and every "also" hit found`, async () => {
        let expected = 0;
        let found = 0;
        const misses: string[] = [];
        for (const c of RELEVANCE_SET) {
          const result = await index.search(c.query, { limit: 30, ...c.options });
          const ranked = hitIds(result);
          const k = Math.max(3, c.top.length);
          for (const want of c.top) {
            expected += 1;
            if (ranked.slice(0, k).includes(key(want))) found += 1;
            else misses.push(`${c.query} → ${want} (rank ${ranked.indexOf(key(want)) + 1 || 'none'})`);
          }
          for (const want of c.also ?? []) {
            if (!ranked.includes(key(want))) misses.push(`${c.query} → ${want} (also: not in first 30)`);
          }
        }
        const recall = found / expected;
        expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(30);
        // The message lists every miss, so a drop shows what moved.
        expect(recall, `recall@3 = ${recall.toFixed(3)}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
        expect(misses.filter((m) => m.includes('(also'))).toEqual([]);
      });

      it('燃煤锅炉 marks the words in the task text and facets by chapter', async () => {
        const result = await index.search('燃煤锅炉');
        const task22 = result.hits.find((h) => h.id === key('task:22'));
        expect(task22?.snippet).toContain('<mark>燃煤锅炉</mark>');
        expect(facet(result, 'chapter')[key('section:坚决打好治气攻坚战，稳步改善环境空气质量')]).toBeGreaterThanOrEqual(2);
        expect(facet(result, 'unit')[key('unit:市经信局')]).toBeGreaterThanOrEqual(2);
      });

      it('filters the seed by lead unit: tasks 市经信局 leads that mention 锅炉', async () => {
        const result = await index.search('锅炉', { types: ['task'], unitId: key('unit:市经信局'), role: 'lead' });
        expect(hitIds(result)).toEqual([key('task:22')]);
      });
    });
  });
}
