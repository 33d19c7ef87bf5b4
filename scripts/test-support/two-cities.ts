// A seeds folder of two cities for the many-plans tests of api and web: the seed, and the seed re-issued
// by 湖州市 (its two table titles rewritten, as scripts/corpus re-issues plans).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { SEED_PATH } from './seed.js';

/** Document ids follow from the titles: the seed's and its 湖州市 copy's. */
export const QUZHOU_DOC = 'doc_1pcnjm12n7390';
export const HUZHOU_DOC = 'doc_38t33pqv4snmc';

export function twoCitySeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dutymap-two-cities-'));
  const text = readFileSync(SEED_PATH, 'utf8');
  writeFileSync(join(dir, basename(SEED_PATH)), text);
  writeFileSync(join(dir, 'huzhou-eco-civilization-plan.txt'), text.replaceAll('衢州市生态文明示范创建行动实施方案', '湖州市生态文明示范创建行动实施方案'));
  return dir;
}
