// `npm run bench`: starts the local Neo4j (unless NEO4J_URI is set), writes the generated corpus, runs the
// package benches one after another and prints one table, each figure beside its baseline measured in the
// same run. Prints figures; asserts nothing. BENCH_CORPORA=S,C100 skips C1k (minutes instead of half an hour).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan, readTextLayout } from '@dutymap/ingest';
import { CorpusGenerator } from '../corpus/corpus.js';
import { ROW_PREFIX, corpora, summarise, type Row } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const sizes = corpora();
const rows: Row[] = [];
const note = (line: string) => process.stderr.write(`${line}\n`);

if (!process.env['NEO4J_URI']) {
  execFileSync('bash', [join(ROOT, 'scripts/neo4j-start.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  process.env['NEO4J_URI'] = `bolt://127.0.0.1:${process.env['NEO4J_LOCAL_PORT'] ?? '7687'}`;
}
note(`bench: Neo4j at ${process.env['NEO4J_URI']} (its dutymap nodes are deleted); ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

// Parsing: a plan parsed whole beside one pass of the layout reader over the same text (the baseline).
{
  const generator = new CorpusGenerator();
  const texts = Array.from({ length: 100 }, (_, i) => generator.plan(i).text);
  const time = (fn: (text: string) => unknown) => {
    for (const text of texts.slice(0, 10)) fn(text);
    return summarise(texts.map((text) => {
      const t = performance.now();
      fn(text);
      return performance.now() - t;
    }));
  };
  const layout = time((text) => readTextLayout(text));
  const parse = time((text) => parsePlan(text, { sourceName: 'plan.txt' }));
  rows.push({ measure: 'parse a plan (ms per plan)', corpus: 'C100', store: 'ingest', p50: parse.p50, p95: parse.p95, p99: parse.p99, rate: parse.rate, per: 'plans/s', baseline: { label: 'one layout-reader pass', p50: layout.p50, p99: layout.p99, rate: layout.rate }, ratio: parse.p50 / layout.p50 });
}

/** Runs one bench file in its own Node process and collects its rows. */
function run(file: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8000', '--conditions=@dutymap/source', '--import', 'tsx', join(ROOT, file)], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(ROW_PREFIX)) rows.push(JSON.parse(line.slice(ROW_PREFIX.length)) as Row);
        else if (line.trim()) note(line);
      }
    });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${file} exited with ${code}`))));
  });
}

await run('packages/graph/bench/graph.bench.ts');
await run('packages/search/bench/search.bench.ts');
const corpusSize = sizes.C1k ? 1000 : sizes.C100 ? 100 : 0;
if (corpusSize > 0) {
  const dir = mkdtempSync(join(tmpdir(), 'dutymap-corpus-'));
  for (const plan of new CorpusGenerator().plans(corpusSize)) writeFileSync(join(dir, plan.fileName), plan.text);
  await run('apps/api/bench/api.bench.ts', { BENCH_CORPUS_DIR: dir, BENCH_CORPUS_NAME: sizes.C1k ? 'C1k' : 'C100' });
  rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------- the table
const num = (n: number | undefined, digits = 2) => (n === undefined || Number.isNaN(n) ? '' : n >= 1000 ? Math.round(n).toLocaleString('en-US') : n.toFixed(n >= 100 ? 0 : digits));
const figure = (r: { p50?: number; p99?: number; rate?: number; value?: number }, unit?: string, per?: string) =>
  [r.p50 !== undefined ? `p50 ${num(r.p50)}` : '', r.p99 !== undefined ? `p99 ${num(r.p99)}` : '', r.rate !== undefined ? `${num(r.rate)} ${per ?? '/s'}` : '', r.value !== undefined ? `${num(r.value)} ${unit ?? ''}` : '']
    .filter(Boolean)
    .join(' · ');
const header = ['measure', 'corpus', 'store', 'p50 ms', 'p95 ms', 'p99 ms', 'rate / value', 'baseline (same run)', 'ratio', 'target'];
const body = rows.map((r) => [
  r.measure,
  r.corpus,
  r.store,
  num(r.p50),
  num(r.p95),
  num(r.p99),
  [r.rate !== undefined ? `${num(r.rate)} ${r.per ?? ''}` : '', r.value !== undefined ? `${num(r.value)} ${r.valueUnit ?? ''}` : ''].filter(Boolean).join(', '),
  r.baseline ? `${r.baseline.label}: ${figure(r.baseline, r.valueUnit, r.per)}` : '',
  r.ratio !== undefined ? `${num(r.ratio)}×` : '',
  `${r.target ?? ''}${r.met === undefined ? '' : r.met ? ' ✓' : ' ✗'}`,
]);
// Widths by code points; CJK in a cell would need two columns, the measures are kept ASCII.
const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => [...(cells[i] ?? '')].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...c].length))).join(' | ')} |`;
const table = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
process.stdout.write(`\n${table}\n\nMachine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end; shared with other work, so figures are noisy: read each beside its baseline.\n`);
const out = process.env['BENCH_OUT'];
if (out) writeFileSync(out, JSON.stringify(rows, null, 2));
