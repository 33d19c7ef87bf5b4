// The embedded adapter against the contract, plus what only it has: the segmenter and the bigram fallback.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmbeddedSearchIndex } from '../src/index.js';
import { DOC, OTHER_DOC, fixtureGraph } from './utils/fixture.js';
import { bigrams, latinWords } from '../src/embedded/segmenter.js';
import { highlight } from '../src/embedded/highlight.js';
import { SegmentFiles } from '../src/embedded/segment-files.js';
import { runSearchIndexContract } from './search-index.contract.js';

runSearchIndexContract({ name: 'embedded', create: () => createEmbeddedSearchIndex() });

describe('embedded text helpers', () => {
  it('bigrams every Han run and keeps a lone character', () => {
    expect(bigrams('市农业局 A 煤')).toEqual(['市农', '农业', '业局', '煤']);
  });
  it('splits Latin words on anything else', () => {
    expect(latinWords('Municipal Ecology-and Environment 局')).toEqual(['municipal', 'ecology', 'and', 'environment']);
  });
  it('merges overlapping marks and crops long text around the first match', () => {
    expect(highlight('淘汰燃煤锅炉', ['燃煤', '煤锅', '锅炉'])).toBe('淘汰<mark>燃煤锅炉</mark>');
    const long = `${'甲'.repeat(50)}燃煤${'乙'.repeat(100)}`;
    const marked = highlight(long, ['燃煤']);
    expect(marked).toBe(`…${'甲'.repeat(16)}<mark>燃煤</mark>${'乙'.repeat(62)}…`);
    expect(highlight('无关', ['燃煤'])).toBeNull();
  });
});

describe('embedded index snapshot (dataDir)', () => {
  it('keeps one file per document and starts from them with the same answers, without segmenting again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dutymap-search-'));
    const first = await createEmbeddedSearchIndex({ dataDir });
    await first.indexDocument(fixtureGraph());
    await first.indexDocument(fixtureGraph(OTHER_DOC));
    await first.removeDocument(OTHER_DOC);
    expect(readdirSync(dataDir)).toEqual([`${DOC}.search.json.gz`]);
    await first.indexDocument(fixtureGraph(OTHER_DOC));
    await first.removeDocument(OTHER_DOC);
    const answers = async (index: typeof first) => [await index.documentHashes(), await index.search('燃煤锅炉'), await index.search('Agriculture'), await index.search('市农业局', { limit: 5 })];
    const expected = await answers(first);
    await first.close();
    // Closed: the checkpoint is written; the next index starts from it.
    expect(readdirSync(dataDir).sort()).toEqual(['checkpoint.bin', `${DOC}.search.json.gz`]);
    const second = await createEmbeddedSearchIndex({ dataDir });
    // tookMs differs between runs; everything else is the same.
    const strip = (list: unknown[]) => JSON.parse(JSON.stringify(list, (k, v: unknown) => (k === 'tookMs' ? 0 : v)));
    expect(strip(await answers(second))).toEqual(strip(expected));
    // A change after the checkpoint, then no close (a crash): the next index applies the files changed since.
    await second.indexDocument(fixtureGraph(OTHER_DOC));
    const third = await createEmbeddedSearchIndex({ dataDir });
    expect((await third.documentHashes()).map((d) => d.id)).toEqual([DOC, OTHER_DOC]);
    expect((await third.search('燃煤锅炉', { types: ['task'] })).total).toBe(2);
    await third.removeDocument(OTHER_DOC);
    await third.close();
    await second.close();
  });

  it('reads a document file another instance removed since the listing as gone, not as an error', async () => {
    // Instances share the data directory: one may remove a plan's file while another starts up.
    const dataDir = mkdtempSync(join(tmpdir(), 'dutymap-search-'));
    const index = await createEmbeddedSearchIndex({ dataDir });
    await index.indexDocument(fixtureGraph());
    await index.close();
    const files = new SegmentFiles(dataDir);
    expect((await files.list()).map((v) => v.documentId)).toEqual([DOC]);
    expect((await files.read(DOC))?.documentId).toBe(DOC);
    await files.remove(DOC);
    expect(await files.read(DOC)).toBeUndefined();
    expect(await files.list()).toEqual([]);
  });
});
