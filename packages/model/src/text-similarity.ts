// Character-bigram text similarity for Chinese plan text: which project restates which task (ingest),
// which task of one plan is the same work as a task of another (compare).

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

/** Bigrams both sets hold. */
function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const gram of small) if (large.has(gram)) n += 1;
  return n;
}

/** Share of `part`'s bigrams that also occur in `whole` (0 when `part` has none). */
export function containment(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  return part.size === 0 ? 0 : shared(part, whole) / part.size;
}

/** Dice coefficient: twice the shared bigrams over both sets' sizes (0 when both are empty). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return a.size + b.size === 0 ? 0 : (2 * shared(a, b)) / (a.size + b.size);
}
