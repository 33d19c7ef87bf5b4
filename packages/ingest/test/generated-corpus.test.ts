// The scale corpus (scripts/corpus): every generated plan parses, under the jurisdiction it was written for.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';
import { CorpusGenerator, MAX_TASKS, MIN_TASKS } from '../../../scripts/corpus/corpus.js';

describe('generated corpus (seed 1)', () => {
  const generator = new CorpusGenerator({ seed: 1 });

  it('re-issues the seed for real jurisdictions, cities first, then counties, and rewrites the title', () => {
    expect([0, 1, 2, 400].map((i) => generator.plan(i).jurisdiction)).toEqual(['烟台市', '榆林市', '咸阳市', '东阿县']);
    const { graph } = parsePlan(generator.plan(0).text, { sourceName: 'p0.txt' });
    expect(graph.document).toMatchObject({ title: '烟台市生态文明示范创建行动实施方案', jurisdiction: '烟台市' });
    // 各县（市、区）政府 expands into 烟台市's own districts and counties.
    expect(graph.units.filter((u) => u.kind === 'county_government').map((u) => u.name)).toContain('芝罘区政府');
  });

  it('is deterministic: the same seed gives the same plan, another seed another', () => {
    expect(new CorpusGenerator({ seed: 1 }).plan(7).text).toBe(generator.plan(7).text);
    expect(new CorpusGenerator({ seed: 2 }).plan(7).text).not.toBe(generator.plan(7).text);
  });

  it('every plan parses with one task per row, sizes between 20 and 400', () => {
    const sizes: number[] = [];
    for (const index of [...Array(12).keys(), 350, 401, 3500]) {
      const plan = generator.plan(index);
      const { ok, graph, diagnostics } = parsePlan(plan.text, { sourceName: plan.fileName });
      expect([index, ok, graph.document.jurisdiction, graph.tasks.length, diagnostics.filter((d) => d.severity === 'error')]).toEqual([index, true, plan.jurisdiction, plan.taskRows, []]);
      sizes.push(plan.taskRows);
    }
    expect(sizes.every((n) => n >= MIN_TASKS && n <= MAX_TASKS)).toBe(true);
    expect(sizes.slice(0, 4)).toEqual([227, 371, 242, 384]);
  });

  it('a jurisdiction issues a second plan under another theme once every jurisdiction has one', () => {
    const lap = generator.plan(generator.jurisdictionCount);
    expect(generator.jurisdictionCount).toBe(3325);
    expect(parsePlan(lap.text, { sourceName: 'x.txt' }).graph.document).toMatchObject({ jurisdiction: '烟台市', title: '烟台市美丽城市建设行动实施方案' });
  });
});
