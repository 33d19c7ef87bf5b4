// Downloads a coordinator can open in a spreadsheet: CSV in UTF-8 with BOM so Excel shows
// Chinese, and an XLSX ledger (台账).
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

function attachment(res: Response, fileName: string, contentType: string): void {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '');
  // encodeURIComponent leaves ' ( ) * ! as they are; RFC 8187 wants them percent-encoded.
  const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`);
}

/**
 * A text cell a spreadsheet would run as a formula (= + - @, or a TAB/CR before one) gets a
 * leading apostrophe, so `=HYPERLINK(…)` from an uploaded plan stays text (OWASP CSV injection).
 */
export function inertCell(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function sendCsv(res: Response, fileName: string, header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): void {
  const cells = [header.map(inertCell), ...rows.map((row) => row.map(inertCell))];
  const body = `\uFEFF${stringify(cells, { record_delimiter: '\r\n' })}`;
  attachment(res, fileName, 'text/csv; charset=utf-8');
  res.status(200).send(body);
}

/** Excel refuses sheet names with [ ] : / \ ? *, longer than 31 characters, or starting or ending with an apostrophe. */
export function sheetName(name: string): string {
  const clean = name.replace(/[[\]:/\\?*]/g, '_').slice(0, 31).replace(/^'+|'+$/g, '');
  return clean === '' ? 'Sheet1' : clean;
}

/** The media type of an XLSX workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A sheet of a workbook: its title, header and rows. */
export interface Sheet {
  title: string;
  header: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
}

/** One sheet with a bold, frozen header row, filters and readable column widths. */
export async function sendXlsx(res: Response, fileName: string, title: string, header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): Promise<void> {
  await sendWorkbook(res, fileName, [{ title, header, rows }]);
}

/** A workbook of several sheets, each laid out as sendXlsx lays out its one. */
export async function sendWorkbook(res: Response, fileName: string, sheets: readonly Sheet[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const { title, header, rows } of sheets) {
    const sheet = workbook.addWorksheet(sheetName(title), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([...header]).font = { bold: true };
    for (const row of rows) sheet.addRow([...row]);
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
    sheet.columns.forEach((column, i) => {
      const longest = Math.max(...[header[i] ?? '', ...rows.map((r) => String(r[i] ?? ''))].map((v) => v.length));
      column.width = Math.min(60, Math.max(8, longest * 1.6));
      column.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  attachment(res, fileName, XLSX_TYPE);
  res.status(200).send(Buffer.from(await workbook.xlsx.writeBuffer()));
}
