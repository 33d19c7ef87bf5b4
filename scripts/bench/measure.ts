// Benchmark support shared by the package benches and the runner: timings, percentiles, the corpus plans
// parsed one at a time, and the row format every bench prints. Benchmarks print figures; they assert nothing.
import { parsePlan } from '@dutymap/ingest';
import type { DutyGraph } from '@dutymap/model';
import { CorpusGenerator, SEED_TEMPLATE } from '../corpus/corpus.js';
import { readFileSync } from 'node:fs';

/** One line of the final table: a figure, its baseline measured in the same run, and the target. */
export interface Row {
  /** What is measured ("load", "tasksOfUnit", "search"…). */
  measure: string;
  corpus: string;
  /** memory, neo4j, embedded, api… */
  store: string;
  p50?: number;
  p95?: number;
  p99?: number;
  /** Operations (or plans, or elements) per second. */
  rate?: number;
  /** What `rate` counts. */
  per?: string;
  /** A figure that is neither a latency nor a rate (bytes per edge, MB, seconds). */
  value?: number;
  valueUnit?: string;
  baseline?: { label: string; p50?: number; p99?: number; rate?: number; value?: number };
  /** The figure over the baseline's, as the target states it. */
  ratio?: number;
  target?: string;
  met?: boolean;
}

/** Rows are printed as one JSON line each, prefixed, so the runner can collect them from any bench. */
export const ROW_PREFIX = 'BENCH_ROW ';

export function emit(row: Row): void {
  process.stdout.write(`${ROW_PREFIX}${JSON.stringify(row)}\n`);
}

export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

export interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  /** Calls per second over the run (sequential calls). */
  rate: number;
}

export function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

export function summarise(times: number[]): Latencies {
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), rate: times.length / (total / 1000) };
}

/** Times `n` sequential calls after `warm` unmeasured ones. */
export async function timeCalls(n: number, call: (i: number) => unknown, warm = Math.min(20, n)): Promise<Latencies> {
  for (let i = 0; i < warm; i += 1) await call(i);
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = performance.now();
    await call(i);
    times.push(performance.now() - start);
  }
  return summarise(times);
}

export const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  collect?.();
};

export function heapUsed(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

export const SEED: () => DutyGraph = (() => {
  let seed: DutyGraph | undefined;
  return () => (seed ??= parsePlan(readFileSync(SEED_TEMPLATE, 'utf8'), { sourceName: 'quzhou-eco-civilization-plan.txt' }).graph);
})();

/** The generated corpus' plans `from` to `to` (excluded), parsed one at a time (the caller keeps none). */
export function* plans(from: number, to: number, seed = 1): Generator<DutyGraph> {
  const generator = new CorpusGenerator({ seed });
  for (let i = from; i < to; i += 1) {
    const plan = generator.plan(i);
    yield parsePlan(plan.text, { sourceName: plan.fileName }).graph;
  }
}

/** Nodes + relations a plan writes: what "elements per second" counts. */
export function elementsOf(graph: DutyGraph): number {
  return 1 + graph.sections.length + graph.tasks.length + graph.projects.length + graph.units.length + graph.enterprises.length + graph.places.length + graph.relations.length;
}

/**
 * Which corpus sizes a run covers: S, C100 and C1k unless BENCH_CORPORA says otherwise ("S,C100" for a
 * quick run; "S,C100,C1k,C10k" adds C10k on Neo4j, about an hour more; the embedded stores stop at C1k).
 */
export function corpora(): { C100: boolean; C1k: boolean; C10k: boolean } {
  const wanted = (process.env['BENCH_CORPORA'] ?? 'S,C100,C1k').split(',');
  return { C100: wanted.includes('C100'), C1k: wanted.includes('C1k'), C10k: wanted.includes('C10k') && wanted.includes('C1k') };
}
