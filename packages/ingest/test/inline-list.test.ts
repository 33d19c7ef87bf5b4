// Plans without a table: numbered paragraphs that name their units inline.
import { describe, expect, it } from 'vitest';
import type { DutyGraph } from '@dutymap/model';
import { parsePlan } from '../src/index.js';

const TEXT = [
  '某市人民政府办公室关于印发2023年政府工作报告重点工作任务分解的通知',
  '各县（市、区）人民政府，市政府各部门：',
  '一、着力扩大有效需求',
  '1.全面实施行政许可事项清单管理。依据国家和省行政许可事项清单，编制并公布清单。（市政府办公室、市审改办牵头，市级各有关部门及各县市区政府按职责分工负责）',
  '2.持续深化相对集中行政许可权改革。（牵头单位：市发展改革委；配合单位：市财政局、市住建局）',
  '3.加快推进重大项目建设。',
  '责任单位：市发改委、市财政局',
  '二、优化营商环境',
  '4.深化“放管服”改革。（分管副市长、协管副秘书长负责，市发展改革委牵头，市财政局等按职责分工负责，6月底前完成）',
  '5.推进数字政府建设。（市大数据局，各县（市、区）政府）',
  '三、保障措施',
  '各地各部门要加强组织领导。',
].join('\n');

const edges = (graph: DutyGraph, number: number): string[] => {
  const task = graph.tasks.find((t) => t.number === number)!;
  const names = new Map(graph.units.map((u) => [u.id, u.name]));
  return graph.relations.filter((r) => r.to === task.id && !r.inferred && (r.type === 'LEADS' || r.type === 'SUPPORTS')).map((r) => `${r.type === 'LEADS' ? 'lead' : 'support'} ${names.get(r.from)}`);
};

describe('inline duty lists', () => {
  const { ok, graph } = parsePlan(TEXT, { sourceName: 'notice.txt', jurisdiction: '衢州市' });

  it('reads each numbered paragraph as a task, its bracket or the next line as its units', () => {
    expect(ok).toBe(true);
    expect(graph.tasks.map((t) => [t.number, t.text])).toEqual([
      [1, '全面实施行政许可事项清单管理。依据国家和省行政许可事项清单，编制并公布清单。'],
      [2, '持续深化相对集中行政许可权改革。'],
      [3, '加快推进重大项目建设。'],
      [4, '深化“放管服”改革。'],
      [5, '推进数字政府建设。'],
    ]);
    expect(edges(graph, 1)).toEqual(['lead 市政府办公室', 'lead 市审改办', 'support 市级各有关部门', 'support 各县市区政府']);
    expect(edges(graph, 2)).toEqual(['lead 市发改委', 'support 市财政局', 'support 市住建局']);
    expect(edges(graph, 3)).toEqual(['lead 市发改委', 'lead 市财政局']);
    // People (分管副市长) are no units; the deadline is the task's.
    expect(edges(graph, 4)).toEqual(['lead 市发改委', 'support 市财政局']);
    expect(graph.tasks[3]!.deadline).toBe('6月底前完成');
    expect(edges(graph, 5)).toEqual(['lead 市大数据局', 'lead 各县（市、区）政府']);
  });

  it('keeps chapters with tasks as sections, the plan sent by the notice as the title, and the source lines', () => {
    expect(graph.document.title).toBe('2023年政府工作报告重点工作任务分解');
    expect(graph.sections.filter((s) => s.kind === 'chapter').map((s) => s.title)).toEqual(['着力扩大有效需求', '优化营商环境']);
    expect(graph.tasks[2]!.provenance).toMatchObject({ lines: { start: 6, end: 7 }, rowText: '3.加快推进重大项目建设。\n责任单位：市发改委、市财政局' });
  });

  it('leaves a document with tables to its tables', () => {
    const table = ['某市任务分解表', '\t序号\n\t工作任务\n\t牵头单位', '\t1\n\t任务甲。\n\t市甲局'].join('\n\n');
    const mixed = parsePlan(`${TEXT}\n\n${table}`, { sourceName: 'mixed.txt', jurisdiction: '衢州市' }).graph;
    expect(mixed.tasks.map((t) => t.text)).toEqual(['任务甲。']);
  });
});

