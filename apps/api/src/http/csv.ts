// Downloads a coordinator can open in a spreadsheet: CSV in UTF-8 with BOM so Excel shows
// Chinese, and an XLSX ledger (台账).
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

function attachment(res: Response, fileName: string, contentType: string): void {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
}

export function sendCsv(res: Response, fileName: string, header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): void {
  const body = `\uFEFF${stringify([header as string[], ...(rows as Array<Array<string | number>>)], { record_delimiter: '\r\n' })}`;
  attachment(res, fileName, 'text/csv; charset=utf-8');
  res.status(200).send(body);
}

/** One sheet with a bold, frozen header row, filters and readable column widths. */
export async function sendXlsx(res: Response, fileName: string, sheetName: string, header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(...[header[i] ?? '', ...rows.map((r) => String(r[i] ?? ''))].map((v) => v.length));
    column.width = Math.min(60, Math.max(8, longest * 1.6));
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  attachment(res, fileName, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.status(200).send(Buffer.from(await workbook.xlsx.writeBuffer()));
}
