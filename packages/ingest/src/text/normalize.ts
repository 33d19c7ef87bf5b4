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
  let out = text.normalize('NFKC').replace(INVISIBLE, '');
  if (/[\u3400-\u9fff]/.test(out)) out = (toSimplified ??= Converter({ from: 't', to: 'cn' }))(out);
  if (folded.size >= FOLDED_MAX) folded.clear();
  folded.set(text, out);
  return out;
}
