// Column roles come from header names, so reordered and renamed columns parse the same.
import { describe, expect, it } from 'vitest';
import type { DutyGraph } from '@dutymap/model';
import { ids } from '@dutymap/model';
import { parseLayout, parsePlan, readTextLayout } from '../src/index.js';
import { readHtml } from '../src/readers/html.js';
import { layoutFromGrid } from '../src/readers/grid.js';
import { matchHeader } from '../src/columns/roles.js';
import { SEED_TEXT, parseSeed } from './utils/seed.js';

describe('matchHeader', () => {
  it('names roles whatever the order and wording', () => {
    expect(matchHeader(['序号', '工作内容', '工作任务', '牵头单位', '配合单位']).roles).toEqual(['number', 'group', 'task', 'lead', 'support']);
    expect(matchHeader(['牵头部门', '协同单位', '具体任务', '重点任务', '编号', '完成时限']).roles).toEqual(['lead', 'support', 'task', 'group', 'number', 'deadline']);
    expect(matchHeader(['', '序号', '项目名称', '项目内容', '责任单位', '完成时间']).roles).toEqual(['category', 'number', 'projectName', 'projectContent', 'responsible', 'deadline']);
    expect(matchHeader(['序号', '主要任务', '责任部门']).roles).toEqual(['number', 'task', 'responsible']);
    expect(matchHeader(['序号', '重点任务', '责任单位']).roles).toEqual(['number', 'task', 'responsible']);
  });
});

/** Rewrites every row of the seed's TAB layout through `map` (cells in, cells out). */
function rewriteSeed(map: (cells: string[][], isTaskTable: boolean) => string[][]): string {
  const { blocks } = readTextLayout(SEED_TEXT);
  let inTasks = false;
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'text') {
      out.push(block.text, '');
      if (block.text.startsWith('附件')) inTasks = block.text === '附件1';
      continue;
    }
    const cells = block.row.cells.map((c) => c.lines);
    const mapped = cells.length >= 4 ? map(cells, inTasks) : cells;
    for (const lines of mapped) out.push(`\t${lines[0] ?? ''}`, ...lines.slice(1).map((l) => l || ' '));
    out.push('');
  }
  return out.join('\n');
}

/** Lead/support/responsible edges as "TYPE task-number unit-name" lines. */
function edgeSet(graph: DutyGraph): string[] {
  const names = new Map(graph.units.map((u) => [u.id, u.name]));
  const numbers = new Map([...graph.tasks.map((t) => [t.id, `t${t.number}`] as const), ...graph.projects.map((p) => [p.id, `p${p.number}`] as const)]);
  return graph.relations
    .filter((r) => r.type === 'LEADS' || r.type === 'SUPPORTS' || r.type === 'RESPONSIBLE_FOR')
    .map((r) => `${r.type} ${numbers.get(r.to)} ${names.get(r.from)}${r.inferred ? ' inferred' : ''}`)
    .sort();
}

describe('reordered and renamed columns', () => {
  const original = edgeSet(parseSeed().graph);

  it('parse the same when annex 1 puts 配合单位 before 牵头单位 and renames them', () => {
    const text = rewriteSeed((cells, isTask) => {
      if (!isTask) return cells;
      const [number, group, task, lead, support] = [0, 1, 2, 3, 4].map((i) => cells[i] ?? ['']);
      const rename = (c: string[], to: string) => (c[0] === '牵头单位' || c[0] === '配合单位' || c[0] === '工作任务' || c[0] === '工作内容' ? [to] : c);
      return [rename(support!, '协同单位'), number!, rename(task!, '具体任务'), rename(lead!, '牵头部门'), rename(group!, '重点任务')];
    });
    const { graph } = parsePlan(text, { sourceName: 'reordered.txt' });
    expect(graph.tasks).toHaveLength(117);
    expect(edgeSet(graph)).toEqual(original);
  });

  it('parse the same when annex 2 moves 责任单位 to the front and renames 项目内容', () => {
    const text = rewriteSeed((cells, isTask) => {
      if (isTask) return cells;
      const [category, number, name, content, responsible, deadline] = [0, 1, 2, 3, 4, 5].map((i) => cells[i] ?? ['']);
      const renamed = content![0] === '项目内容' ? ['建设内容'] : content!;
      return [responsible!, category!, deadline!, number!, name!, renamed];
    });
    const { graph } = parsePlan(text, { sourceName: 'reordered.txt' });
    expect(graph.projects).toHaveLength(28);
    expect(graph.projects[13]!.name).toBe('污水处理厂清洁排放项目');
    expect(edgeSet(graph)).toEqual(original);
  });
});

