// When and by whom a plan was issued, from the notice around it.
import { describe, expect, it } from 'vitest';
import { documentIssuance, joinedParagraphs } from '../src/extract/issuance.js';

describe('documentIssuance', () => {
  it('takes the signature above a stand-alone date, in Arabic or Chinese numerals', () => {
    expect(documentIssuance(joinedParagraphs(['各乡镇人民政府：', '现印发给你们。', '某某县人民政府办公室', '二〇一九年十二月三十日']), '某某县某某实施方案')).toEqual({ year: 2019, issuer: '某某县人民政府办公室' });
    expect(documentIssuance(joinedParagraphs(['某市生态环境局  ', '2022年3月5日  ']), '')).toEqual({ year: 2022, issuer: '某市生态环境局' });
  });

  it('reads a year from a document number, then from the title, the start of a range', () => {
    expect(documentIssuance(['某政办发〔2020〕15号'], '2023年重点工作任务分解表')).toEqual({ year: 2020 });
    expect(documentIssuance([], '某市生态文明建设行动方案（2021—2025年）')).toEqual({ year: 2021 });
    expect(documentIssuance([], '某市生态文明建设行动方案')).toEqual({});
  });

  it('does not take a date inside a sentence or a sentence as the issuer', () => {
    expect(documentIssuance(['会议于2021年6月1日召开。', '按照镇政府关于安全生产的要求，制定本计划。'], '')).toEqual({});
  });

  it('takes the sender of a notice broken over lines', () => {
    const lines = joinedParagraphs(['某某市人民政府关于印发', '《某某市2024年重点任务', '分工方案》的通知', '某政发〔2024〕2号']);
    expect(lines[0]).toBe('某某市人民政府关于印发《某某市2024年重点任务分工方案》的通知');
    expect(documentIssuance(lines, '')).toEqual({ year: 2024, issuer: '某某市人民政府' });
  });
});
