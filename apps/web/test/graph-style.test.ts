// Label wrapping and sizes: Chinese has no spaces, so the graph breaks names itself.
import { describe, expect, it } from 'vitest';
import { edgeWidth, nodeSize, wrapLabel } from '../src/graph-style.js';

describe('wrapLabel', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLabel('市生态环境局')).toBe('市生态环境局');
  });
  it('breaks every 6 characters', () => {
    expect(wrapLabel('衢州绿色产业集聚区')).toBe('衢州绿色产业\n集聚区');
  });
  it('cuts after 3 lines with an ellipsis', () => {
    expect(wrapLabel('中央环境保护督察衢州市整改工作领导小组各成员单位')).toBe('中央环境保护\n督察衢州市整\n改工作领导…');
  });
  it('counts characters, not UTF-16 units', () => {
    expect(wrapLabel('𠀀𠀁𠀂𠀃𠀄𠀅𠀆', 6)).toBe('𠀀𠀁𠀂𠀃𠀄𠀅\n𠀆');
  });
});

describe('sizes', () => {
  it('grows node area with involvement: 市生态环境局 (112) is much larger than a unit with 1', () => {
    expect(nodeSize(1)).toBe(27);
    expect(nodeSize(112)).toBe(113);
  });
  it('caps edge width', () => {
    expect(edgeWidth(1)).toBeCloseTo(2.2);
    expect(edgeWidth(1000)).toBe(9);
  });
});
