// A unit is its jurisdiction plus its name: plans of two counties and their city load together
// without merging bodies of different places, and with one node per body of one place.
import { describe, expect, it } from 'vitest';
import type { DutyGraph } from '@dutymap/model';
import { ids } from '@dutymap/model';
import { parsePlan } from '../src/index.js';

const table = (title: string, rows: Array<[string, string, string]>): string =>
  [title, '\t序号\n\t工作任务\n\t牵头单位\n\t配合单位', ...rows.map(([task, lead, support], i) => `\t${i + 1}\n\t${task}\n\t${lead}\n\t${support}`)].join('\n\n');

const dazhu = parsePlan(
  table('大竹县2021年重点工作任务分解表', [
    ['推进城镇老旧小区改造20个。', '县住建局', '县财政局、市发改委'],
    ['新建幼儿园3所。', '县教育局', '县住建局'],
    ['完成县政府年度目标考核。', '县政府办', '县政府'],
  ]),
  { sourceName: 'dazhu.txt' },
).graph;
const cangnan = parsePlan(
  table('2022年苍南县民生实事项目任务分解表', [
    ['建设四好农村路55公里。', '县交通运输局', '县住建局'],
    ['新建中小学3所。', '县教育局', '县财政局'],
  ]),
  { sourceName: 'cangnan.txt' },
).graph;
const dazhou = parsePlan(
  table('达州市2021年重点工作任务分解表', [
    ['推进重大项目建设。', '市发改委', '大竹县政府、渠县政府'],
    ['达州市财政局统筹资金。', '达州市财政局', '市发展改革委'],
  ]),
  { sourceName: 'dazhou.txt' },
).graph;

const unitOf = (graph: DutyGraph, name: string) => {
  const unit = graph.units.find((u) => u.name === name);
  if (!unit) throw new Error(`no unit ${name} in ${graph.document.title}: ${graph.units.map((u) => u.name).join(' ')}`);
  return unit;
};

describe('jurisdiction of a document', () => {
  it('comes from the title, wherever the division stands in it, as a GB/T 2260 division', () => {
    expect(dazhu.document).toMatchObject({ jurisdiction: '大竹县', jurisdictionCode: '511724' });
    expect(cangnan.document).toMatchObject({ jurisdiction: '苍南县', jurisdictionCode: '330327' });
    expect(dazhou.document).toMatchObject({ jurisdiction: '达州市', jurisdictionCode: '511700' });
    const shengsi = parsePlan(table('2021年嵊泗县乡村振兴任务清单', [['任务一。', '县农业农村局', '']]), { sourceName: 'a.txt' }).graph;
    expect(shengsi.document.jurisdiction).toBe('嵊泗县');
  });

  it('comes from the issuing body, the file name, or the units when the title names none', () => {
    const untitled = table('重点工作任务分解表', [['任务一。', '县住建局', '县财政局']]);
    const issuer = parsePlan(`平湖市人民政府办公室\n\n${untitled.replace('\t1\n\t任务一。\n\t县住建局', '\t1\n\t任务一。\n\t市住建局')}`, { sourceName: 'a.txt' });
    expect(issuer.graph.document.jurisdiction).toBe('平湖市');
    expect(issuer.explain.jurisdiction).toEqual({ name: '平湖市', code: '330482', from: 'issuer' });
    expect(parsePlan(untitled, { sourceName: '龙游县2023年任务分解表.txt' }).explain.jurisdiction.from).toBe('file name');
    const byUnits = parsePlan(table('重点工作任务分解表', [['任务一。', '常山县发改局', '常山县财政局']]), { sourceName: 'a.txt' });
    expect(byUnits.explain.jurisdiction).toEqual({ name: '常山县', code: '330822', from: 'units' });
    expect(parsePlan(untitled, { sourceName: 'a.txt', jurisdiction: '长春市朝阳区' }).graph.document).toMatchObject({ jurisdiction: '长春市朝阳区', jurisdictionCode: '220104' });
  });

  it('is reported missing, and the document keeps its relative units to itself', () => {
    const plan = (title: string) => parsePlan(table(title, [['任务一。', '县住建局', '']]), { sourceName: 'a.txt' });
    const one = plan('重点工作任务分解表');
    const two = plan('民生实事任务分解表');
    expect(one.diagnostics.filter((d) => d.code === 'no-jurisdiction')).toHaveLength(1);
    expect(one.graph.document.jurisdiction).toBe('');
    expect(unitOf(one.graph, '县住建局').id).not.toBe(unitOf(two.graph, '县住建局').id);
  });
});

describe('unit identity across plans', () => {
  it('keeps 县住建局 of two counties apart', () => {
    expect(unitOf(dazhu, '县住建局')).toMatchObject({ id: ids.unit('大竹县', '县住建局'), jurisdiction: '大竹县' });
    expect(unitOf(cangnan, '县住建局')).toMatchObject({ id: ids.unit('苍南县', '县住建局'), jurisdiction: '苍南县' });
    expect(unitOf(dazhu, '县教育局').id).not.toBe(unitOf(cangnan, '县教育局').id);
  });

  it('reads 市X in a county plan as the parent city’s body, the same node as in the city’s own plan', () => {
    expect(unitOf(dazhu, '市发改委')).toMatchObject({ jurisdiction: '达州市', jurisdictionCode: '511700' });
    expect(unitOf(dazhu, '市发改委').id).toBe(unitOf(dazhou, '市发改委').id);
    // 市发展改革委 is a spelling of 市发改委; 达州市财政局 in the city's plan is its 市财政局.
    expect(unitOf(dazhou, '市发改委').aliases).toContain('市发展改革委');
    expect(unitOf(dazhou, '达州市财政局')).toMatchObject({ id: ids.unit('达州市', '市财政局'), jurisdiction: '达州市' });
  });

  it('reads a county government named in the city plan as that county’s own 县政府', () => {
    expect(unitOf(dazhou, '大竹县政府').id).toBe(unitOf(dazhu, '县政府').id);
    expect(unitOf(dazhou, '渠县政府')).toMatchObject({ id: ids.unit('渠县', '县政府'), jurisdiction: '渠县' });
  });

  it('merges nothing else: across the three plans, one node per (jurisdiction, body)', () => {
    const all = [dazhu, cangnan, dazhou].flatMap((g) => g.units);
    const byId = new Map<string, Set<string>>();
    for (const u of all) byId.set(u.id, new Set([...(byId.get(u.id) ?? []), `${u.jurisdiction}|${u.kind}`]));
    expect([...byId.values()].every((places) => places.size === 1)).toBe(true);
    expect(byId.size).toBe(12);
  });
});

describe('names as text from PDFs and web pages writes them', () => {
  it('folds Kangxi radicals, zero-width spaces, full-width letters and traditional characters', () => {
    const { graph } = parsePlan(
      ['衢州市某某方案任务分解表', '\t序號\n\t工作任務\n\t牽頭單位\n\t配合單位', '\t1\n\t任务一。\n\t市⽣态环境局\n\t市生态\u200b环境局、ＸＸ公司', '\t2\n\t任务二。\n\t市生态环境局\n\t市發改委'].join('\n\n'),
      { sourceName: 'a.txt' },
    );
    expect(graph.tasks.map((t) => t.text)).toEqual(['任务一。', '任务二。']);
    expect(graph.units.filter((u) => u.id === ids.unit('衢州市', '市生态环境局'))).toHaveLength(1);
    expect(graph.units.map((u) => u.name).sort()).toEqual(['XX公司', '市发改委', '市生态环境局'].sort());
  });
});
