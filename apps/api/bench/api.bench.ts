// Benchmark of the API as `npm start` runs it, on a corpus folder (BENCH_CORPUS_DIR, C1k by default):
// first start (every plan ingested), restart from what the stores kept, resident memory, the largest JSON
// answer of any endpoint with default parameters, and GET /api/units/:id/tasks under load beside an
// Express and a node:http "hello" measured in the same run. Run by `npm run bench`; prints rows.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import express from 'express';
import { pino } from 'pino';
import { createMemoryGraphStore, createNeo4jGraphStore, type GraphStore } from '@dutymap/graph';
import { createEmbeddedSearchIndex } from '@dutymap/search';
import { createServer } from '../src/server.js';
import { DocumentLibrary } from '../src/ingestion/document-library.js';
import { workerParser } from '../src/ingestion/parser.js';
import { IngestService } from '../src/ingestion/ingest-service.js';
import { emit, log } from '../../../scripts/bench/measure.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = join(ROOT, 'apps/api/dist/main.js');
const corpusDir = process.env['BENCH_CORPUS_DIR'];
const corpus = process.env['BENCH_CORPUS_NAME'] ?? 'C1k';
const neo4jUri = process.env['NEO4J_URI'] ?? 'bolt://127.0.0.1:7687';
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = 50;
if (!corpusDir) throw new Error('api bench: set BENCH_CORPUS_DIR to a folder of plan files (scripts/bench/run.ts does)');
const plans = readdirSync(corpusDir).length;

interface Running {
  url: string;
  child: ChildProcess;
  readyMs: number;
  output: () => string;
}

/** Starts main.js on the corpus and waits for /readyz; the time to ready is what a restart costs. */
async function start(dataDir: string, store: 'embedded' | 'neo4j'): Promise<Running> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DUTYMAP_DATA_DIR: dataDir, DUTYMAP_SEEDS_DIR: corpusDir };
  if (store === 'neo4j') env['NEO4J_URI'] = neo4jUri;
  else delete env['NEO4J_URI'];
  const child = spawn(process.execPath, ['--max-old-space-size=6000', MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`api bench: the server exited: ${output.slice(-2000)}`);
    const ok = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, child, readyMs: performance.now() - started, output: () => output };
}

async function stop(running: Running): Promise<void> {
  const exited = new Promise((resolve) => running.child.once('exit', resolve));
  running.child.kill('SIGTERM');
  await exited;
}

function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

const json = async (url: string) => (await fetch(url)).json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- benchmark reads a few fields

