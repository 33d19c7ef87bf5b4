// One way to compare what plans write: look-alike characters folded, traditional characters read
// as simplified. Text is kept as written; only names and headers are compared in this form.
import { Converter } from 'opencc-js/t2cn';

// Zero-width spaces and joiners, the BOM and soft hyphens, which text copied from PDFs and web pages carries.
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g;

let toSimplified: ((text: string) => string) | undefined;
// Names and headers repeat within and across plans: remember recent answers (bounded).
const folded = new Map<string, string>();
const FOLDED_MAX = 5_000;

/**
 * NFKC (Kangxi radicals ⽣ → 生, full-width Ｌａｔｉｎ → Latin, ideographic space → space),
 * invisible characters removed, traditional characters converted to simplified (OpenCC).
 */
export function foldText(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  const out = simplifiedText(text.normalize('NFKC').replace(INVISIBLE, ''));
  if (folded.size >= FOLDED_MAX) folded.clear();
  folded.set(text, out);
  return out;
}

/** Traditional characters as simplified (OpenCC), nothing else changed: 牽頭單位 → 牵头单位. */
export function simplifiedText(text: string): string {
  return /[\u3400-\u9fff]/.test(text) ? (toSimplified ??= Converter({ from: 't', to: 'cn' }))(text) : text;
}

/**
 * `pattern` (with the `d` flag) matched in simplified characters, the match and its groups given
 * back as written: OpenCC's t→cn keeps one character for one, so positions carry over (when a
 * phrase changes length, the simplified text is given instead).
 */
export function execAsWritten(pattern: RegExp, written: string): Array<string | undefined> | undefined {
  const simple = simplifiedText(written);
  const match = pattern.exec(simple);
  if (!match?.indices) return undefined;
  const source = simple.length === written.length ? written : simple;
  return match.indices.map((range) => (range ? source.slice(range[0], range[1]) : undefined));
}
