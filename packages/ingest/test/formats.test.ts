// The same plan as .csv, .tsv, .xlsx, .html and .docx parses to the same responsibilities.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import type { DutyGraph } from '@dutymap/model';
import { ids } from '@dutymap/model';
import { parsePlanFile } from '../src/index.js';

// A small plan with the quirks: a chapter row, a merged 工作内容 cell, two units in one cell.
const TITLE = '衢州市测试行动实施方案工作任务责任分解表';
const HEADER = ['序号', '工作内容', '工作任务', '牵头单位', '配合单位'];
const ROWS: string[][] = [
  ['一、第一章', '', '', '', ''],
  ['1', '推进转型', '到2020年，淘汰落后产能。', '市经信局', '市发改委、市生态环境局等相关部门'],
  ['2', '', '督促巨化集团有限公司治理废气。', '市生态环境局', '巨化集团公司'],
  ['3', '节约资源', '实施节水行动。', '市水利局', '各县（市、区）政府'],
];

function expectSamePlan(graph: DutyGraph): void {
  expect(graph.document.title).toBe('衢州市测试行动实施方案');
  expect(graph.document.jurisdiction).toBe('衢州市');
  expect(graph.sections.filter((s) => s.kind === 'chapter').map((s) => s.title)).toEqual(['第一章']);
  expect(graph.tasks.map((t) => [t.number, t.text])).toEqual([
    [1, '到2020年，淘汰落后产能。'],
    [2, '督促巨化集团有限公司治理废气。'],
    [3, '实施节水行动。'],
  ]);
  const group = (i: number) => graph.sections.find((s) => s.id === graph.tasks[i]!.sectionId)!.title;
  expect([group(0), group(1), group(2)]).toEqual(['推进转型', '推进转型', '节约资源']);
  const names = new Map(graph.units.map((u) => [u.id, u.name]));
  const edges = graph.relations
    .filter((r) => (r.type === 'LEADS' || r.type === 'SUPPORTS') && !r.inferred)
    .map((r) => `${r.type} ${graph.tasks.find((t) => t.id === r.to)!.number} ${names.get(r.from)}${r.openEnded ? ' …' : ''}`);
  expect(edges.sort()).toEqual(
    [
      'LEADS 1 市经信局',
      'SUPPORTS 1 市发改委 …',
      'SUPPORTS 1 市生态环境局 …',
      'LEADS 2 市生态环境局',
      // Named as this document writes it; its id is the one of 巨化集团有限公司 (see the seed test).
      'SUPPORTS 2 巨化集团公司',
      'LEADS 3 市水利局',
      'SUPPORTS 3 各县（市、区）政府',
    ].sort(),
  );
  expect(graph.relations.filter((r) => r.inferred)).toHaveLength(6);
  const juhua = graph.units.find((u) => u.name === '巨化集团公司')!;
  expect(juhua.id).toBe(ids.unit('衢州市', '巨化集团有限公司'));
  expect(juhua.kind).toBe('enterprise');
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dutymap-formats-'));
});

