// The library's clean-up in a folder several instances share: a staging file is a leftover only past its grace.
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentLibrary } from '../src/ingestion/document-library.js';

describe('DocumentLibrary.clean with a staging grace', () => {
  it('keeps a staging file younger than the grace (another instance\'s upload) and removes an older one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dutymap-library-'));
    writeFileSync(join(dir, '.staging-000000000001.txt'), 'an upload waiting for its parse');
    writeFileSync(join(dir, '.staging-000000000002.txt'), 'what a crash left');
    utimesSync(join(dir, '.staging-000000000002.txt'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(await new DocumentLibrary(dir, { stagingGraceMs: 60 * 60_000 }).clean()).toEqual(['.staging-000000000002.txt']);
    expect(readdirSync(dir)).toEqual(['.staging-000000000001.txt']);
  });
});
