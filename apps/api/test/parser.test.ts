// The worker parser: a plan parsed in another thread, and each budget enforced with a typed error.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerParser } from '../src/ingestion/parser.js';
import { SEEDS_DIR } from './utils/api.js';

const SEED = join(SEEDS_DIR, 'quzhou-eco-civilization-plan.txt');
const roomy = { timeoutMs: 60_000, memoryMb: 512 };

describe('workerParser', () => {
  it('parses the seed in a worker thread: the same graph as the library gives', async () => {
    const result = await workerParser(roomy)(SEED, 'quzhou-eco-civilization-plan.txt');
    expect(result.ok).toBe(true);
    expect(result.graph.document.title).toBe('衢州市生态文明示范创建行动实施方案');
    expect(result.graph.tasks).toHaveLength(117);
    expect(result.graph.projects).toHaveLength(28);
  });

  it('passes the source name and the archive limit on to the reader', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dutymap-parser-')), '.staging-1.docx');
    writeFileSync(path, 'not a zip');
    const result = await workerParser(roomy)(path, '方案.docx');
    expect(result.diagnostics[0]).toMatchObject({ code: 'unreadable-file', source: '方案.docx' });
  });

  it('stops a parse that overruns its wall-clock budget: parse-budget-exceeded (time)', async () => {
    const error = await workerParser({ timeoutMs: 1, memoryMb: 512 })(SEED, 'seed.txt').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'parse-budget-exceeded', details: { budget: 'time', limit: 1 } });
  });

  it('stops a parse that overruns its memory budget: parse-budget-exceeded (memory)', async () => {
    const error = await workerParser({ timeoutMs: 60_000, memoryMb: 2 })(SEED, 'seed.txt').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'parse-budget-exceeded', details: { budget: 'memory', limit: 2 } });
  });
});
