// The same API suites on a real Neo4j server (started by scripts/neo4j-start.sh unless NEO4J_URI is set).
import { afterAll, describe, expect, it } from 'vitest';
import { createNeo4jGraphStore, type GraphStore } from '@dutymap/graph';
import { neo4jLane } from '../../../scripts/test-support/neo4j-lane.js';
import { NEO4J_TIMEOUTS } from '../src/compose.js';
import { Env } from '../src/env.js';
import { withDeadline } from '../src/graph-deadline.js';
import { runApiSuite } from './api.suite.js';
import { runCompareSuite } from './compare.suite.js';
import { runHostileSuite } from './hostile.suite.js';
import { runReconcileSuite } from './reconcile.suite.js';
import { runRelationshipEndpoints } from './relationships.contract.js';
import { runCounterpartsSuite } from './counterparts.suite.js';
import { runManyPlansSuite } from './many-plans.suite.js';
import { runScopeSuite } from './scope.suite.js';
import { runUploadSuite } from './uploads.suite.js';
import { body, qs, startApi } from './utils/api.js';
import { tcpProxy } from './utils/tcp-proxy.js';

const lane = await neo4jLane();

if (!lane.available) {
  describe('neo4j lane', () => {
    it.skip(`did not run: ${lane.reason}`, () => undefined);
  });
} else {
  const target = lane.target;
  const opened: GraphStore[] = [];
  const open = async () => {
    const graph = await createNeo4jGraphStore(target);
    opened.push(graph);
    return graph;
  };
  /** An empty store, emptied through the port (the API never touches the driver). */
  const create = async () => {
    const graph = await open();
    for (const document of await graph.documentHashes()) await graph.removeDocument(document.id);
    return graph;
  };
  afterAll(async () => {
    await Promise.allSettled(opened.map((graph) => graph.close()));
  });
  const neo4j = { create, reopen: open, persistent: true };

  runApiSuite('neo4j', async () => startApi({ graph: await create() }));
  runRelationshipEndpoints('neo4j', async () => startApi({ graph: await create() }));
  runUploadSuite('neo4j', neo4j);
  runReconcileSuite('neo4j', neo4j);
  runHostileSuite('neo4j', async () => startApi({ graph: await create() }));
  runScopeSuite('neo4j', async (seedsDir) => startApi({ graph: await create(), seedsDir }));
  runCounterpartsSuite('neo4j', async (seedsDir) => startApi({ graph: await create(), seedsDir }));
  runManyPlansSuite('neo4j', async (seedsDir) => startApi({ graph: await create(), seedsDir }));
  runCompareSuite('neo4j', async (seedsDir) => startApi({ graph: await create(), seedsDir }));

  describe('a Neo4j outage (neo4j)', () => {
    it('the API bounds every wait: 1 s to connect, 1.5 s for a pooled connection, no retries, 1.8 s for a read (a 503 within 2 s)', () => {
      expect(NEO4J_TIMEOUTS).toEqual({ connectionTimeoutMs: 1_000, connectionAcquisitionTimeoutMs: 1_500, maxTransactionRetryTimeMs: 0 });
      expect(Env.parse({}).GRAPH_TIMEOUT_MS).toBe(1_800);
    });

    it('hung, then stopped: graph endpoints answer 503 with Retry-After; health and search keep answering', async () => {
      const { hostname, port } = new URL(target.uri.replace(/^[a-z+]+:/, 'http:'));
      const proxy = await tcpProxy({ host: hostname, port: Number(port || 7687) });
      // As compose.ts builds it for NEO4J_URI.
      const graph = withDeadline(await createNeo4jGraphStore({ ...target, uri: `bolt://127.0.0.1:${proxy.port}`, ...NEO4J_TIMEOUTS }), Env.parse({}).GRAPH_TIMEOUT_MS);
      for (const document of await graph.documentHashes()) await graph.removeDocument(document.id);
      const api = await startApi({ graph, responseCacheMb: 0 });
      try {
        expect((await api.get('/api/stats')).status).toBe(200);
        for (const [outage, cut] of [['hung', async () => proxy.hang()], ['stopped', () => proxy.stop()]] as const) {
          await cut();
          for (const path of ['/api/stats', `/api/units${qs({ q: '局' })}`]) {
            const started = performance.now();
            const res = await api.get(path);
            const ms = Math.round(performance.now() - started);
            expect([res.status, res.headers.get('retry-after'), (await body(res)).error.code]).toEqual([503, '5', 'store-unavailable']);
            process.stdout.write(`\n  Neo4j ${outage}: ${path} answered 503 after ${ms} ms`);
          }
          expect((await api.get('/healthz')).status).toBe(200);
          expect((await api.get('/readyz')).status).toBe(503);
          const search = await api.get(`/api/search${qs({ q: '燃煤锅炉' })}`);
          expect(search.status).toBe(200);
          expect((await body(search)).total).toBeGreaterThan(0);
        }
      } finally {
        await api.close();
        await proxy.stop().catch(() => undefined);
      }
    });
  });
}
