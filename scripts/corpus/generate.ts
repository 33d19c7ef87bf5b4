// Writes a generated corpus as plan files: `npx tsx scripts/corpus/generate.ts C1k out/ [--seed 1]`.
// The files are TAB text layouts that `dutymap-ingest` and the API's seeds folder read like any plan.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPORA, CorpusGenerator, type CorpusName } from './corpus.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { seed: { type: 'string', default: '1' } } });
const [name, out] = positionals;
const size = name && name in CORPORA ? CORPORA[name as CorpusName] : Number(name);
if (!out || !Number.isInteger(size) || size < 1) {
  process.stderr.write(`usage: generate.ts ${Object.keys(CORPORA).join('|')}|N OUT_DIR [--seed N]\n`);
  process.exit(2);
}
mkdirSync(out, { recursive: true });
let tasks = 0;
for (const plan of new CorpusGenerator({ seed: Number(values.seed) }).plans(size)) {
  writeFileSync(join(out, plan.fileName), plan.text);
  tasks += plan.taskRows;
}
process.stdout.write(`${size} plans, ${tasks} task rows, in ${out}\n`);
