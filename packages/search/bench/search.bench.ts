// Benchmark of the embedded engine on the seed: indexing time and query latency over the relevance set,
// beside a plain substring scan of the same texts. Run with `npm run bench -w @dutymap/search`. Not a test.
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '@dutymap/ingest';
import { createEmbeddedSearchIndex } from '../src/index.js';
import { toSearchDocuments } from '../src/documents.js';
import { RELEVANCE_SET } from '../test/relevance.js';

const SEED = fileURLToPath(new URL('../../../seeds/quzhou-eco-civilization-plan.txt', import.meta.url));
const INDEX_RUNS = 20;
const QUERY_ROUNDS = 40;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const ms = (n: number) => `${n.toFixed(3)} ms`;
const row = (...cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(34) : c.padStart(12))).join('');

const { graph } = parsePlan(await readFile(SEED, 'utf8'), { sourceName: 'quzhou-eco-civilization-plan.txt' });

// The first index in a process pays for loading jieba's dictionary once; reported apart.
let started = performance.now();
const first = createEmbeddedSearchIndex();
await first.indexDocument(graph);
const coldMs = performance.now() - started;
await first.close();

const indexTimes: number[] = [];
for (let i = 0; i < INDEX_RUNS; i += 1) {
  const index = createEmbeddedSearchIndex();
  started = performance.now();
  await index.indexDocument(graph);
  indexTimes.push(performance.now() - started);
  await index.close();
}
indexTimes.sort((a, b) => a - b);

const index = createEmbeddedSearchIndex();
await index.indexDocument(graph);
const queries = RELEVANCE_SET.map((c) => ({ query: c.query, options: { limit: 20, ...c.options } }));
for (const { query, options } of queries) await index.search(query, options); // warm-up

// Baseline: what a search without an index does: lower-case every text and look for the query in it.
const docs = toSearchDocuments(graph);
const haystacks = docs.map((d) => [d.name, ...d.aliases, d.text, ...d.units, ...d.sections, d.nameEn].join('\n').toLowerCase());
const scan = (query: string) => {
  const needle = query.toLowerCase();
  let hits = 0;
  for (const text of haystacks) if (text.includes(needle)) hits += 1;
  return hits;
};

const engineTimes: number[] = [];
const scanTimes: number[] = [];
const perQuery = new Map<string, number[]>();
let sink = 0;
for (let round = 0; round < QUERY_ROUNDS; round += 1) {
  for (const { query, options } of queries) {
    let t = performance.now();
    sink += (await index.search(query, options)).total;
    const took = performance.now() - t;
    engineTimes.push(took);
    perQuery.set(query, [...(perQuery.get(query) ?? []), took]);
    t = performance.now();
    sink += scan(query);
    scanTimes.push(performance.now() - t);
  }
}
engineTimes.sort((a, b) => a - b);
scanTimes.sort((a, b) => a - b);
// On a shared machine a p99 over single runs mostly measures the scheduler; the median of each query's
// runs is the engine's own cost, and the slowest of those medians is its worst query.
const medians = [...perQuery].map(([query, times]) => ({ query, median: percentile([...times].sort((a, b) => a - b), 50) }));
medians.sort((a, b) => b.median - a.median);
const worst = medians[0];

const out = [
  `seed: ${graph.tasks.length} tasks, ${graph.projects.length} projects, ${graph.units.length} units → ${docs.length} search documents`,
  '',
  row('indexing the seed', 'median', 'max', 'target'),
  row(`  embedded, warm (${INDEX_RUNS} runs)`, ms(percentile(indexTimes, 50)), ms(indexTimes[indexTimes.length - 1] ?? NaN), '≤ 200 ms'),
  row('  embedded, cold (loads jieba dict)', ms(coldMs), '', ''),
  '',
  row(`queries (${queries.length} × ${QUERY_ROUNDS})`, 'p50', 'p99', 'target p99'),
  row('  embedded engine', ms(percentile(engineTimes, 50)), ms(percentile(engineTimes, 99)), '≤ 5 ms'),
  row(`  slowest query (median): ${worst?.query ?? ''}`.slice(0, 34), ms(worst?.median ?? NaN), '', ''),
  row('  substring scan (baseline)', ms(percentile(scanTimes, 50)), ms(percentile(scanTimes, 99)), ''),
  row(
    '  ratio engine / scan',
    `${(percentile(engineTimes, 50) / percentile(scanTimes, 50)).toFixed(1)}×`,
    `${(percentile(engineTimes, 99) / percentile(scanTimes, 99)).toFixed(1)}×`,
    '',
  ),
  '',
  'The scan finds only verbatim substrings: no ranking, facets, aliases, typo tolerance or highlighting.',
  `Machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; with load above the core count, p99 and max measure preemption, not the engine.`,
];
process.stdout.write(`${out.join('\n')}\n`);
if (sink < 0) process.stdout.write('unreachable\n');
await index.close();
