// Readers under hostile or large input: bounded work per row, archives checked before they are
// inflated, code inside HTML kept out of the data, and no server path in any message.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { parsePlanFile } from '../src/index.js';

const TITLE = '衢州市测试行动实施方案工作任务责任分解表';
const HEADER = ['序号', '工作任务', '牵头单位', '配合单位'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dutymap-readers-'));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('xlsx', () => {
  it('asks a sheet for its width once, not once per row (each row is read once)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('附件1');
    sheet.addRow([TITLE]);
    sheet.addRow(HEADER);
    for (let n = 1; n <= 300; n += 1) sheet.addRow([String(n), `开展第${n}项测试行动。`, '市测试局', '市妇联']);
    const path = join(dir, 'long.xlsx');
    await workbook.xlsx.writeFile(path);
    const worksheet = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet('probe')) as object;
    const columnCount = vi.spyOn(worksheet as { columnCount: number }, 'columnCount', 'get');
    const result = await parsePlanFile(path);
    expect(result.ok).toBe(true);
    expect(result.graph.tasks).toHaveLength(300);
    expect(result.graph.tasks[299]!.provenance.lines).toEqual({ start: 302, end: 302 });
    expect(columnCount).toHaveBeenCalledTimes(1);
  });
});

describe('zip archives (.docx, .xlsx)', () => {
  // 3 MB of XML that deflates to a few kilobytes: a small model of a 1 MB file inflating to 1 GB.
  const bomb = () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(`<w:document>${' '.repeat(3_000_000)}</w:document>`) });

  it('refuses a .docx that inflates beyond the limit before inflating it', async () => {
    const path = join(dir, 'bomb.docx');
    const bytes = bomb();
    expect(bytes.length).toBeLessThan(20_000);
    writeFileSync(path, bytes);
    const result = await parsePlanFile(path, { maxInflatedBytes: 1_000_000 });
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'fatal', code: 'archive-too-large', message: 'bomb.docx: the .docx archive inflates to 3000033 bytes; at most 1000000 are read' }),
    ]);
  });

  it('refuses an .xlsx the same way', async () => {
    const path = join(dir, 'bomb.xlsx');
    writeFileSync(path, bomb());
    const result = await parsePlanFile(path, { maxInflatedBytes: 1_000_000 });
    expect(result.diagnostics[0]).toMatchObject({ severity: 'fatal', code: 'archive-too-large' });
  });

  it('reads a .docx within the limit', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const rows = [HEADER, ['1', '开展测试行动。', '市测试局', '市妇联']].map((r) => new TableRow({ children: r.map(cell) }));
    const path = join(dir, 'small.docx');
    writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(TITLE), new Table({ rows })] }] })));
    const result = await parsePlanFile(path, { maxInflatedBytes: 1_000_000 });
    expect(result.ok).toBe(true);
    expect(result.graph.tasks.map((t) => t.text)).toEqual(['开展测试行动。']);
  });
});

describe('html', () => {
  it('keeps the text of <script>, <style>, <noscript> and <template> out of the data', async () => {
    const html = `<html><head><style>td { color: red }</style><script>var t = "<table><tr><td>假</td></tr></table>";</script></head><body>
      <p>${TITLE}<script>document.title = 'x'</script></p>
      <table>
        <tr>${HEADER.map((h) => `<th>${h}</th>`).join('')}</tr>
        <tr><td>1</td><td>开展测试行动。<style>p{}</style></td><td>市经信局<script>alert(2)</script></td><td>市妇联<noscript>市假局</noscript></td></tr>
      </table><template><table><tr><td>序号</td><td>工作任务</td></tr></table></template></body></html>`;
    const path = join(dir, 'scripted.html');
    writeFileSync(path, html);
    const result = await parsePlanFile(path);
    expect(result.ok).toBe(true);
    expect(result.graph.document.title).toBe('衢州市测试行动实施方案');
    expect(result.graph.tasks.map((t) => t.text)).toEqual(['开展测试行动。']);
    expect(result.graph.units.map((u) => u.name).sort()).toEqual(['市妇联', '市经信局'].sort());
  });
});

describe('messages', () => {
  it('name the source, never the path on disk', async () => {
    const path = join(dir, '.staging-0123abcd.xlsx');
    writeFileSync(path, 'not a zip');
    const broken = await parsePlanFile(path, { sourceName: '计划.xlsx' });
    expect(broken.diagnostics[0]).toMatchObject({ code: 'unreadable-file', source: '计划.xlsx' });
    expect(broken.diagnostics[0]!.message.startsWith('计划.xlsx: not a readable .xlsx file: ')).toBe(true);
    expect(broken.diagnostics[0]!.message).not.toContain(dir);
    const missing = await parsePlanFile(join(dir, 'gone.txt'), { sourceName: '丢失.txt' });
    expect(missing.diagnostics[0]!.message).toBe("丢失.txt: ENOENT ENOENT: no such file or directory, open '丢失.txt'");
  });
});
