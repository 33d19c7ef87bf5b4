// Load test (a script, not a test): starts the built server on 127.0.0.1 with the seeds, runs mixed
// reads against it for LOAD_SECONDS (default 60) and prints requests/s, latency, errors and the
// server's memory before and after. Exit status 1 when a request failed or memory did not come
// back to within 20% of where it started. Run `npm run build` first; `npm run load-test`.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MAIN = join(ROOT, 'apps/api/dist/main.js');
const SECONDS = Number(process.env['LOAD_SECONDS'] ?? 60);
const CONNECTIONS = Number(process.env['LOAD_CONNECTIONS'] ?? 50);
/** Idle time after the load before memory is measured again: time for the collector to give memory back. */
const SETTLE_SECONDS = 15;
const MEMORY_TOLERANCE = 0.2;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resident memory of a process, in MB (ps works on Linux and macOS). */
function rssMb(pid: number): number {
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString().trim()) / 1024;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

if (!existsSync(MAIN)) {
  console.error(`load-test: ${MAIN} is missing; run npm run build first`);
  process.exit(2);
}
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'dutymap-load-'));
// Loopback only, and no rate limit: the point is the server's own limits, not the limiter's.
const server = spawn(process.execPath, [MAIN], {
  cwd: ROOT,
  env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DUTYMAP_DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn', NEO4J_URI: '', MEILI_URL: '' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const stop = async () => {
  if (server.exitCode === null) server.kill('SIGTERM');
  await new Promise((done) => (server.exitCode === null ? server.once('exit', done) : done(undefined)));
  rmSync(dataDir, { recursive: true, force: true });
};

try {
  for (let tries = 0; ; tries += 1) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    if (tries > 300) throw new Error(`no answer from ${base}/readyz in 60 s`);
    const ready = await fetch(`${base}/readyz`).then((res) => res.ok, () => false);
    if (ready) break;
    await sleep(200);
  }
  const json = async <T>(path: string): Promise<T> => (await fetch(`${base}${path}`)).json() as Promise<T>;
  const units = (await json<{ items: Array<{ id: string; name: string }> }>('/api/units?limit=50')).items;
  const [a, b] = [units.find((u) => u.name === '市妇联') ?? units[0]!, units.find((u) => u.name === '市水利局') ?? units[1]!];
  const doc = (await json<{ items: Array<{ id: string }> }>('/api/documents')).items[0]!.id;
  const q = (text: string) => encodeURIComponent(text);
  // What the UI reads most: lists, a unit's pages, the network, search, the plan, the checks.
  const paths = [
    `/api/units?q=${q('局')}`, `/api/units/${a.id}`, `/api/units/${a.id}/tasks?limit=100`, `/api/units/${b.id}/partners`,
    `/api/units/${b.id}/workload`, `/api/units/${a.id}/connections/${b.id}`, `/api/explain?a=${a.id}&b=${b.id}`, '/api/network',
    `/api/nodes/${a.id}/neighbourhood?depth=2`, `/api/search?q=${q('燃煤锅炉')}`, `/api/search?q=${q('污水')}&type=task`, `/api/tasks/${doc}.t22`,
    `/api/projects/${doc}.p10`, '/api/sections', '/api/stats', '/api/hygiene', `/api/units/${a.id}/tasks.csv`,
  ];
  // Warm up (code paths compiled, answers cached) so that "start" means a server in service.
  await autocannon({ url: base, connections: 10, duration: 5, requests: paths.map((path) => ({ method: 'GET', path })) });
  await sleep(SETTLE_SECONDS * 1000);
  const before = rssMb(server.pid!);
  console.log(`load-test: ${paths.length} read endpoints, ${CONNECTIONS} connections, ${SECONDS} s, ${base}`);
  console.log(`memory at start: ${before.toFixed(1)} MB resident`);
  const result = await autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, requests: paths.map((path) => ({ method: 'GET', path })) });
  const during = rssMb(server.pid!);
  await sleep(SETTLE_SECONDS * 1000);
  const after = rssMb(server.pid!);
  const failures = result.errors + result.timeouts + result.non2xx;
  const ratio = after / before;
  console.log(`requests/s: ${result.requests.average.toFixed(0)} (total ${result.requests.total})`);
  console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`errors: ${result.errors}, timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}`);
  console.log(`memory: ${before.toFixed(1)} MB at start, ${during.toFixed(1)} MB at the end of the load, ${after.toFixed(1)} MB after ${SETTLE_SECONDS} s idle (${((ratio - 1) * 100).toFixed(1)}%)`);
  const ok = failures === 0 && ratio <= 1 + MEMORY_TOLERANCE;
  console.log(ok ? 'load-test: passed (no failed request, memory back within 20%)' : 'load-test: FAILED');
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  console.error(`load-test: ${(error as Error).message}`);
  process.exitCode = 2;
} finally {
  await stop();
}
