// Reads .xlsx workbooks (every sheet, merged cells empty but their first) and .csv/.tsv files.
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import type { GridItem } from './grid.js';

function cellValueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
}

export async function readXlsx(bytes: Uint8Array): Promise<GridItem[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const items: GridItem[] = [];
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    const mergedAbove: boolean[][] = [];
    // `columnCount` walks every row of the sheet: read it once, not once per row (50,000 rows took 957 s).
    const width = sheet.columnCount;
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: string[] = [];
      const covered: boolean[] = [];
      for (let c = 1; c <= width; c += 1) {
        const cell = row.getCell(c);
        const merged = cell.isMerged && cell.master.address !== cell.address;
        cells.push(merged ? '' : cellValueText(cell.value));
        covered.push(merged && Number(cell.master.row) < row.number);
      }
      // A row whose only text spans the sheet (a title or 附件N line) is a paragraph.
      const filled = cells.filter((cell) => cell.trim() !== '');
      if (rows.length === 0 && filled.length <= 1) items.push({ kind: 'text', text: filled[0] ?? '' });
      else {
        rows.push(cells);
        mergedAbove.push(covered);
      }
    });
    items.push({ kind: 'table', rows, mergedAbove });
  });
  return items;
}

export function readDelimited(text: string, delimiter: ',' | '\t'): GridItem[] {
  const records = parseCsv(text, { delimiter, relax_column_count: true, relax_quotes: true, bom: true, skip_empty_lines: false }) as string[][];
  const items: GridItem[] = [];
  const rows: string[][] = [];
  for (const record of records) {
    const filled = record.filter((cell) => cell.trim() !== '');
    if (rows.length === 0 && filled.length <= 1) items.push({ kind: 'text', text: filled[0] ?? '' });
    else if (filled.length > 0) rows.push(record);
  }
  items.push({ kind: 'table', rows });
  return items;
}
