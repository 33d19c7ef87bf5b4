// Downloads of data from uploaded plans: CSV cells that a spreadsheet would run as formulas are
// made inert, and XLSX ledgers are written for units whose names Excel refuses as sheet names.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inertCell, sheetName } from '../src/http/csv.js';
import { auth, body, qs, startApi, type RunningApi } from './utils/api.js';
import { planText } from './utils/plans.js';

const HOSTILE = planText('导出测试', [
  { text: '=HYPERLINK("http://evil.example/","查看")开展测试行动。', lead: '市测试局[一]:二', support: '市妇联' },
  { text: '+1开展第二项测试行动。', lead: '三\\四*?五', support: '-市妇联' },
]);

describe('inertCell and sheetName', () => {
  it('prefix text a spreadsheet would run as a formula; numbers and other text stay', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '市妇联', '1=1', 3, -3].map(inertCell)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=1", "'\r=1", '市妇联', '1=1', 3, -3]);
  });

  it('replace what Excel refuses in a sheet name and keep 31 characters', () => {
    expect(sheetName('市[测]:局/科\\?*任务台账')).toBe('市_测__局_科___任务台账');
    expect(sheetName("'引号'")).toBe('引号');
    expect(sheetName('一'.repeat(40))).toBe('一'.repeat(31));
    expect(sheetName('')).toBe('Sheet1');
  });
});

describe('exports of an uploaded plan', () => {
  let api: RunningApi;
  const unitId = async (name: string): Promise<string> => (await api.json(`/api/units${qs({ q: name })}`)).items.find((u: { name: string }) => u.name === name).id;
  const csvLines = async (res: Response) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(await res.arrayBuffer())).slice(1).trim().split('\r\n');

  beforeAll(async () => {
    api = await startApi();
    const res = await api.get(`/api/documents${qs({ name: '导出测试.txt' })}`, { method: 'POST', body: HOSTILE, headers: auth });
    expect(res.status).toBe(201);
  });
  afterAll(async () => {
    await api.close();
  });

  it('tasks.csv: formula-like cells start with an apostrophe', async () => {
    const res = await api.get(`/api/units/${await unitId('市测试局[一]:二')}/tasks.csv`);
    expect(res.status).toBe(200);
    const lines = await csvLines(res);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,"'=HYPERLINK(""http://evil.example/"",""查看"")开展测试行动。",`);
    expect(lines[1]).not.toMatch(/,"?=HYPERLINK/);
  });

  it('search.csv: the same for titles and snippets', async () => {
    const lines = await csvLines(await api.get(`/api/search.csv${qs({ q: '测试行动', type: 'task' })}`));
    const cells = lines.slice(1).flatMap((line) => line.split(','));
    expect(cells.filter((cell) => /^"?[=+\-@]/.test(cell))).toEqual([]);
    expect(lines.some((line) => line.includes(`"'=HYPERLINK(`) || line.includes(`'+1开展第二项测试行动`))).toBe(true);
  });

  it('tasks.xlsx: a unit named with [ ] : \\ ? * gets its ledger, the sheet named without them', async () => {
    for (const [name, sheet] of [['市测试局[一]:二', '衢州市-市测试局_一__二任务台账'], ['三\\四*?五', '衢州市-三_四__五任务台账']] as const) {
      const res = await api.get(`/api/units/${await unitId(name)}/tasks.xlsx`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(`衢州市-${name}-任务台账.xlsx`).replace(/\*/g, '%2A')}`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      expect(workbook.worksheets.map((w) => w.name)).toEqual([sheet]);
      expect([workbook.worksheets[0]!.getRow(2).getCell(2).value, workbook.worksheets[0]!.getRow(2).getCell(3).value]).toEqual(['衢州市', name === '三\\四*?五' ? 2 : 1]);
    }
  });

  it('a JSON error for an id that is not there, not a 500', async () => {
    const res = await api.get('/api/units/unit_nope/tasks.xlsx');
    expect(res.status).toBe(404);
    expect((await body(res)).error.code).toBe('not-found');
  });
});
