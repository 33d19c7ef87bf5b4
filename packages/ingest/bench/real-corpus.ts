// Prints how the parser reads every real fixture against its hand-checked gold: tasks, edges,
// precision, recall and F1 per file, and the misses of the files below 1.00.
import { parsePlanFile } from '../src/index.js';
import { realFixtures, scoreAgainstGold } from '../test/utils/gold.js';

const rows: string[] = [];
for (const fixture of realFixtures()) {
  const jurisdiction = fixture.gold.jurisdictionNamed === false ? { jurisdiction: fixture.gold.jurisdiction } : {};
  const { graph, diagnostics } = await parsePlanFile(fixture.path, jurisdiction);
  const score = scoreAgainstGold(graph, fixture.gold);
  const empty = graph.tasks.filter((t) => t.text === '').length;
  rows.push(
    `${fixture.slug.padEnd(46)} ${String(graph.tasks.length).padStart(3)}/${String(fixture.gold.tasks.length).padEnd(3)} empty ${empty}  P ${score.precision.toFixed(2)} R ${score.recall.toFixed(2)} F1 ${score.f1.toFixed(2)}  ${graph.document.jurisdiction === fixture.gold.jurisdiction ? 'J ok' : `J "${graph.document.jurisdiction}" ≠ ${fixture.gold.jurisdiction}`}`,
  );
  if (score.f1 < 1) for (const miss of [...score.unmatchedTasks.map((t) => `unmatched task ${t}`), ...score.misses].slice(0, 12)) rows.push(`    ${miss}`);
  for (const d of diagnostics.filter((x) => x.severity === 'fatal' || x.severity === 'error').slice(0, 3)) rows.push(`    ${d.severity} ${d.code} line ${d.line}: ${d.message}`);
}
process.stdout.write(`${rows.join('\n')}\n`);
