// The reader-neutral shape of a source: free text lines and table rows, each with source lines.

/** One table cell; `lines` are its text lines as written (trimmed), blank lines inside kept as "". */
export interface RawCell {
  lines: string[];
  /** 1-based first and last source line (for spreadsheets and HTML: the row's ordinal). */
  start: number;
  end: number;
  /** Covered by a cell merged down from the row above (rowspan, vMerge): that cell's value stands here. */
  mergedAbove?: boolean;
}

export interface RawRow {
  cells: RawCell[];
  start: number;
  end: number;
}

/** A source is a stream of blocks: paragraphs outside tables and rows of tables. */
export type RawBlock =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'row'; row: RawRow; tableBreak?: boolean };

export interface SourceLayout {
  blocks: RawBlock[];
  /** The source's lines, to quote a row as it stands; readers of binary formats give each row as a line. */
  sourceLines: string[];
}

/** Text of a prose cell: lines joined without separator (Chinese has no spaces between words). */
export function cellText(cell: RawCell | undefined): string {
  if (!cell) return '';
  let out = '';
  for (const line of cell.lines) {
    if (line === '') continue;
    const needsSpace = /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(line);
    out += needsSpace ? ` ${line}` : line;
  }
  return out;
}
