// A seeds folder of generated plans for the many-places tests (scripts/corpus): the first `count` plans of
// the corpus, each issued by another real jurisdiction.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusGenerator } from '../corpus/corpus.js';

export function corpusSeeds(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'dutymap-corpus-seeds-'));
  for (const plan of new CorpusGenerator().plans(count)) writeFileSync(join(dir, plan.fileName), plan.text);
  return dir;
}
