// Benchmark: GET /api/units/:id/tasks on the embedded default against a bare Express route that
// returns a constant, measured in the same run with autocannon over loopback. The load generator
// runs in worker threads so it does not share the servers' event loop. Prints figures and the
// ratio; asserts nothing.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import autocannon from 'autocannon';
import { startApi } from '../test/utils/api.js';

const CONNECTIONS = 50;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);

function listen(app: express.Express): Promise<Server> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function load(title: string, url: string): Promise<autocannon.Result> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, title, workers: 1 });
  console.log(
    `${title.padEnd(40)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   errors ${result.errors} non-2xx ${result.non2xx}`,
  );
  return result;
}

const bare = express();
const constant = { items: [], total: 0, limit: 50, offset: 0 };
bare.get('/constant', (_req, res) => {
  res.json(constant);
});
const bareServer = await listen(bare);
const api = await startApi();
const uncached = await startApi({ responseCacheMb: 0 });
const unitsBody = await api.json(`/api/units?q=${encodeURIComponent('市生态环境局')}`);
const unitId: string = unitsBody.items[0].id;

console.log(`autocannon: ${CONNECTIONS} connections, ${SECONDS} s each, loopback; unit 市生态环境局 (93 tasks, first page of 20)`);
const baseline = await load('baseline: bare Express constant', `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/constant`);
const tasks = await load('GET /api/units/:id/tasks (embedded)', `${api.url}/api/units/${unitId}/tasks`);
const computed = await load('  same, response cache off', `${uncached.url}/api/units/${unitId}/tasks`);
console.log(`throughput ratio tasks / baseline: ${(tasks.requests.average / baseline.requests.average).toFixed(2)}   (target ≥ 0.5; p99 target ≤ 50 ms, no errors)`);
console.log(`  with the response cache off:       ${(computed.requests.average / baseline.requests.average).toFixed(2)}   (every request computed and serialised: 20 tasks, ~18 KB)`);

bareServer.close();
await api.close();
await uncached.close();
