// Benchmark of both GraphStore adapters on the seed (S) and the generated corpus (C100, then on to C1k in
// the same store): load rate per plan and per element, bytes per edge, and the hot reads, each beside a
// baseline measured in the same run (a raw graphology build and walk; per-row MERGE and a raw Cypher walk).
// Run by `npm run bench` (scripts/bench/run.ts), which starts Neo4j; prints rows, asserts nothing.
import { MultiDirectedGraph } from 'graphology';
import neo4j from 'neo4j-driver';
import type { DutyGraph } from '@dutymap/model';
import { createMemoryGraphStore, createNeo4jGraphStore, type GraphStore } from '../src/index.js';
import { DELETE_ALL } from '../src/neo4j/cypher.js';
import { SEED, corpora, elementsOf, emit, heapUsed, log, plans, summarise, timeCalls, type Latencies, type Row } from '../../../scripts/bench/measure.js';

const uri = process.env['NEO4J_URI'] ?? 'bolt://127.0.0.1:7687';
const user = process.env['NEO4J_USER'];
const driver = neo4j.driver(uri, user ? neo4j.auth.basic(user, process.env['NEO4J_PASSWORD'] ?? '') : undefined, { disableLosslessIntegers: true });
const wipe = async () => {
  const session = driver.session();
  await session.run(DELETE_ALL).finally(() => session.close());
};
const sizes = corpora();

/** A raw graphology build of a plan: nodes and edges as they are, nothing checked or derived (the load baseline). */
function rawBuild(graph: MultiDirectedGraph, plan: DutyGraph): void {
  for (const n of [plan.document, ...plan.sections, ...plan.tasks, ...plan.projects, ...plan.units, ...plan.enterprises, ...plan.places]) graph.mergeNode(n.id, { data: n });
  for (const r of plan.relations) graph.addDirectedEdge(r.from, r.to, { type: r.type });
}

/**
 * The load baseline on Neo4j: what a naive loader does, one MERGE per node and per edge, each its own
 * auto-committed statement (nothing derived, no tallies).
 */
async function perRowMerge(plan: DutyGraph): Promise<void> {
  const session = driver.session();
  try {
    const nodes: Array<[string, { id: string }]> = [
      ['Document', plan.document],
      ...plan.sections.map((n) => ['Section', n] as [string, { id: string }]),
      ...plan.tasks.map((n) => ['Task', n] as [string, { id: string }]),
      ...plan.projects.map((n) => ['Project', n] as [string, { id: string }]),
      ...plan.units.map((n) => ['Unit', n] as [string, { id: string }]),
      ...plan.enterprises.map((n) => ['Enterprise', n] as [string, { id: string }]),
      ...plan.places.map((n) => ['Place', n] as [string, { id: string }]),
    ];
    for (const [label, node] of nodes) await session.run(`MERGE (n:DutyNode:${label} {id: $id}) SET n.json = $json`, { id: node.id, json: JSON.stringify(node) });
    for (const r of plan.relations) {
      await session.run(`MATCH (a:DutyNode {id: $from}) MATCH (b:DutyNode {id: $to}) MERGE (a)-[x:${r.type} {via: $via}]->(b) SET x.inferred = $inferred`, { from: r.from, to: r.to, via: r.via ?? '', inferred: r.inferred === true });
    }
  } finally {
    await session.close();
  }
}

/** A raw walk of a unit's work and co-units (the read baseline). */
function rawWalk(graph: MultiDirectedGraph, unitId: string): number {
  let n = 0;
  graph.forEachOutNeighbor(unitId, (work) => {
    n += graph.inDegree(work);
  });
  return n;
}

interface Loaded {
  perPlan: number[];
  elements: number;
}

async function load(store: GraphStore, graphs: Iterable<DutyGraph>, raw?: { graph: MultiDirectedGraph; times: number[] }): Promise<Loaded> {
  const perPlan: number[] = [];
  let elements = 0;
  for (const plan of graphs) {
    const start = performance.now();
    await store.loadDocument(plan);
    perPlan.push(performance.now() - start);
    elements += elementsOf(plan);
    if (raw) {
      const t = performance.now();
      rawBuild(raw.graph, plan);
      raw.times.push(performance.now() - t);
    }
  }
  return { perPlan, elements };
}

function loadRow(storeName: string, corpus: string, loaded: Loaded, baseline: Row['baseline'], target: string, ratio?: number) {
  const l = summarise(loaded.perPlan);
  const seconds = loaded.perPlan.reduce((a, b) => a + b, 0) / 1000;
  emit({ measure: 'load (ms per plan)', corpus, store: storeName, p50: l.p50, p95: l.p95, p99: l.p99, rate: loaded.perPlan.length / seconds, per: 'plans/s', ...(baseline ? { baseline } : {}), ...(ratio === undefined ? {} : { ratio }), target });
  emit({ measure: 'load (elements/s)', corpus, store: storeName, rate: loaded.elements / seconds, per: 'elements/s', target: storeName === 'neo4j' ? '≥ 10k elements/s at C1k' : '' });
}

