// Reads the tables and paragraphs of an HTML document (also what mammoth makes of a .docx).
import { parse, type HTMLElement } from 'node-html-parser';
import type { GridItem } from './grid.js';

const BLOCK_TEXT = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'li', 'caption']);

// Scripts, styles and fallbacks are code, not text a reader sees: their content is dropped while
// parsing (so a "<table>" inside a script stays code), and templates are removed before the walk.
const OPTIONS = { blockTextElements: { script: false, style: false, noscript: false, pre: true } };
const INERT = 'template, script, style, noscript';

function parseHtml(html: string): HTMLElement {
  const root = parse(html, OPTIONS);
  for (const element of root.querySelectorAll(INERT)) element.remove();
  return root;
}

function cellText(cell: HTMLElement): string {
  // Paragraphs and <br> inside a cell are its line breaks.
  const html = cell.innerHTML.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*<p[^>]*>/gi, '\n');
  return parseHtml(html).textContent.replace(/&nbsp;|\u00a0/g, ' ');
}

/**
 * Expands rowspan/colspan: a merged cell's value stands in its first slot, the others are empty;
 * slots a rowspan covers are marked, so the reader can tell "merged" from "blank".
 */
function tableRows(table: HTMLElement): { rows: string[][]; mergedAbove: boolean[][] } {
  const rows: string[][] = [];
  const mergedAbove: boolean[][] = [];
  const pending = new Map<string, true>(); // "row:col" slots covered by a rowspan from above
  table.querySelectorAll('tr').forEach((tr, r) => {
    const row: string[] = [];
    const covered: boolean[] = [];
    let c = 0;
    for (const cell of tr.childNodes.filter((n): n is HTMLElement => (n as HTMLElement).tagName === 'TD' || (n as HTMLElement).tagName === 'TH')) {
      while (pending.has(`${r}:${c}`)) {
        row[c] = '';
        covered[c] = true;
        c += 1;
      }
      const rowspan = Math.max(1, Number(cell.getAttribute('rowspan') ?? 1) || 1);
      const colspan = Math.max(1, Number(cell.getAttribute('colspan') ?? 1) || 1);
      row[c] = cellText(cell);
      for (let dc = 1; dc < colspan; dc += 1) row[c + dc] = '';
      for (let dr = 1; dr < rowspan; dr += 1) for (let dc = 0; dc < colspan; dc += 1) pending.set(`${r + dr}:${c + dc}`, true);
      c += colspan;
    }
    while (pending.has(`${r}:${c}`)) {
      row[c] = '';
      covered[c] = true;
      c += 1;
    }
    rows.push(Array.from(row, (v) => v ?? ''));
    mergedAbove.push(Array.from(row, (_, i) => covered[i] === true));
  });
  return { rows, mergedAbove };
}

export function readHtml(html: string): GridItem[] {
  const root = parseHtml(html);
  const items: GridItem[] = [];
  const walk = (node: HTMLElement): void => {
    for (const child of node.childNodes) {
      const element = child as HTMLElement;
      const tag = element.tagName?.toLowerCase();
      if (!tag) continue;
      if (tag === 'table') items.push({ kind: 'table', ...tableRows(element) });
      else if (BLOCK_TEXT.has(tag) && !element.querySelector('table')) items.push({ kind: 'text', text: element.textContent });
      else walk(element);
    }
  };
  walk(root);
  return items;
}
