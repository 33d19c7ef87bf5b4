// Benchmark: figures and ratios measured side by side in one run (not a test; prints, never asserts).
// Run with `npm run bench -w @dutymap/graph`. Uses NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD when set,
// else starts the local server with scripts/neo4j-start.sh.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { parsePlanFile } from '@dutymap/ingest';
import type { DutyGraph } from '@dutymap/model';
import { createMemoryGraphStore, createNeo4jGraphStore, type GraphStore } from '../src/index.js';
import { DELETE_ALL } from '../src/neo4j/cypher.js';
import { writePlan } from '../src/neo4j/neo4j-graph-store.js';

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const seedPath = fileURLToPath(new URL('../../../seeds/quzhou-eco-civilization-plan.txt', import.meta.url));
const seed = (await parsePlanFile(seedPath)).graph;
const units = seed.units.map((u) => u.id);

function p(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function timeEach(n: number, call: (i: number) => Promise<unknown>, setup?: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    await setup?.();
    const start = performance.now();
    await call(i);
    times.push(performance.now() - start);
  }
  return times;
}

/** Deterministic pseudo-random pairs, so runs compare. */
function pair(i: number): [string, string] {
  const a = units[(i * 7919) % units.length] as string;
  const b = units[(i * 104729 + 13) % units.length] as string;
  return [a, b];
}

function copyOf(graph: DutyGraph, n: number): DutyGraph {
  const id = graph.document.id;
  return JSON.parse(JSON.stringify(graph).replaceAll(id, `${id}x${n}`)) as DutyGraph;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heap = (): number => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};

// ---------------------------------------------------------------- embedded
const COPIES = 40;
const copies = Array.from({ length: COPIES }, (_, i) => copyOf(seed, i));
// Two stores of the same documents, with and without their relations: the difference is what edges cost.
const bare = copies.map((c) => ({ ...c, relations: [] }));
const h0 = heap();
let nodesOnly: GraphStore | null = createMemoryGraphStore();
for (const copy of bare) await nodesOnly.loadDocument(copy);
const h1 = heap();
await nodesOnly.close();
nodesOnly = null;
const h2 = heap();
const big = createMemoryGraphStore();
for (const copy of copies) await big.loadDocument(copy);
const h3 = heap();
const edges = (await big.stats()).relations;
const edgeCount = Object.values(edges).reduce((a, b) => a + b, 0);
const bytesPerEdge = (h3 - h2 - (h1 - h0)) / edgeCount;
const allBytesPerEdge = (h3 - h2) / edgeCount;
await big.close();

const memory: GraphStore = createMemoryGraphStore();
await memory.loadDocument(seed);
await timeEach(200, (i) => memory.tasksOfUnit(units[i % units.length] as string)); // warm-up
const memTasks = await timeEach(3000, (i) => memory.tasksOfUnit(units[i % units.length] as string, { includeInferred: i % 2 === 0 }));
await timeEach(200, (i) => memory.connections(...pair(i)));
const memConn = await timeEach(2000, (i) => memory.connections(...pair(i)));

out('dutymap graph benchmark (seed: 117 tasks, 28 projects, 49 units)');
out('');
out('embedded (graphology)');
out(`  ${COPIES} copies of the seed, ${edgeCount} edges${gc ? '' : ' (run with --expose-gc for stable figures)'}`);
out(`  heap per edge (store with relations - store without): ${bytesPerEdge.toFixed(0)} B   target <= 300`);
out(`  whole store heap / edges (all nodes, texts, provenance too): ${allBytesPerEdge.toFixed(0)} B`);
out(`  tasksOfUnit  p50 ${p(memTasks, 0.5).toFixed(3)} ms  p99 ${p(memTasks, 0.99).toFixed(3)} ms   target p99 <= 2 ms`);
out(`  connections  p50 ${p(memConn, 0.5).toFixed(3)} ms  p99 ${p(memConn, 0.99).toFixed(3)} ms   target p99 <= 20 ms`);

// ---------------------------------------------------------------- neo4j
const uri = process.env['NEO4J_URI'];
const target = uri
  ? { uri, ...(process.env['NEO4J_USER'] ? { user: process.env['NEO4J_USER'], password: process.env['NEO4J_PASSWORD'] ?? '' } : {}) }
  : { uri: 'bolt://127.0.0.1:7687' };
if (!uri) {
  execFileSync('bash', [fileURLToPath(new URL('../../../scripts/neo4j-start.sh', import.meta.url))], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const driver = neo4j.driver(target.uri, 'user' in target && target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined, {
  disableLosslessIntegers: true,
});
const wipe = async (): Promise<void> => {
  await driver.executeQuery(DELETE_ALL);
};
const store = await createNeo4jGraphStore({ driver });

// Warm-up: query plans cached and the server's JIT warm, as in a long-running service.
await timeEach(15, () => store.loadDocument(seed), wipe);
const batched = await timeEach(9, () => store.loadDocument(seed), wipe);

// Per-row: the same statements with one row each, one round trip per row.
const perRowPlan = writePlan(seed, 1);
const perRowInTx = await timeEach(2, async () => {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      for (const s of perRowPlan) await tx.run(s.text, s.params);
    });
  } finally {
    await session.close();
  }
}, wipe);
const perRowAutoCommit = await timeEach(2, async () => {
  const session = driver.session();
  try {
    for (const s of perRowPlan) await session.run(s.text, s.params);
  } finally {
    await session.close();
  }
}, wipe);

await wipe();
await store.loadDocument(seed);
await timeEach(100, (i) => store.tasksOfUnit(units[i % units.length] as string));
const neoTasks = await timeEach(1000, (i) => store.tasksOfUnit(units[i % units.length] as string, { includeInferred: i % 2 === 0 }));
await timeEach(20, (i) => store.connections(...pair(i)));
const neoConn = await timeEach(200, (i) => store.connections(...pair(i)));
await store.close();
await driver.close();

const batchedMs = p(batched, 0.5);
out('');
out(`neo4j (${target.uri})`);
out(`  load seed, batched UNWIND … MERGE, one tx (${writePlan(seed).length} statements): median ${batchedMs.toFixed(1)} ms`);
out(`  load seed, per-row MERGE, one tx (${perRowPlan.length} round trips):        ${p(perRowInTx, 0.5).toFixed(1)} ms   ratio ${(p(perRowInTx, 0.5) / batchedMs).toFixed(1)}x`);
out(`  load seed, per-row MERGE, auto-commit per row:                  ${p(perRowAutoCommit, 0.5).toFixed(1)} ms   ratio ${(p(perRowAutoCommit, 0.5) / batchedMs).toFixed(1)}x   target >= 30x`);
out(`  tasksOfUnit  p50 ${p(neoTasks, 0.5).toFixed(3)} ms  p99 ${p(neoTasks, 0.99).toFixed(3)} ms   target p99 <= 25 ms`);
out(`  connections  p50 ${p(neoConn, 0.5).toFixed(3)} ms  p99 ${p(neoConn, 0.99).toFixed(3)} ms`);
out('');
out('side by side');
out(`  tasksOfUnit p99 neo4j / embedded: ${(p(neoTasks, 0.99) / p(memTasks, 0.99)).toFixed(1)}x`);
out(`  connections p99 neo4j / embedded: ${(p(neoConn, 0.99) / p(memConn, 0.99)).toFixed(1)}x`);
