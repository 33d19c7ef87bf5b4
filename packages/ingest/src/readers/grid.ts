// Builds a layout from readers that see explicit tables (spreadsheets, HTML, docx): each row
// becomes one numbered line, so provenance can still point at "the row" of the source.
import type { RawBlock, SourceLayout } from '../layout/blocks.js';

/** One item of a document in reading order: a paragraph, or a table as rows of cell texts. */
export type GridItem =
  | { kind: 'text'; text: string }
  /** `mergedAbove[r][c]`: the slot is covered by a cell merged down from an earlier row. */
  | { kind: 'table'; rows: string[][]; mergedAbove?: boolean[][] };

export function layoutFromGrid(items: readonly GridItem[]): SourceLayout {
  const blocks: RawBlock[] = [];
  const sourceLines: string[] = [];
  for (const item of items) {
    if (item.kind === 'text') {
      const text = item.text.trim();
      if (text === '') continue;
      sourceLines.push(text);
      blocks.push({ kind: 'text', text, line: sourceLines.length });
      continue;
    }
    item.rows.forEach((cells, index) => {
      sourceLines.push(cells.map((cell) => cell.replace(/\s*\n\s*/g, ' ')).join('\t'));
      const line = sourceLines.length;
      blocks.push({
        kind: 'row',
        row: {
          start: line,
          end: line,
          cells: cells.map((cell, c) => ({
            lines: cell.split(/\r?\n/).map((l) => l.trim()),
            start: line,
            end: line,
            ...(item.mergedAbove?.[index]?.[c] ? { mergedAbove: true } : {}),
          })),
        },
        ...(index === 0 ? { tableBreak: true } : {}),
      });
    });
  }
  return { blocks, sourceLines };
}
