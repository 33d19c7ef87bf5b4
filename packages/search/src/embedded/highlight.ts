// Snippets for the embedded engine: the matched passage, HTML-escaped, with <mark> around matched words.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** How many characters of context a snippet keeps around its first match, and its total length. */
const LEAD = 16;
const WINDOW = 80;

type Span = [start: number, end: number];

/** Where the terms occur in `text` (case-insensitive), merged into non-overlapping spans. */
export function matchSpans(text: string, terms: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  const spans: Span[] = [];
  for (const term of terms) {
    if (!term) continue;
    // toLowerCase keeps the length of Han and Latin text, so positions in `lower` are positions in `text`.
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) spans.push([at, at + term.length]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** The text cropped around its first match, with the matches marked; null when nothing matches. */
export function highlight(text: string, terms: readonly string[]): string | null {
  const spans = matchSpans(text, terms);
  const first = spans[0];
  if (!first) return null;
  return render(text, spans, first[0]);
}

/** The start of the text, unmarked: for hits that matched on fields the snippet does not show. */
export function plainSnippet(text: string): string {
  return render(text, [], 0);
}

function render(text: string, spans: readonly Span[], firstMatch: number): string {
  // Same-length replacement keeps span positions valid.
  const flat = text.replace(/[\r\n\t]/g, ' ');
  let start = Math.max(0, firstMatch - LEAD);
  const end = Math.min(flat.length, start + WINDOW);
  start = Math.max(0, Math.min(start, end - WINDOW));
  let out = start > 0 ? '…' : '';
  let cursor = start;
  for (const [s, e] of spans) {
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (to <= from) continue;
    out += escapeHtml(flat.slice(cursor, from));
    out += `<mark>${escapeHtml(flat.slice(from, to))}</mark>`;
    cursor = to;
  }
  out += escapeHtml(flat.slice(cursor, end));
  if (end < flat.length) out += '…';
  return out;
}