describe('inline duty lists in traditional characters', () => {
  // A province's plan as its own text writes it: no province name, traditional characters, (一) items.
  const PROVINCE = [
    '省人民政府關于',
    '進一步優化營商環境的若干意見',
    '鄂政發〔2018〕26號',
    '各市、州、縣人民政府,省政府各部門:',
    '一、主要任務',
    '(一)提高市場開放程度。全面實施市場準入負面清單制度。(牽頭單位:省發展改革委;責任單位:省編辦、省住建廳)',
    '(二)降低企業成本。全面清理涉企收費。(省財政廳牽頭,省經信委、省國資委按職責分工負責)',
  ].join('\n');

  it('reads the duties, keeps the text as written, and finds the province from its document number', () => {
    const { ok, graph } = parsePlan(PROVINCE, { sourceName: 'yijian.txt' });
    expect(ok).toBe(true);
    expect(graph.document).toMatchObject({ title: '省人民政府關于進一步優化營商環境的若干意見', jurisdiction: '湖北省', year: 2018, issuer: '省人民政府' });
    expect(graph.tasks.map((t) => t.text)).toEqual(['提高市場開放程度。全面實施市場準入負面清單制度。', '降低企業成本。全面清理涉企收費。']);
    expect(edges(graph, 1)).toEqual(['lead 省发展改革委', 'support 省编办', 'support 省住建厅']);
    expect(edges(graph, 2)).toEqual(['lead 省财政厅', 'support 省经信委', 'support 省国资委']);
    // The province's 发展改革委 is the counterpart of a city's 发改委: one function, from the canonical name.
    expect(graph.units.find((u) => u.name === '省发展改革委')!.function).toBe('发改委');
  });

  it('names the city a traditional title names', () => {
    const text = ['咸陽市2022年深化“放管服”改革工作要點', '1.全面實施行政許可事項清單管理。(市政府辦公室牽頭,市級各有關部門按職責分工負責)', '2.持續深化相對集中行政許可權改革。(市行政審批服務局牽頭)'].join('\n');
    const { graph } = parsePlan(text, { sourceName: 'yaodian.txt' });
    expect(graph.document).toMatchObject({ jurisdiction: '咸阳市', year: 2022 });
    expect(graph.tasks).toHaveLength(2);
  });

  it('does not read a city document number as a province', () => {
    const text = ['宁政发〔2023〕5号', '市人民政府关于印发某某工作方案的通知', '1.推进某某工作。(市发改委牵头,市财政局配合)', '2.推进另一工作。(市财政局牵头)'].join('\n');
    expect(parsePlan(text, { sourceName: 'x.txt' }).graph.document.jurisdiction).toBe('');
  });
});

describe('inline duty lists whose items are numbered like headings', () => {
  // As a district's breakdown of its 政府工作报告 writes them: （一）… on one line, 责任单位：… on the next.
  const TEXT = [
    '某某区人民政府办公室',
    '2023年1月3日',
    '2023年区《政府工作报告》确定的主要目标任务责任分解方案',
    '一、2023年全区经济社会发展的主要预期目标',
    '(一)地区生产总值增长7%以上',
    '责任单位:区发展和改革局',
    '(二)规上工业增加值增长12%以上',
    '责任单位:区科技和经信局、区统计局',
    '二、保障措施',
    '牵头领导:张三',
    '(一)加强组织领导',
  ].join('\n');

  it('reads a heading followed by its units as a task, and keeps a heading followed only by a leader', () => {
    const { ok, graph } = parsePlan(TEXT, { sourceName: 'fenjie.txt', jurisdiction: '蔡甸区' });
    expect(ok).toBe(true);
    expect(graph.document).toMatchObject({ title: '2023年区《政府工作报告》确定的主要目标任务责任分解方案', year: 2023, issuer: '某某区人民政府办公室' });
    expect(graph.tasks.map((t) => t.text)).toEqual(['地区生产总值增长7%以上', '规上工业增加值增长12%以上']);
    expect(edges(graph, 1)).toEqual(['lead 区发展和改革局']);
    expect(edges(graph, 2)).toEqual(['lead 区科技和经信局', 'lead 区统计局']);
    expect(graph.sections.filter((s) => s.kind === 'chapter').map((s) => s.title)).toEqual(['2023年全区经济社会发展的主要预期目标']);
  });
});