describe('parsePlanFile', () => {
  it('reads the TAB text layout', async () => {
    const text = [TITLE, HEADER.map((h) => `\t${h}`).join('\n'), ...ROWS.map((r) => (r[0]!.startsWith('一') ? `\t${r[0]}` : r.map((c) => `\t${c}`).join('\n')))].join('\n\n');
    writeFileSync(join(dir, 'plan.txt'), text);
    const result = await parsePlanFile(join(dir, 'plan.txt'));
    expect(result.ok).toBe(true);
    expectSamePlan(result.graph);
    expect(result.graph.document.sourceName).toBe('plan.txt');
  });

  it('reads GB18030-encoded text, as older government files are', async () => {
    const text = [TITLE, HEADER.map((h) => `\t${h}`).join('\n'), ...ROWS.map((r) => (r[0]!.startsWith('一') ? `\t${r[0]}` : r.map((c) => `\t${c}`).join('\n')))].join('\n\n');
    // Encode with the WHATWG gb18030 encoder by hand: Node only decodes it, so build bytes from a known table.
    const { decodeText } = await import('../src/index.js');
    expect(decodeText(Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3]))).toBe('你好');
    expect(decodeText(new TextEncoder().encode(text))).toBe(text);
  });

  it('reads CSV and TSV', async () => {
    const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
    writeFileSync(join(dir, 'plan.csv'), [TITLE, HEADER, ...ROWS].map((r) => (typeof r === 'string' ? quote(r) : r.map(quote).join(','))).join('\n'));
    expectSamePlan((await parsePlanFile(join(dir, 'plan.csv'))).graph);
    writeFileSync(join(dir, 'plan.tsv'), [TITLE, HEADER.join('\t'), ...ROWS.map((r) => r.join('\t'))].join('\n'));
    expectSamePlan((await parsePlanFile(join(dir, 'plan.tsv'))).graph);
  });

  it('reads an XLSX workbook with merged cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('附件1');
    sheet.addRow([TITLE]);
    sheet.mergeCells('A1:E1');
    sheet.addRow(HEADER);
    for (const row of ROWS) sheet.addRow(row[1] === '' && row[0] === '2' ? [row[0], '推进转型', ...row.slice(2)] : row);
    sheet.mergeCells('A3:E3'); // the chapter row spans the table
    sheet.mergeCells('B4:B5'); // 推进转型 covers tasks 1 and 2
    await workbook.xlsx.writeFile(join(dir, 'plan.xlsx'));
    const result = await parsePlanFile(join(dir, 'plan.xlsx'));
    expectSamePlan(result.graph);
    expect(result.graph.tasks[0]!.provenance.lines).toEqual({ start: 4, end: 4 });
    expect(result.graph.tasks[0]!.provenance.rowText).toBe('1\t推进转型\t到2020年，淘汰落后产能。\t市经信局\t市发改委、市生态环境局等相关部门');
  });

  it('reads an HTML table with rowspan and colspan', async () => {
    const td = (c: string, attrs = '') => `<td${attrs}>${c}</td>`;
    const html = `<html><body><p>${TITLE}</p><table>
      <tr>${HEADER.map((h) => `<th>${h}</th>`).join('')}</tr>
      <tr>${td('一、第一章', ' colspan="5"')}</tr>
      <tr>${td('1')}${td('推进转型', ' rowspan="2"')}${ROWS[1]!.slice(2).map((c) => td(c)).join('')}</tr>
      <tr>${td('2')}${ROWS[2]!.slice(2).map((c) => td(c)).join('')}</tr>
      <tr>${ROWS[3]!.map((c) => td(c)).join('')}</tr>
    </table></body></html>`;
    writeFileSync(join(dir, 'plan.html'), html);
    expectSamePlan((await parsePlanFile(join(dir, 'plan.html'))).graph);
  });

  it('reads a DOCX table with vertically merged cells and line breaks inside cells', async () => {
    const cell = (text: string, merge?: 'restart' | 'continue') =>
      new TableCell({
        children: text.split('\n').map((line) => new Paragraph(line)),
        ...(merge ? { verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
      });
    const rows = [
      new TableRow({ children: HEADER.map((h) => cell(h)) }),
      new TableRow({ children: [cell('一、第一章', undefined), cell(''), cell(''), cell(''), cell('')] }),
      new TableRow({ children: [cell('1'), cell('推进转型', 'restart'), cell(ROWS[1]![2]!), cell('市经信局'), cell('市发改委、\n市生态环境局等相关部门')] }),
      new TableRow({ children: [cell('2'), cell('', 'continue'), ...ROWS[2]!.slice(2).map((c) => cell(c))] }),
      new TableRow({ children: ROWS[3]!.map((c) => cell(c)) }),
    ];
    const doc = new Document({ sections: [{ children: [new Paragraph(TITLE), new Table({ rows })] }] });
    writeFileSync(join(dir, 'plan.docx'), await Packer.toBuffer(doc));
    expectSamePlan((await parsePlanFile(join(dir, 'plan.docx'))).graph);
  });

  it('reports a missing file, an unsupported type and a broken file as fatal diagnostics', async () => {
    const missing = await parsePlanFile(join(dir, 'nope.txt'));
    expect(missing.ok).toBe(false);
    expect(missing.diagnostics[0]).toMatchObject({ severity: 'fatal', code: 'unreadable-file' });
    expect(missing.diagnostics[0]!.message).toContain('nope.txt');
    const pdf = await parsePlanFile(join(dir, 'plan.pdf'));
    expect(pdf.diagnostics[0]).toMatchObject({ severity: 'fatal', code: 'unsupported-format' });
    writeFileSync(join(dir, 'broken.xlsx'), 'not a zip');
    const broken = await parsePlanFile(join(dir, 'broken.xlsx'));
    expect(broken.diagnostics[0]).toMatchObject({ severity: 'fatal', code: 'unreadable-file' });
  });

  it('reports text without a table as a fatal no-table diagnostic', async () => {
    writeFileSync(join(dir, 'prose.txt'), '这是一份没有表格的通知。\n\n请各单位认真贯彻落实。');
    const result = await parsePlanFile(join(dir, 'prose.txt'));
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'fatal', code: 'no-table', source: 'prose.txt', line: 1 })]);
  });
});
