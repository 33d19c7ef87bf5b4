// Splitting unit cells into the bodies they name.
import { describe, expect, it } from 'vitest';
import { readUnitList } from '../src/extract/unit-list.js';

const cell = (...lines: string[]) => ({ lines, start: 1, end: lines.length });
const names = (...lines: string[]) => readUnitList(cell(...lines)).units.map((u) => u.name);

describe('readUnitList', () => {
  it('splits on 、，,；; and spaces', () => {
    expect(names('市甲局、市乙局，市丙局；市丁委,市戊办;市己局 市庚局')).toEqual(['市甲局', '市乙局', '市丙局', '市丁委', '市戊办', '市己局', '市庚局']);
  });

  it('splits stacked names on line breaks but joins a long name broken mid-way', () => {
    expect(names('市生态环境局', '市公安局')).toEqual(['市生态环境局', '市公安局']);
    expect(names('美丽衢州建设', '领导小组办公室')).toEqual(['美丽衢州建设领导小组办公室']);
    expect(names('市农业农村局、', '', '市住建局')).toEqual(['市农业农村局', '市住建局']);
  });

  it('keeps separators inside brackets', () => {
    expect(names('市财政局、各县（市、区）政府')).toEqual(['市财政局', '各县（市、区）政府']);
    expect(names('各县(市、区)政府')).toEqual(['各县（市、区）政府']);
  });

  it('strips 等 / 等相关部门 / 等部门 and marks the list open-ended', () => {
    expect(readUnitList(cell('市发改委、市生态环境局等相关部门'))).toEqual({
      units: [{ name: '市发改委', leadMarked: false }, { name: '市生态环境局', leadMarked: false }],
      openEnded: true,
    });
    expect(readUnitList(cell('市经信局、市住建局等')).openEnded).toBe(true);
    expect(readUnitList(cell('市资源规划局、市住建局等部门')).units.map((u) => u.name)).toEqual(['市资源规划局', '市住建局']);
    expect(readUnitList(cell('市经信局、市住建局')).openEnded).toBe(false);
  });

  it('expands combined governments', () => {
    expect(names('市发改委、市住建局，常山县、开化县、龙游县政府')).toEqual(['市发改委', '市住建局', '常山县政府', '开化县政府', '龙游县政府']);
    expect(names('柯城区、衢江区人民政府')).toEqual(['柯城区人民政府', '衢江区人民政府']);
  });

  it('restores an elided 市 prefix (市发改委、经信局)', () => {
    expect(names('市发改委、经信局、财政局')).toEqual(['市发改委', '市经信局', '市财政局']);
    expect(names('市委宣传部、团市委')).toEqual(['市委宣传部', '团市委']);
  });

  it('reads （牵头） marks', () => {
    expect(readUnitList(cell('市生态环境局（牵头）、市发改委')).units).toEqual([
      { name: '市生态环境局', leadMarked: true },
      { name: '市发改委', leadMarked: false },
    ]);
  });

  it('reads an empty or placeholder cell as no units', () => {
    expect(names('')).toEqual([]);
    expect(names('/')).toEqual([]);
    expect(readUnitList(undefined)).toEqual({ units: [], openEnded: false });
  });

  it('reads 牵头单位： / 配合单位： labels inside one cell', () => {
    expect(readUnitList(cell('牵头单位：市甲局；配合单位：市乙局、市丙局')).units).toEqual([
      { name: '市甲局', leadMarked: true },
      { name: '市乙局', leadMarked: false, supportMarked: true },
      { name: '市丙局', leadMarked: false, supportMarked: true },
    ]);
  });

  it('reads roles said with a verb: 市甲局、市乙局牵头，市丙局配合', () => {
    expect(readUnitList(cell('市甲局、市乙局牵头，市丙局、市丁局按职责分工负责')).units).toEqual([
      { name: '市甲局', leadMarked: true },
      { name: '市乙局', leadMarked: true },
      { name: '市丙局', leadMarked: false, supportMarked: true },
      { name: '市丁局', leadMarked: false, supportMarked: true },
    ]);
  });

  it('gives a bare 政府 the stem of the party committee before it', () => {
    expect(names('各县（市、区）党委、政府')).toEqual(['各县（市、区）党委', '各县（市、区）政府']);
  });
});


describe('collective spellings', () => {
  it('keeps 各区、县（市）政府 whole', () => {
    expect(names('市财政局，各区、县（市）政府')).toEqual(['市财政局', '各区、县（市）政府']);
  });

  it('reads what real tables write: stars, people, run-together names, a shared 各, 等市有关单位', () => {
    expect(readUnitList(cell('区政府办公室*、区财政局')).units).toEqual([
      { name: '区政府办公室', leadMarked: true },
      { name: '区财政局', leadMarked: false },
    ]);
    expect(names('★区财政局、区发改局')).toEqual(['区财政局', '区发改局']);
    expect(names('市民政局 伍泽国')).toEqual(['市民政局']);
    expect(names('区发改局区统计局')).toEqual(['区发改局', '区统计局']);
    expect(names('文化站 派出所工商质监所')).toEqual(['文化站', '派出所', '工商质监所']);
    expect(names('市生态环境局衢江分局、市公安局交警大队')).toEqual(['市生态环境局衢江分局', '市公安局交警大队']);
    expect(names('各乡镇人民政府、街道办事处')).toEqual(['各乡镇人民政府', '各街道办事处']);
    expect(names('市发展改革委、工业和信息化委、住房和城乡建设局等')).toEqual(['市发展改革委', '市工业和信息化委', '市住房和城乡建设局']);
    expect(names('市税务局、国家税务总局衢州分局')).toEqual(['市税务局', '国家税务总局衢州分局']);
    expect(readUnitList(cell('市税务局等市有关单位'))).toEqual({ units: [{ name: '市税务局', leadMarked: false }], openEnded: true });
  });
});