/** Unit ids to read: the busiest first page and a spread of the rest (deterministic). */
async function sampleUnits(store: GraphStore): Promise<string[]> {
  const first = await store.findUnits({ limit: 100 });
  const later = await store.findUnits({ limit: 100, offset: Math.max(0, Math.floor(first.total / 2)) });
  return [...first.items, ...later.items].map((u) => u.id);
}

async function reads(store: GraphStore, storeName: string, corpus: string, baseline: (unitId: string) => Promise<unknown> | unknown, baselineLabel: string): Promise<void> {
  const units = await sampleUnits(store);
  const pick = (i: number) => units[(i * 37) % units.length] as string;
  const tasksTarget = storeName === 'memory' ? '≤ 2 ms' : '≤ 25 ms';
  const base = await timeCalls(400, (i) => baseline(pick(i)));
  const row = (measure: string, l: Latencies, target: string, withBaseline = false) =>
    emit({ measure, corpus, store: storeName, p50: l.p50, p95: l.p95, p99: l.p99, rate: l.rate, per: 'calls/s', target, ...(withBaseline ? { baseline: { label: baselineLabel, p50: base.p50, p99: base.p99, rate: base.rate }, ratio: l.p99 / base.p99 } : {}) });
  row('tasksOfUnit (page of 20)', await timeCalls(400, (i) => store.tasksOfUnit(pick(i))), `p99 ${tasksTarget} at C1k`, true);
  row('partners', await timeCalls(200, (i) => store.partners(pick(i))), '', true);
  const heavy = storeName === 'memory' ? 'p99 ≤ 100 ms at C1k' : 'p99 ≤ 300 ms at C1k';
  row('workload', await timeCalls(200, (i) => store.workload(pick(i))), heavy, true);
  row('network (capped at 2,000)', await timeCalls(30, () => store.coResponsibilityNetwork(), 3), heavy);
  row('checks (hygiene, page of 20)', await timeCalls(30, () => store.hygiene(), 3), heavy);
  row('workloads (page of 20)', await timeCalls(30, () => store.workloads(), 3), '');
  const network = await store.coResponsibilityNetwork();
  log(`  ${storeName} ${corpus}: network ${network.nodes.length} nodes + ${network.edges.length} edges (of ${network.total.nodes} + ${network.total.edges}), aggregated ${network.aggregated}, truncated ${network.truncated}`);
}

// ---------------------------------------------------------------- memory
{
  log('graph bench: memory store');
  const seedLoads: number[] = [];
  const rawSeed: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const store = await createMemoryGraphStore();
    const t = performance.now();
    await store.loadDocument(SEED());
    seedLoads.push(performance.now() - t);
    await store.close();
    const r = performance.now();
    rawBuild(new MultiDirectedGraph(), SEED());
    rawSeed.push(performance.now() - r);
  }
  const seedRaw = summarise(rawSeed);
  loadRow('memory', 'S', { perPlan: seedLoads.slice(5), elements: elementsOf(SEED()) * 15 }, { label: 'raw graphology build', p50: seedRaw.p50, p99: seedRaw.p99, rate: seedRaw.rate }, '');

  const seedStore = await createMemoryGraphStore();
  await seedStore.loadDocument(SEED());
  const rawSeedGraph = new MultiDirectedGraph();
  rawBuild(rawSeedGraph, SEED());
  await reads(seedStore, 'memory', 'S', (id) => rawWalk(rawSeedGraph, id), 'raw graphology walk');
  await seedStore.close();

  if (sizes.C100) {
    // Bytes per edge: the store with the corpus' relations minus the store with its nodes alone.
    const h0 = heapUsed();
    let measured: GraphStore | null = await createMemoryGraphStore();
    for (const plan of plans(0, 100)) await measured.loadDocument({ ...plan, relations: [] });
    const h1 = heapUsed();
    await measured.close();
    measured = null;
    const h2 = heapUsed();
    measured = await createMemoryGraphStore();
    for (const plan of plans(0, 100)) await measured.loadDocument(plan);
    const h3 = heapUsed();
    const stats = await measured.stats();
    const edges = Object.values(stats.relations).reduce((a, b) => a + b, 0);
    emit({ measure: 'bytes per edge (graph)', corpus: 'C100', store: 'memory', value: (h3 - h2 - (h1 - h0)) / edges, valueUnit: 'B', baseline: { label: 'whole store / edges', value: (h3 - h2) / edges }, target: '≤ 300 B', met: (h3 - h2 - (h1 - h0)) / edges <= 300 });
    await measured.close();
    measured = null;

    const store = await createMemoryGraphStore();
    const raw = { graph: new MultiDirectedGraph(), times: [] as number[] };
    const first = await load(store, plans(0, 100), raw);
    const rawLoad = summarise(raw.times);
    loadRow('memory', 'C100', first, { label: 'raw graphology build', p50: rawLoad.p50, p99: rawLoad.p99, rate: rawLoad.rate }, '≥ 50 plans/s at C1k');
    await reads(store, 'memory', 'C100', (id) => rawWalk(raw.graph, id), 'raw graphology walk');
    if (sizes.C1k) {
      raw.times.length = 0;
      const rest = await load(store, plans(100, 1000), raw);
      const last100 = rest.perPlan.slice(-100);
      const rateAt = (times: number[]) => times.length / (times.reduce((a, b) => a + b, 0) / 1000);
      const rawRest = summarise(raw.times);
      loadRow('memory', 'C1k', { perPlan: [...first.perPlan, ...rest.perPlan], elements: first.elements + rest.elements }, { label: 'raw graphology build', p50: rawRest.p50, p99: rawRest.p99, rate: rawRest.rate }, '≥ 50 plans/s; at 1,000 within 25% of at 100');
      emit({ measure: 'load rate at plans 901–1000 / at 1–100', corpus: 'C1k', store: 'memory', value: rateAt(last100) / rateAt(first.perPlan), valueUnit: '×', target: '≥ 0.75' });
      await reads(store, 'memory', 'C1k', (id) => rawWalk(raw.graph, id), 'raw graphology walk');
    }
    await store.close();
  }
}

