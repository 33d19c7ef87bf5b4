// The contract suite on the embedded default, plus the memory store's own capacity guard.
import { describe, expect, it } from 'vitest';
import { createMemoryGraphStore } from '../src/index.js';
import { runGraphStoreContract } from './graph-store.contract.js';
import { fixtureGraph } from './utils/fixture.js';
import { seedGraph } from './utils/seed.js';

runGraphStoreContract({ name: 'memory', create: async () => createMemoryGraphStore() });

describe('memory store capacity', () => {
  it('raises capacity-exceeded past its limits and keeps what it had', async () => {
    const store = createMemoryGraphStore({ maxEdges: 100 });
    await store.loadDocument(fixtureGraph());
    const error = await store.loadDocument(await seedGraph()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'capacity-exceeded', name: 'CapacityExceededError' });
    expect((await store.documents()).map((d) => d.id)).toEqual(['doc_fixture']);
  });
});
