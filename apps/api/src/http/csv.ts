// CSV downloads a coordinator can open in a spreadsheet: UTF-8 with BOM so Excel shows Chinese.
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';

export function sendCsv(res: Response, fileName: string, header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): void {
  const body = `\uFEFF${stringify([header as string[], ...(rows as Array<Array<string | number>>)], { record_delimiter: '\r\n' })}`;
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  res.status(200).send(body);
}
