// The TAB text layout: cells, continuations, blank lines inside cells, empty cells, paragraphs.
import { describe, expect, it } from 'vitest';
import { readTextLayout } from '../src/index.js';

const rows = (text: string) =>
  readTextLayout(text).blocks.map((b) => (b.kind === 'text' ? `text@${b.line}: ${b.text}` : b.row.cells.map((c) => c.lines.join('|')).join(' ¦ ')));

describe('readTextLayout', () => {
  it('reads paragraphs, a header and rows separated by blank lines', () => {
    const text = ['附件1', '某市方案分解表', '\t序号', '\t工作任务', '\t牵头单位', '', '\t1', '\t做事。', '\t市甲局', ''].join('\n');
    expect(rows(text)).toEqual(['text@1: 附件1', 'text@2: 某市方案分解表', '序号 ¦ 工作任务 ¦ 牵头单位', '1 ¦ 做事。 ¦ 市甲局']);
  });

  it('continues a cell on lines without a TAB, and keeps a lone TAB as an empty cell', () => {
    expect(rows('\t1\n\t\n\t  市甲局、\n市乙局\n\t市丙局')).toEqual(['1 ¦  ¦ 市甲局、|市乙局 ¦ 市丙局']);
  });

  it('reopens the row when a cell continues after a blank line', () => {
    expect(rows('\t57\n\t市甲局\n\n市乙局\n\t市丙局\n\n\t58')).toEqual(['57 ¦ 市甲局||市乙局 ¦ 市丙局', '58']);
  });

  it('does not read an annex heading after blank lines as a continuation', () => {
    expect(rows('\t117\n\t市甲局\n\n\n附件2\n\n重点项目表')).toEqual(['117 ¦ 市甲局', 'text@5: 附件2', 'text@7: 重点项目表']);
  });

  it('records the source lines of every cell and row', () => {
    const [row] = readTextLayout('\t1\n\t做事\n继续\n').blocks;
    expect(row).toMatchObject({ kind: 'row', row: { start: 1, end: 3, cells: [{ start: 1, end: 1 }, { start: 2, end: 3 }] } });
  });

  it('accepts CRLF line ends and a byte-order mark', () => {
    expect(rows('\uFEFF\t1\r\n\t做事\r\n')).toEqual(['1 ¦ 做事']);
  });

  it('ignores trailing TABs after a cell', () => {
    expect(rows('\t1\t\n\t做事\t\t\n\t\n\t市甲局')).toEqual(['1 ¦ 做事 ¦  ¦ 市甲局']);
  });
});

