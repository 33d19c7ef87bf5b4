// Benchmark of the embedded search index on the seed (S) and the generated corpus (C100, then on to C1k in
// the same index): indexing rate, heap per plan, and the relevance set's queries with highlights and
// facets beside a plain substring scan of the same texts. Run by `npm run bench`; prints rows.
import type { DutyGraph } from '@dutymap/model';
import { createEmbeddedSearchIndex, type SearchIndex } from '../src/index.js';
import { toSearchDocuments } from '../src/documents.js';
import { RELEVANCE_SET } from '../test/relevance.js';
import { SEED, corpora, emit, heapUsed, log, plans, summarise, timeCalls } from '../../../scripts/bench/measure.js';

const sizes = corpora();
const queries = RELEVANCE_SET.map((c) => ({ query: c.query, options: { limit: 20, ...c.options } }));
/** The texts a scan reads: names, text, units and sections of every search document, lower-cased. */
const haystacks: string[] = [];
const haystackBytes = () => haystacks.reduce((n, t) => n + t.length * 2, 0);

async function index(target: SearchIndex, graphs: Iterable<DutyGraph>): Promise<number[]> {
  const times: number[] = [];
  for (const graph of graphs) {
    for (const d of toSearchDocuments(graph)) haystacks.push([d.name, ...d.aliases, d.text, ...d.units, ...d.sections, d.nameEn].join('\n').toLowerCase());
    const t = performance.now();
    await target.indexDocument(graph);
    times.push(performance.now() - t);
  }
  return times;
}

async function searches(target: SearchIndex, corpus: string): Promise<void> {
  const rounds = corpus === 'S' ? 20 : 5;
  const engine = await timeCalls(queries.length * rounds, (i) => {
    const q = queries[i % queries.length] as (typeof queries)[number];
    return target.search(q.query, q.options);
  }, queries.length);
  let sink = 0;
  const scan = await timeCalls(queries.length * Math.min(rounds, 3), (i) => {
    const needle = (queries[i % queries.length] as (typeof queries)[number]).query.toLowerCase();
    for (const text of haystacks) if (text.includes(needle)) sink += 1;
  }, 3);
  emit({
    measure: `search, highlights + facets (${queries.length} queries)`,
    corpus,
    store: 'embedded',
    p50: engine.p50,
    p95: engine.p95,
    p99: engine.p99,
    rate: engine.rate,
    per: 'queries/s',
    baseline: { label: 'substring scan (no rank, no facets)', p50: scan.p50, p99: scan.p99, rate: scan.rate },
    ratio: engine.p99 / scan.p99,
    target: 'p99 ≤ 20 ms at C1k',
  });
  if (sink < 0) log('unreachable');
}

const rateOf = (times: number[]) => times.length / (times.reduce((a, b) => a + b, 0) / 1000);

function indexRow(corpus: string, times: number[], target = '') {
  const l = summarise(times);
  emit({ measure: 'index (ms per plan)', corpus, store: 'embedded', p50: l.p50, p95: l.p95, p99: l.p99, rate: rateOf(times), per: 'plans/s', target });
}

log('search bench: embedded index');
{
  // The first index of a process loads jieba's dictionary: warmed before timing.
  const warm = await createEmbeddedSearchIndex();
  await warm.indexDocument(SEED());
  await warm.close();
  const times: number[] = [];
  for (let i = 0; i < 10; i += 1) {
    const fresh = await createEmbeddedSearchIndex();
    const t = performance.now();
    await fresh.indexDocument(SEED());
    times.push(performance.now() - t);
    await fresh.close();
  }
  indexRow('S', times);
  const seed = await createEmbeddedSearchIndex();
  await index(seed, [SEED()]);
  await searches(seed, 'S');
  await seed.close();
}
if (sizes.C100) {
  haystacks.length = 0;
  const h0 = heapUsed();
  const target = await createEmbeddedSearchIndex();
  const first = await index(target, plans(0, 100));
  indexRow('C100', first);
  emit({ measure: 'index heap per plan', corpus: 'C100', store: 'embedded', value: (heapUsed() - h0 - haystackBytes()) / 100 / 1e6, valueUnit: 'MB' });
  await searches(target, 'C100');
  if (sizes.C1k) {
    const rest = await index(target, plans(100, 1000));
    indexRow('C1k', [...first, ...rest], 'linear: rate at 1,000 ≈ at 100');
    emit({ measure: 'index rate at plans 901–1000 / at 1–100', corpus: 'C1k', store: 'embedded', value: rateOf(rest.slice(-100)) / rateOf(first), valueUnit: '×' });
    emit({ measure: 'index heap per plan', corpus: 'C1k', store: 'embedded', value: (heapUsed() - h0 - haystackBytes()) / 1000 / 1e6, valueUnit: 'MB' });
    await searches(target, 'C1k');
  }
  await target.close();
}
