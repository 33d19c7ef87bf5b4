// A read of the graph store that never answers fails as store-unavailable; loads and deletes are never cut short.
import { describe, expect, it } from 'vitest';
import { createMemoryGraphStore, type GraphStore } from '@dutymap/graph';
import { withDeadline } from '../src/graph-deadline.js';

/** A memory store whose stats() and loadDocument() answer only when released. */
async function stalled() {
  const store = await createMemoryGraphStore();
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const hung: GraphStore = Object.assign(Object.create(store) as GraphStore, {
    stats: () => new Promise<never>(() => undefined),
    loadDocument: async (graph: Parameters<GraphStore['loadDocument']>[0]) => {
      await released;
      return store.loadDocument(graph);
    },
  });
  return { hung, release };
}

describe('withDeadline', () => {
  it('a read with no answer fails as store-unavailable, naming the operation', async () => {
    const { hung } = await stalled();
    const error = await withDeadline(hung, 20).stats().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'store-unavailable', message: 'stats: no answer from the graph store within 20 ms', details: { operation: 'stats', timeoutMs: 20 } });
  });

  it('a read that answers passes through', async () => {
    expect(await withDeadline(await createMemoryGraphStore(), 1000).documents()).toMatchObject({ items: [], total: 0 });
  });

  it('a load is not cut short, however long it takes', async () => {
    const { hung, release } = await stalled();
    const { seedGraph } = await import('../../../scripts/test-support/seed.js');
    const graph = await seedGraph();
    const loading = withDeadline(hung, 1).loadDocument(graph);
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    expect((await loading).taskCount).toBe(117);
  });
});
