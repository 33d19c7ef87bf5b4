// The contract suite on the embedded default, plus the memory store's own capacity guard and snapshot.
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryGraphStore } from '../src/index.js';
import { runGraphStoreContract } from './graph-store.contract.js';
import { fixtureGraph, fixtureInOtherCity, DOC, OTHER } from './utils/fixture.js';
import { seedGraph } from './utils/seed.js';

runGraphStoreContract({ name: 'memory', create: () => createMemoryGraphStore() });

describe('memory store capacity', () => {
  it('raises capacity-exceeded past its limits and keeps what it had', async () => {
    const store = await createMemoryGraphStore({ maxEdges: 100 });
    await store.loadDocument(fixtureGraph());
    const error = await store.loadDocument(await seedGraph()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'capacity-exceeded', name: 'CapacityExceededError' });
    expect((error as Error).message).toContain('Neo4j');
    expect((await store.documents()).items.map((d) => d.id)).toEqual(['doc_fixture']);
  });
});

describe('memory store snapshot (dataDir)', () => {
  it('keeps one file per document and starts from them with the same answers', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dutymap-graph-'));
    const first = await createMemoryGraphStore({ dataDir });
    await first.loadDocument(fixtureGraph());
    await first.loadDocument(fixtureInOtherCity());
    await first.loadDocument(await seedGraph());
    await first.removeDocument(OTHER);
    expect(readdirSync(dataDir).sort()).toEqual([`${DOC}.graph.json`, `${(await seedGraph()).document.id}.graph.json`].sort());
    const answers = async (store: typeof first) => [await store.documents(), await store.stats(), await store.hygiene(), await store.workloads({ limit: 5 }), await store.coResponsibilityNetwork()];
    const expected = await answers(first);
    await first.close();
    const second = await createMemoryGraphStore({ dataDir });
    expect(await answers(second)).toEqual(expected);
    await second.close();
  });

  it('takes a file written before it kept loadedAt as loaded when the file was written', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dutymap-graph-'));
    const file = join(dataDir, `${DOC}.graph.json`);
    writeFileSync(file, JSON.stringify(fixtureGraph()));
    const store = await createMemoryGraphStore({ dataDir });
    const [plan] = (await store.documents()).items;
    // The same instant, to the millisecond the ISO form keeps.
    expect([plan?.id, Math.abs(Date.parse(plan?.loadedAt as string) - statSync(file).mtimeMs) < 1]).toEqual([DOC, true]);
    await store.close();
  });
});