// ---------------------------------------------------------------- neo4j
{
  log(`graph bench: neo4j at ${uri}`);
  await wipe();
  const store = await createNeo4jGraphStore({ driver });
  const seedLoads: number[] = [];
  for (let i = 0; i < 12; i += 1) {
    await wipe();
    const t = performance.now();
    await store.loadDocument(SEED());
    seedLoads.push(performance.now() - t);
  }
  const rowLoads: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    await wipe();
    const t = performance.now();
    await perRowMerge(SEED());
    rowLoads.push(performance.now() - t);
  }
  await wipe();
  await store.loadDocument(SEED());
  const batched = summarise(seedLoads.slice(2));
  const rowwise = summarise(rowLoads);
  const PER_ROW = 'per-row MERGE, auto-commit';
  loadRow('neo4j', 'S', { perPlan: seedLoads.slice(2), elements: elementsOf(SEED()) * 10 }, { label: PER_ROW, p50: rowwise.p50, p99: rowwise.p99, rate: rowwise.rate }, 'batched ≥ 30× per-row', rowwise.p50 / batched.p50);
  const walk = (id: string) => driver.executeQuery('MATCH (u:Unit {id: $id})-->(w)<--(x:Unit) RETURN count(x) AS n', { id }, { routing: neo4j.routing.READ });
  await reads(store, 'neo4j', 'S', walk, 'raw Cypher walk');

  if (sizes.C100) {
    await wipe();
    const first = await load(store, plans(0, 100));
    // Per-row MERGE at this size: two plans beyond the corpus, loaded that way and deleted again.
    const rows: number[] = [];
    for (const plan of plans(5000, 5002)) {
      const t = performance.now();
      await perRowMerge(plan);
      rows.push(performance.now() - t);
      // Only what the naive loader made: the store's own nodes carry documentIds.
      const ids = [plan.document, ...plan.sections, ...plan.tasks, ...plan.projects, ...plan.units, ...plan.enterprises, ...plan.places].map((n) => n.id);
      await driver.executeQuery('UNWIND $ids AS id MATCH (n:DutyNode {id: id}) WHERE n.documentIds IS NULL DETACH DELETE n', { ids });
    }
    const rowAt100 = summarise(rows);
    loadRow('neo4j', 'C100', first, { label: PER_ROW, p50: rowAt100.p50, p99: rowAt100.p99, rate: rowAt100.rate }, 'batched ≥ 30× per-row', rowAt100.p50 / summarise(first.perPlan).p50);
    await reads(store, 'neo4j', 'C100', walk, 'raw Cypher walk');
    if (sizes.C1k) {
      const rest = await load(store, plans(100, 1000));
      const all = { perPlan: [...first.perPlan, ...rest.perPlan], elements: first.elements + rest.elements };
      loadRow('neo4j', 'C1k', all, undefined, '≥ 10k elements/s');
      const rateAt = (times: number[]) => times.length / (times.reduce((a, b) => a + b, 0) / 1000);
      emit({ measure: 'load rate at plans 901–1000 / at 1–100', corpus: 'C1k', store: 'neo4j', value: rateAt(rest.perPlan.slice(-100)) / rateAt(first.perPlan), valueUnit: '×' });
      await reads(store, 'neo4j', 'C1k', walk, 'raw Cypher walk');
      if (sizes.C10k) {
        const more = await load(store, plans(1000, 10_000));
        loadRow('neo4j', 'C10k', { perPlan: [...all.perPlan, ...more.perPlan], elements: all.elements + more.elements }, undefined, '');
        emit({ measure: 'load rate at plans 9,901–10,000 / at 1–100', corpus: 'C10k', store: 'neo4j', value: rateAt(more.perPlan.slice(-100)) / rateAt(first.perPlan), valueUnit: '×' });
        await reads(store, 'neo4j', 'C10k', walk, 'raw Cypher walk');
      }
    }
  }
  await store.close();
}
await driver.close();
