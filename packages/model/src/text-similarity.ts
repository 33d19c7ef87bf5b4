// Character bigrams, the unit of text similarity for Chinese plan text: which project restates which task
// (ingest, by containment), which task of one plan is the same work as a task of another (compare, by Dice).

const NOISE = /[^\u4e00-\u9fa5A-Za-z0-9]/g;

/** Distinct character bigrams of the text's Han, Latin and digit characters, less the `stop` ones. */
export function bigrams(text: string, stop: ReadonlySet<string> = new Set()): Set<string> {
  const clean = text.replace(NOISE, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i += 1) {
    const gram = clean.slice(i, i + 2);
    if (!stop.has(gram)) out.add(gram);
  }
  return out;
}
