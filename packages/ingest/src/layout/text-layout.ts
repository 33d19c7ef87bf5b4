// Reads the TAB text layout of a table dump: a TAB starts a cell, untabbed lines continue it,
// blank lines end a row, a lone TAB is an empty cell.
import type { RawBlock, RawRow, SourceLayout } from './blocks.js';

// Paragraphs that never continue a cell: annex labels, table titles, notes (注：…).
const PARAGRAPH = /^(附件|附表)\s*[0-9０-９一二三四五六七八九十]*\s*$|表\s*$|^(注|说明|备注)\s*[0-9０-９]*\s*[:：]/;

/** Splits text into lines, accepting \n, \r\n and \r, and dropping a byte-order mark. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

export function readTextLayout(text: string): SourceLayout {
  const sourceLines = splitLines(text);
  const blocks: RawBlock[] = [];
  let open: RawRow | undefined; // the row being read
  let reopenable: RawRow | undefined; // the last row, which a cell continuing after blank lines may reopen
  let blankRun = 0;

  const closeRow = (): void => {
    if (open) reopenable = open;
    open = undefined;
  };

  sourceLines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (raw.startsWith('\t')) {
      if (!open) {
        open = { cells: [], start: lineNo, end: lineNo };
        blocks.push({ kind: 'row', row: open });
      }
      // Some dumps carry several TAB-separated cells on one line; trailing TABs add no cell.
      const parts = raw.slice(1).split('\t');
      while (parts.length > 1 && parts[parts.length - 1]!.trim() === '') parts.pop();
      for (const part of parts) {
        open.cells.push({ lines: [part.trim()], start: lineNo, end: lineNo });
      }
      open.end = lineNo;
      blankRun = 0;
      return;
    }
    if (raw.trim() === '') {
      closeRow();
      blankRun += 1;
      return;
    }
    const content = raw.trim();
    const lastCell = (row: RawRow) => row.cells[row.cells.length - 1];
    if (open && lastCell(open)) {
      const cell = lastCell(open)!;
      cell.lines.push(content);
      cell.end = lineNo;
      open.end = lineNo;
    } else if (reopenable && blankRun <= 1 && !PARAGRAPH.test(content) && lastCell(reopenable)) {
      // A cell with a blank line inside it: the row goes on.
      open = reopenable;
      const cell = lastCell(open)!;
      for (let i = 0; i < blankRun; i += 1) cell.lines.push('');
      cell.lines.push(content);
      cell.end = lineNo;
      open.end = lineNo;
    } else {
      blocks.push({ kind: 'text', text: content, line: lineNo });
      reopenable = undefined;
    }
    blankRun = 0;
  });
  return { blocks, sourceLines };
}
