// Real tables from other governments, each against its hand-checked gold (test/fixtures/real).
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../src/index.js';
import { realFixtures, scoreAgainstGold } from './utils/gold.js';

const fixtures = realFixtures();

describe('real responsibility tables', () => {
  it('has a corpus from several provinces and levels', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    expect(new Set(fixtures.map((f) => f.gold.jurisdiction)).size).toBe(fixtures.length);
  });

  describe.each(fixtures)('$slug', ({ path, gold }) => {
    it('reads its title, year, issuer and jurisdiction, every task with its text, and its edges at F1 ≥ 0.95', async () => {
      const options = gold.jurisdictionNamed === false ? { jurisdiction: gold.jurisdiction } : {};
      const { ok, graph, diagnostics } = await parsePlanFile(path, options);
      expect(diagnostics.filter((d) => d.severity === 'fatal' || d.severity === 'error')).toEqual([]);
      expect(ok).toBe(true);
      expect(graph.document.jurisdiction).toBe(gold.jurisdiction);
      // A copy that begins inside the page keeps no title: the file name stands for it.
      expect(graph.document.title).toBe(gold.title || graph.document.sourceName);
      expect(graph.document.year ?? null).toBe(gold.year);
      expect(graph.document.issuer ?? null).toBe(gold.issuer);
      expect(graph.tasks.length + graph.projects.length).toBe(gold.tasks.length + (gold.projects?.length ?? 0));
      expect(graph.tasks.filter((t) => t.text === '')).toEqual([]);
      const score = scoreAgainstGold(graph, gold);
      expect(score.unmatchedTasks).toEqual([]);
      expect(score.f1, score.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    });
  });
});