/** Every endpoint with its default parameters, on ids found through the API: the largest answer in bytes. */
async function largestAnswer(url: string): Promise<{ bytes: number; path: string }> {
  const units = (await json(`${url}/api/units?limit=2`)).items as Array<{ id: string }>;
  const [a, b] = [units[0]?.id, units[1]?.id];
  const enterprise = (await json(`${url}/api/search?q=${encodeURIComponent('巨化')}&type=enterprise`)).items[0]?.id;
  const place = (await json(`${url}/api/search?q=${encodeURIComponent('园区')}&type=place`)).items[0]?.id;
  const task = (await json(`${url}/api/units/${a}/tasks`)).items[0]?.task.id;
  const project = (await json(`${url}/api/units/${a}/projects`)).items[0]?.project.id;
  const paths = [
    '/api/documents', '/api/sections', '/api/stats', '/api/workloads', '/api/hygiene', '/api/network', '/api/units', `/api/units?q=${encodeURIComponent('局')}`,
    `/api/search?q=${encodeURIComponent('环境')}`, `/api/units/${a}`, `/api/units/${a}/tasks`, `/api/units/${a}/projects`, `/api/units/${a}/partners`,
    `/api/units/${a}/workload`, `/api/units/${a}/shared/${b}`, `/api/units/${a}/connections/${b}`, `/api/explain?a=${a}&b=${b}`,
    `/api/nodes/${encodeURIComponent(enterprise)}/neighbourhood`, `/api/enterprises/${encodeURIComponent(enterprise)}`, `/api/places/${encodeURIComponent(place)}`,
    `/api/tasks/${encodeURIComponent(task)}`, `/api/projects/${encodeURIComponent(project)}`, '/api/openapi.json',
  ];
  let largest = { bytes: 0, path: '' };
  for (const path of paths) {
    const res = await fetch(`${url}${path}`);
    const bytes = (await res.arrayBuffer()).byteLength;
    if (!res.ok) log(`  api bench: ${path} answered ${res.status}`);
    if (bytes > largest.bytes) largest = { bytes, path };
  }
  return largest;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function listen(handler: Handler | express.Express): Promise<Server> {
  return new Promise((resolve) => {
    const server = createHttpServer(handler as Handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const base = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function load(url: string, paths: string[]): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: SECONDS, workers: 1, requests: paths.map((path) => ({ method: 'GET', path })) });
}

/** The API in this process on stores that start from `dataDir` (rate limit off: it is a load test). */
async function inProcess(dataDir: string, store: 'embedded' | 'neo4j') {
  const logger = pino({ level: 'silent' });
  const graph: GraphStore = store === 'neo4j' ? await createNeo4jGraphStore({ uri: neo4jUri }) : await createMemoryGraphStore({ dataDir: join(dataDir, 'graph') });
  const search = await createEmbeddedSearchIndex({ dataDir: join(dataDir, 'search') });
  const ingest = new IngestService({ graph, search, library: new DocumentLibrary(join(dataDir, 'uploads')), logger, parse: workerParser({ timeoutMs: 120_000, memoryMb: 1024 }) });
  const app = createServer({ graph, search, ingest, logger, rateLimitPerMinute: 0 });
  const server = await listen(app);
  return { server, close: async () => { server.close(); await Promise.allSettled([graph.close(), search.close()]); } };
}

for (const store of ['embedded', 'neo4j'] as const) {
  log(`api bench: ${store}, ${plans} plans from ${corpusDir}`);
  const dataDir = mkdtempSync(join(tmpdir(), `dutymap-bench-${store}-`));
  if (store === 'neo4j') {
    // Start from an empty database: the first start ingests every plan.
    const graph = await createNeo4jGraphStore({ uri: neo4jUri });
    for (const d of await graph.documentHashes()) await graph.removeDocument(d.id);
    await graph.close();
  }
  const first = await start(dataDir, store);
  emit({ measure: 'first start: every plan ingested', corpus, store, value: first.readyMs / 1000, valueUnit: 's', rate: plans / (first.readyMs / 1000), per: 'plans/s' });
  const rss = rssMb(first.child.pid);
  emit({ measure: 'resident memory after the first start (ingest)', corpus, store, value: rss, valueUnit: 'MB', ...(store === 'embedded' ? { target: '≤ 2,048 MB at C1k', met: rss <= 2048 } : {}) });
  const largest = await largestAnswer(first.url);
  emit({ measure: `largest JSON answer, defaults (${largest.path.split('?')[0]?.replace(/\/(unit|doc|ent|place)_[^/]+/g, '/:id')})`, corpus, store, value: largest.bytes / 1024, valueUnit: 'KB', target: '≤ 1,024 KB', met: largest.bytes <= 1024 * 1024 });
  await stop(first);
  const again = await start(dataDir, store);
  const restartTarget = store === 'neo4j' ? 5 : 20;
  emit({ measure: 'restart: nothing ingested again', corpus, store, value: again.readyMs / 1000, valueUnit: 's', baseline: { label: 'first start', value: first.readyMs / 1000 }, target: `≤ ${restartTarget} s at C1k`, met: again.readyMs / 1000 <= restartTarget });
  const steady = rssMb(again.child.pid);
  emit({ measure: 'resident memory after a restart', corpus, store, value: steady, valueUnit: 'MB', ...(store === 'embedded' ? { target: '≤ 2,048 MB at C1k', met: steady <= 2048 } : {}) });
  await stop(again);

  // Under load: the API in this process beside two "hello" servers, one after another on the same loopback.
  const api = await inProcess(dataDir, store);
  const units = (await json(`${base(api.server)}/api/units?limit=200`)).items as Array<{ id: string }>;
  const paths = units.map((u) => `/api/units/${u.id}/tasks`);
  const http = await listen((_req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('content-type', 'application/json');
    res.end('{"hello":"world"}');
  });
  const app = express();
  app.get('/hello', (_req, res) => {
    res.json({ hello: 'world' });
  });
  const expressServer = await listen(app);
  for (const path of paths.slice(0, 20)) await fetch(`${base(api.server)}${path}`); // warm
  const nodeHello = await load(base(http), ['/hello']);
  const expressHello = await load(base(expressServer), ['/hello']);
  const tasks = await load(base(api.server), paths);
  emit({
    measure: `GET /api/units/:id/tasks under load (${CONNECTIONS} conns, 200 units)`,
    corpus,
    store,
    p50: tasks.latency.p50,
    p99: tasks.latency.p99,
    rate: tasks.requests.average,
    per: 'req/s',
    baseline: { label: 'Express hello', p50: expressHello.latency.p50, p99: expressHello.latency.p99, rate: expressHello.requests.average },
    ratio: tasks.requests.average / expressHello.requests.average,
    target: '≥ 0.5× Express hello, p99 ≤ 50 ms',
    met: tasks.requests.average >= 0.5 * expressHello.requests.average && tasks.latency.p99 <= 50 && tasks.errors === 0 && tasks.non2xx === 0,
  });
  emit({ measure: 'node:http hello under load (baseline)', corpus, store, p50: nodeHello.latency.p50, p99: nodeHello.latency.p99, rate: nodeHello.requests.average, per: 'req/s' });
  http.close();
  expressServer.close();
  await api.close();
  rmSync(dataDir, { recursive: true, force: true });
}