describe('other table shapes', () => {
  it('reads a 责任单位-only task table, with （牵头） marks and the "first is lead" note', () => {
    const text = [
      '某市某某行动方案任务分解表',
      '\t序号\n\t主要任务\n\t责任单位\n\t完成时限',
      '\t1\n\t任务甲。\n\t市甲局（牵头）、市乙局\n\t2025年',
      '\t2\n\t任务乙。\n\t市丙局、市丁局\n\t2026年',
    ].join('\n\n');
    const plain = parsePlan(text, { sourceName: 'a.txt' }).graph;
    const leads = (g: DutyGraph, n: number) => g.relations.filter((r) => r.type === 'LEADS' && r.to === g.tasks[n - 1]!.id).map((r) => g.units.find((u) => u.id === r.from)!.name);
    const supports = (g: DutyGraph, n: number) => g.relations.filter((r) => r.type === 'SUPPORTS' && r.to === g.tasks[n - 1]!.id).map((r) => g.units.find((u) => u.id === r.from)!.name);
    expect(leads(plain, 1)).toEqual(['市甲局']);
    expect(supports(plain, 1)).toEqual(['市乙局']);
    expect(leads(plain, 2)).toEqual(['市丙局', '市丁局']);
    expect(plain.tasks[1]!.deadline).toBe('2026年');
    const noted = parsePlan(`${text}\n\n注：列第一位的为牵头单位。`, { sourceName: 'a.txt' }).graph;
    expect(leads(noted, 2)).toEqual(['市丙局']);
    expect(supports(noted, 2)).toEqual(['市丁局']);
    const inHeader = parsePlan(text.replace('\t责任单位', '\t责任单位（排第一位的为牵头单位）'), { sourceName: 'a.txt' }).graph;
    expect(leads(inHeader, 2)).toEqual(['市丙局']);
    const verbs = parsePlan(text.replace('市丙局、市丁局', '市丙局牵头，市丁局配合'), { sourceName: 'a.txt' }).graph;
    expect([leads(verbs, 2), supports(verbs, 2)]).toEqual([['市丙局'], ['市丁局']]);
    for (const note of ['（牵头单位列第一位）', '（第一个为牵头单位）', '（首个单位为主责单位）']) {
      expect(leads(parsePlan(text.replace('\t责任单位', `\t责任单位${note}`), { sourceName: 'a.txt' }).graph, 2)).toEqual(['市丙局']);
    }
  });

  it('reads （一） sub-headings as groups and unnumbered rows in order', () => {
    const text = [
      '\t工作任务\n\t牵头单位\n\t配合单位',
      '\t一、总体\n\t\n\t',
      '\t（一）第一组',
      '\t任务一。\n\t市甲局\n\t市乙局',
      '\t任务二。\n\t市甲局\n\t',
    ].join('\n\n');
    const { graph, ok } = parsePlan(text, { sourceName: 'b.txt' });
    expect(ok).toBe(true);
    expect(graph.tasks.map((t) => t.number)).toEqual([1, 2]);
    const group = graph.sections.find((s) => s.id === graph.tasks[0]!.sectionId)!;
    expect(group).toMatchObject({ kind: 'group', number: '一', title: '第一组' });
    expect(graph.sections.find((s) => s.id === group.parentId)).toMatchObject({ kind: 'chapter', title: '总体' });
  });

  it('reads a two-level header (责任单位 over 牵头单位 | 配合单位) and skips a header repeated at a page break', () => {
    const text = [
      '某市某某方案任务分解表',
      '\t序号\n\t具体任务\n\t责任分工\n\t完成时限',
      '\t牵头单位\n\t配合单位',
      '\t1\n\t任务甲。\n\t市甲局\n\t市乙局\n\t2025年',
      '\t序号\n\t具体任务\n\t责任分工\n\t完成时限',
      '\t牵头单位\n\t配合单位',
      '\t2\n\t任务乙。\n\t市丙局\n\t市丁局、市戊局\n\t2026年',
    ].join('\n\n');
    const { graph, ok } = parsePlan(text, { sourceName: 'c.txt' });
    expect(ok).toBe(true);
    expect(graph.sections.filter((s) => s.kind === 'annex')).toHaveLength(1);
    const edges = graph.relations
      .filter((r) => r.type === 'LEADS' || r.type === 'SUPPORTS')
      .map((r) => `${r.type} ${graph.tasks.find((t) => t.id === r.to)!.number} ${graph.units.find((u) => u.id === r.from)!.name}`);
    expect(edges).toEqual(['LEADS 1 市甲局', 'SUPPORTS 1 市乙局', 'LEADS 2 市丙局', 'SUPPORTS 2 市丁局', 'SUPPORTS 2 市戊局']);
    expect(graph.tasks.map((t) => t.deadline)).toEqual(['2025年', '2026年']);
  });

  it('does not take a 牵头市领导 column (a person) for the lead unit', () => {
    const text = ['\t序号\n\t工作任务\n\t牵头市领导\n\t牵头单位\n\t配合单位', '\t1\n\t任务甲。\n\t张三\n\t市甲局\n\t市乙局'].join('\n\n');
    const { graph } = parsePlan(text, { sourceName: 'd.txt' });
    expect(graph.units.map((u) => u.name)).toEqual(['市甲局', '市乙局']);
  });

  it('reads a provincial plan with level-relative aliases', () => {
    const text = ['浙江省某某行动方案任务分解表', '\t序号\n\t工作任务\n\t牵头单位\n\t配合单位', '\t1\n\t任务甲。\n\t省发展改革委\n\t省环保局、各设区市政府'].join('\n\n');
    const { graph } = parsePlan(text, { sourceName: 'e.txt' });
    expect(graph.document.jurisdiction).toBe('浙江省');
    const unit = (n: string) => graph.units.find((u) => u.name === n);
    expect(unit('省发展改革委')!.fullName).toBe('省发展和改革委员会');
    // 省环保局 is the former name of 省生态环境局: same identity, named as the plan writes it.
    expect(unit('省环保局')!.id).toBe(ids.unit('浙江省', '省生态环境局'));
    expect(unit('各设区市政府')!.memberIds).toHaveLength(11);
  });

  it('reads a chapter whose numeral stands in the 序号 column, and a 具体内容 task column', () => {
    const text = [
      '\t序号\n\t重点任务\n\t具体内容\n\t牵头单位\n\t配合单位',
      '\t一\n\t产业转型\n\t\n\t\n\t',
      '\t1\n\t淘汰落后产能\n\t关停一批企业。\n\t市甲局\n\t市乙局',
      '\t二\n\t\n\t环境治理\n\t\n\t',
      '\t2\n\t治气\n\t推进治气。\n\t市丙局\n\t',
    ].join('\n\n');
    const { graph } = parsePlan(text, { sourceName: 'f.txt' });
    expect(graph.sections.filter((s) => s.kind === 'chapter').map((s) => [s.number, s.title])).toEqual([
      ['一', '产业转型'],
      ['二', '环境治理'],
    ]);
    expect(graph.tasks.map((t) => [t.number, t.text])).toEqual([
      [1, '关停一批企业。'],
      [2, '推进治气。'],
    ]);
    const group = graph.sections.find((s) => s.id === graph.tasks[0]!.sectionId)!;
    expect(group).toMatchObject({ kind: 'group', title: '淘汰落后产能' });
  });

  it('reads 附件1：<title> on one line, and expands a bare 各县（市、区）', () => {
    const text = ['附件1：衢州市某某行动任务分解表', '\t序号\n\t工作任务\n\t牵头单位\n\t配合单位', '\t1\n\t任务甲。\n\t市甲局\n\t各县（市、区）'].join('\n\n');
    const { graph } = parsePlan(text, { sourceName: 'g.txt' });
    expect(graph.document).toMatchObject({ title: '衢州市某某行动', jurisdiction: '衢州市' });
    expect(graph.sections[0]).toMatchObject({ kind: 'annex', number: '1', title: '衢州市某某行动任务分解表' });
    expect(graph.units.find((u) => u.name === '各县（市、区）')!.memberIds).toHaveLength(6);
  });

  it('gives a row without 序号 in a numbered table the number above (a merged 序号 cell)', () => {
    const text = [
      '\t序号\n\t工作任务\n\t牵头单位\n\t配合单位',
      '\t1\n\t任务甲。\n\t市甲局\n\t',
      '\t\n\t任务甲的第二部分。\n\t市乙局\n\t',
      '\t2\n\t任务乙。\n\t市丙局\n\t',
    ].join('\n\n');
    const { graph, diagnostics } = parsePlan(text, { sourceName: 'h.txt' });
    expect(graph.tasks.map((t) => [t.number, t.id.split('.').pop()])).toEqual([
      [1, 't1'],
      [1, 't1-2'],
      [2, 't2'],
    ]);
    expect(diagnostics.map((d) => d.code)).toContain('duplicate-number');
  });

  it('reads quarters under a 阶段性目标 header as notes, and 主责部门 | 配合部门 as lead and support', () => {
    const html = `<p>某县2024年重点任务分解表</p><table>
      <tr><td rowspan="2">序号</td><td rowspan="2">工作任务</td><td colspan="4">阶段性目标</td><td rowspan="2">主责部门</td><td rowspan="2">配合部门</td></tr>
      <tr><td>第一季度</td><td>第二季度</td><td>第三季度</td><td>第四季度</td></tr>
      <tr><td>1</td><td>完成老旧小区改造10个。</td><td>启动</td><td>完成3个</td><td>完成7个</td><td>完成10个</td><td>县住建局</td><td>县财政局、县发改局</td></tr>
    </table>`;
    const { graph, explain } = parseLayout(layoutFromGrid(readHtml(html)), html, { sourceName: 'q.html' });
    expect(explain.tables[0]!.columns.map((c) => c.role)).toEqual(['number', 'task', 'note', 'note', 'note', 'note', 'lead', 'support']);
    expect(graph.tasks.map((t) => t.text)).toEqual(['完成老旧小区改造10个。']);
    const names = new Map(graph.units.map((u) => [u.id, u.name]));
    expect(graph.relations.filter((r) => r.type === 'LEADS' || r.type === 'SUPPORTS').map((r) => `${r.type} ${names.get(r.from)}`)).toEqual(['LEADS 县住建局', 'SUPPORTS 县财政局', 'SUPPORTS 县发改局']);
  });

  it('reads merged cells as their value: a lead merged over two tasks, a task merged over two rows of units', () => {
    const html = `<p>某县2024年重点任务分解表</p><table>
      <tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>
      <tr><td>1</td><td>任务甲。</td><td rowspan="2">县住建局</td><td>县财政局</td></tr>
      <tr><td>2</td><td>任务乙。</td><td>县发改局</td></tr>
      <tr><td rowspan="2">3</td><td rowspan="2">任务丙。</td><td>县教育局</td><td>县卫健局</td></tr>
      <tr><td>县民政局</td><td></td></tr>
    </table>`;
    const { graph } = parseLayout(layoutFromGrid(readHtml(html)), html, { sourceName: 'm.html' });
    const names = new Map(graph.units.map((u) => [u.id, u.name]));
    const edges = (n: number) => {
      const task = graph.tasks.find((t) => t.number === n)!;
      return graph.relations.filter((r) => r.to === task.id && (r.type === 'LEADS' || r.type === 'SUPPORTS')).map((r) => `${r.type} ${names.get(r.from)}`);
    };
    expect(graph.tasks.map((t) => t.number)).toEqual([1, 2, 3]);
    expect(edges(1)).toEqual(['LEADS 县住建局', 'SUPPORTS 县财政局']);
    expect(edges(2)).toEqual(['LEADS 县住建局', 'SUPPORTS 县发改局']);
    expect(edges(3)).toEqual(['LEADS 县教育局', 'LEADS 县民政局', 'SUPPORTS 县卫健局']);
    expect(graph.tasks[2]!.provenance.lines).toEqual({ start: 5, end: 6 });
  });

  it('places the cells of a row that does not line up with the header by what they hold', () => {
    const text = [
      '某县重点任务分解表',
      '\t序号\n\t工作内容\n\t工作任务\n\t牵头单位\n\t配合单位',
      '\t1\n\t产业发展\n\t推进园区建设，完成投资10亿元。\n\t县发改局\n\t县财政局',
      // The merged 工作内容 cell is left out of this row.
      '\t2\n\t培育龙头企业，新增规上企业20家。\n\t县经信局\n\t县市场监管局',
      // An extra sub-heading cell stands before the task.
      '\t3\n\t数字经济\n\t联动共建\n\t建设数据中心，上架率达到80%。\n\t县大数据局\n\t县住建局',
    ].join('\n\n');
    const { graph, diagnostics } = parsePlan(text, { sourceName: 'a.txt' });
    const names = new Map(graph.units.map((u) => [u.id, u.name]));
    const edges = (n: number) => {
      const task = graph.tasks.find((t) => t.number === n)!;
      return graph.relations.filter((r) => r.to === task.id && (r.type === 'LEADS' || r.type === 'SUPPORTS')).map((r) => `${r.type} ${names.get(r.from)}`);
    };
    expect(graph.tasks.map((t) => t.text)).toEqual(['推进园区建设，完成投资10亿元。', '培育龙头企业，新增规上企业20家。', '建设数据中心，上架率达到80%。']);
    expect(edges(2)).toEqual(['LEADS 县经信局', 'SUPPORTS 县市场监管局']);
    expect(edges(3)).toEqual(['LEADS 县大数据局', 'SUPPORTS 县住建局']);
    expect(diagnostics.filter((d) => d.code === 'extra-cell').map((d) => d.message)).toEqual([
      'row has 6 cells but the header has 5; the cells that fit no column are left out: "联动共建"',
    ]);
  });

  it('reads a title written as the first row of the table (a .docx habit) as the plan’s title', () => {
    const html = `<table>
      <tr><td colspan="3">大竹县2021年重点工作任务分解表</td></tr>
      <tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>
      <tr><td>1</td><td>新建幼儿园3所。</td><td>县教育局</td></tr>
    </table>`;
    const { graph, diagnostics } = parseLayout(layoutFromGrid(readHtml(html)), html, { sourceName: 't.html' });
    expect(graph.document).toMatchObject({ title: '大竹县2021年重点工作任务分解表', jurisdiction: '大竹县' });
    expect(graph.tasks.map((t) => t.text)).toEqual(['新建幼儿园3所。']);
    expect(diagnostics.filter((d) => d.code === 'orphan-row')).toEqual([]);
  });
});

