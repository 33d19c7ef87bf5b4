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
