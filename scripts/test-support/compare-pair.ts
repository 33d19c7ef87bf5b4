// The compare fixture pair: two small plans of two cities on one subject (杭州市 and 宁波市 美丽城市建设行动实施方案),
// written so that every department contrast occurs, some tasks match in other words and others have no
// counterpart; parsed once through @dutymap/ingest. The expected comparison is counted by hand in the tests.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlanFile } from '@dutymap/ingest';
import type { DutyGraph } from '@dutymap/model';
import { SEED_PATH } from './seed.js';

export const HANGZHOU_PATH = fileURLToPath(new URL('./compare-pair/hangzhou-beautiful-city-plan.txt', import.meta.url));
export const NINGBO_PATH = fileURLToPath(new URL('./compare-pair/ningbo-beautiful-city-plan.txt', import.meta.url));

const cache = new Map<string, Promise<DutyGraph>>();

function parsed(path: string): Promise<DutyGraph> {
  let graph = cache.get(path);
  if (!graph) {
    graph = parsePlanFile(path).then(({ graph: g, diagnostics }) => {
      const fatal = diagnostics.filter((d) => d.severity === 'fatal' || d.severity === 'error');
      if (fatal.length > 0) throw new Error(`${basename(path)} did not parse: ${fatal.map((d) => d.message).join('; ')}`);
      return g;
    });
    cache.set(path, graph);
  }
  return graph;
}

/** The 杭州市 plan (10 tasks) and the 宁波市 plan (9 tasks). */
export const hangzhouGraph = () => parsed(HANGZHOU_PATH);
export const ningboGraph = () => parsed(NINGBO_PATH);

/** The plan issued again by its place under another title and id: its units are the same units (same place, same names). */
export function reissued(graph: DutyGraph, documentId: string, title: string): DutyGraph {
  const copy = JSON.parse(JSON.stringify(graph).replaceAll(graph.document.id, documentId)) as DutyGraph;
  return { ...copy, document: { ...copy.document, title, sha256: 'd'.repeat(64) } };
}

/** A seeds folder holding the seed (衢州市) and the pair, for the API and browser tests. */
export function comparePairSeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dutymap-compare-'));
  for (const path of [SEED_PATH, HANGZHOU_PATH, NINGBO_PATH]) copyFileSync(path, join(dir, basename(path)));
  return dir;
}
