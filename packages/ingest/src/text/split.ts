// Splitting text at separators that stand outside brackets, so 各县（市、区）政府 stays whole.

const OPEN = new Set(['（', '(', '“', '《', '【', '[', '〔']);
const CLOSE = new Set(['）', ')', '”', '》', '】', ']', '〕']);

/** The trimmed, non-empty pieces of `text` between separators at bracket depth 0. */
export function splitOutsideBrackets(text: string, separators: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (OPEN.has(ch)) depth += 1;
    if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.has(ch)) {
      if (current.trim() !== '') parts.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}
