// The seed plan against a hand reading of it: totals, the tricky rows, merges and expansions.
import { describe, expect, it } from 'vitest';
import { DutyGraph, ids } from '@dutymap/model';
import { parsePlan } from '../src/index.js';
import { SEED_NAME, SEED_TEXT, parseSeed, sorted, unitsWith } from './utils/seed.js';

const { ok, graph, diagnostics } = parseSeed();

describe('seed plan: totals', () => {
  it('parses without fatal diagnostics into a valid DutyGraph', () => {
    expect(ok).toBe(true);
    expect(diagnostics.filter((d) => d.severity === 'fatal' || d.severity === 'error')).toEqual([]);
    expect(() => DutyGraph.parse(graph)).not.toThrow();
  });

  it('reads the document title and its jurisdiction', () => {
    expect(graph.document.title).toBe('衢州市生态文明示范创建行动实施方案');
    expect(graph.document.jurisdiction).toBe('衢州市');
    expect(graph.document.sourceName).toBe(SEED_NAME);
  });

  it('has 8 chapters, 117 tasks, 28 projects in 6 categories', () => {
    expect(graph.sections.filter((s) => s.kind === 'chapter')).toHaveLength(8);
    expect(graph.tasks).toHaveLength(117);
    expect(graph.tasks.map((t) => t.number)).toEqual(Array.from({ length: 117 }, (_, i) => i + 1));
    expect(graph.projects).toHaveLength(28);
    expect(graph.projects.map((p) => p.number)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(graph.sections.filter((s) => s.kind === 'category').map((s) => s.title)).toEqual([
      '坚决打好治气攻坚战',
      '坚决打好治水长效战',
      '坚决打好治土持久战',
      '清废行动',
      '生态保护',
      '能力建设',
    ]);
  });

  it('names the chapters as written', () => {
    const chapters = graph.sections.filter((s) => s.kind === 'chapter');
    expect(chapters.map((c) => c.number)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八']);
    expect(chapters[1]!.title).toBe('坚决打好治气攻坚战，稳步改善环境空气质量');
  });

  it('fills work-content groups down and joins groups broken over lines', () => {
    const section = (n: number) => graph.sections.find((s) => s.id === graph.tasks[n - 1]!.sectionId)!;
    expect(section(1).title).toBe('深入推进产业转型升级');
    expect(section(4).title).toBe('深入推进产业转型升级');
    expect(section(5).title).toBe('着力推动绿色产业发展');
    expect(section(22).title).toBe('积极推进能源结构调整优化');
    expect(section(31).title).toBe('推进重点领域臭气异味治理');
    expect(section(36).title).toBe('推进重点领域臭气异味治理');
    expect(section(20).kind).toBe('group');
    const chapterOf = (n: number) => graph.sections.find((s) => s.id === section(n).parentId)!;
    expect(chapterOf(19).number).toBe('一');
    expect(chapterOf(20).number).toBe('二');
    expect(chapterOf(117).number).toBe('八');
  });

  it('inherits a blank project name from the project above (project 14)', () => {
    const p = (n: number) => graph.projects[n - 1]!;
    expect(p(13).name).toBe('污水处理厂清洁排放项目');
    expect(p(14).name).toBe('污水处理厂清洁排放项目');
    expect(p(14).content.startsWith('完成龙游县华水水业污水处理厂')).toBe(true);
    expect(p(10).name).toBe('“污水零直排区”建设项目');
    expect(p(1).deadline).toBe('2020年');
    expect(p(10).deadlineYear).toBe(2022);
    const category = (n: number) => graph.sections.find((s) => s.id === p(n).sectionId)!.title;
    expect(category(9)).toBe('坚决打好治气攻坚战');
    expect(category(10)).toBe('坚决打好治水长效战');
    expect(category(18)).toBe('坚决打好治土持久战');
    expect(category(20)).toBe('清废行动');
    expect(category(28)).toBe('能力建设');
  });
});

describe('seed plan: lead and support of the tricky rows', () => {
  const cases: Array<[number, string[], string[]]> = [
    // a lead cell broken over two lines after 、
    [3, ['市经信局', '市发改委'], ['市深化“亩均论英雄”改革工作领导小组各成员单位']],
    // the row has no 配合单位 cell at all
    [19, ['市机关事务中心', '市妇联', '市教育局', '市文明办', '市生态环境局'], []],
    // a support cell with a blank line inside
    [57, ['市资源规划局'], ['市农业农村局', '市生态环境局']],
    [62, ['市生态环境局'], ['市经信局', '市资源规划局']],
    [69, ['市生态环境局'], ['巨化集团有限公司']],
    // 巨化集团公司 is 巨化集团有限公司
    [74, ['市生态环境局'], ['巨化集团有限公司']],
    // two separators (、 and ，) and a collective that names no members
    [75, ['市生态环境局', '市住建局'], ['市发改委', '市综合执法局', '相关县（市、区）政府']],
    [104, ['市生态环境局', '市公安局', '市检察院', '市法院'], ['市治水办', '市发改委', '市水利局', '市综合执法局']],
    // 市农业局 is the former name of 市农业农村局
    [109, ['市审计局', '市生态环境局'], ['市资源规划局', '市住建局', '市水利局', '市农业农村局', '市交通运输局']],
    // a long name broken over two lines
    [112, ['美丽衢州建设领导小组办公室'], ['市级相关部门']],
    [117, ['市生态环境局', '市委组织部', '市审计局', '市财政局'], []],
    // an empty 配合单位 cell (a lone TAB)
    [72, ['市生态环境局'], []],
    [60, ['市生态环境局'], ['市经信局', '市应急管理局', '市农业农村局', '市水利局']],
  ];
  it.each(cases)('task %i', (number, leads, supports) => {
    expect(unitsWith(graph, 'LEADS', number)).toEqual(sorted(leads));
    expect(unitsWith(graph, 'SUPPORTS', number)).toEqual(sorted(supports));
  });

  const projects: Array<[number, string[]]> = [
    [2, ['市发改委', '市住建局', '常山县政府', '开化县政府', '龙游县政府']],
    [7, ['市交通运输局', '市发改委', '市经信局', '市财政局', '国网衢州供电公司']],
    [9, ['市生态环境局', '巨化集团有限公司', '柯城区政府', '衢江区政府']],
    [13, ['市住建局']],
    [14, ['市住建局', '市生态环境局', '江山市政府', '常山县政府', '开化县政府']],
    [19, ['市住建局', '市生态环境局', '市农业农村局', '市资源规划局', '市发改委']],
    [23, ['各自然保护区管理机构', '市资源规划局', '市生态环境局']],
    [10, ['市治水办', '市生态环境局', '市住建局', '衢州绿色产业集聚区', '市西区管委会', '各县（市、区）政府']],
  ];
  it.each(projects)('project %i', (number, responsible) => {
    expect(unitsWith(graph, 'RESPONSIBLE_FOR', number)).toEqual(sorted(responsible));
  });
});

describe('seed plan: units', () => {
  const unit = (name: string) => graph.units.find((u) => u.name === name);

  it('merges spellings of one body and records renames as succession', () => {
    expect(unit('市农业局')).toBeUndefined();
    expect(unit('市农业农村局')!.predecessors).toContain('市农业局');
    expect(unit('市应急局')).toBeUndefined();
    expect(unit('市应急管理局')!.aliases).toContain('市应急局');
    expect(unit('巨化集团公司')).toBeUndefined();
    expect(unit('巨化集团有限公司')!.aliases).toContain('巨化集团公司');
    expect(unit('市发改委')!.fullName).toBe('市发展和改革委员会');
    expect(unit('市发改委')!.nameEn).toBe('Municipal Development and Reform Commission');
  });

  it('gives every unit a kind', () => {
    const kinds = Object.fromEntries(
      ['市生态环境局', '市委宣传部', '市妇联', '市检察院', '常山县政府', '衢州绿色产业集聚区', '市西区管委会', '各县（市、区）政府', '市级相关部门', '国网衢州供电公司', '美丽衢州建设领导小组办公室'].map((n) => [n, unit(n)?.kind]),
    );
    expect(kinds).toEqual({
      市生态环境局: 'municipal_department',
      市委宣传部: 'party_or_people_org',
      市妇联: 'party_or_people_org',
      市检察院: 'judicial',
      常山县政府: 'county_government',
      衢州绿色产业集聚区: 'zone_or_committee',
      市西区管委会: 'zone_or_committee',
      '各县（市、区）政府': 'collective',
      市级相关部门: 'collective',
      国网衢州供电公司: 'enterprise',
      美丽衢州建设领导小组办公室: 'zone_or_committee',
    });
  });

  it('gives the bodies every place has a function, from the name relative to their own place', () => {
    const functions = Object.fromEntries(['市生态环境局', '市委宣传部', '常山县政府', '江山市政府', '各县（市、区）政府', '国网衢州供电公司'].map((n) => [n, unit(n)?.function ?? null]));
    expect(functions).toEqual({ 市生态环境局: '生态环境局', 市委宣传部: '委宣传部', 常山县政府: '政府', 江山市政府: '政府', '各县（市、区）政府': null, 国网衢州供电公司: null });
  });

  it('scopes each unit by its jurisdiction: the city for its bureaus, each county for its own government', () => {
    const counties = ['柯城区', '衢江区', '常山县', '开化县', '龙游县', '江山市'];
    const byJurisdiction = new Map<string, string[]>();
    for (const u of graph.units) byJurisdiction.set(u.jurisdiction, [...(byJurisdiction.get(u.jurisdiction) ?? []), u.name]);
    expect(sorted([...byJurisdiction.keys()])).toEqual(sorted(['衢州市', ...counties]));
    for (const county of counties) expect(byJurisdiction.get(county)).toEqual([`${county}政府`]);
    expect(unit('常山县政府')).toMatchObject({ id: ids.unit('常山县', '县政府'), jurisdictionCode: '330822' });
    expect(unit('市生态环境局')).toMatchObject({ id: ids.unit('衢州市', '市生态环境局'), jurisdiction: '衢州市', jurisdictionCode: '330800' });
    expect(graph.document.jurisdictionCode).toBe('330800');
  });

  it('expands 各县（市、区）政府 into the six county governments of 衢州市, as inferred edges', () => {
    const collective = unit('各县（市、区）政府')!;
    const members = collective.memberIds!.map((id) => graph.units.find((u) => u.id === id)!.name);
    expect(sorted(members)).toEqual(sorted(['柯城区政府', '衢江区政府', '常山县政府', '开化县政府', '龙游县政府', '江山市政府']));
    // task 20: 配合单位 各县（市、区）政府 only
    expect(unitsWith(graph, 'SUPPORTS', 20)).toEqual(['各县（市、区）政府']);
    expect(unitsWith(graph, 'SUPPORTS', 20, { inferred: true })).toEqual(sorted(members));
    const inferred = graph.relations.filter((r) => r.inferred);
    expect(inferred.every((r) => r.via === collective.id)).toBe(true);
    // task 113 is led by the collective
    expect(unitsWith(graph, 'LEADS', 113, { inferred: true })).toHaveLength(6);
  });

  it('does not expand a collective whose members are not known (相关县（市、区）政府)', () => {
    expect(unit('相关县（市、区）政府')!.memberIds).toBeUndefined();
  });

  it('flags lists ending in 等 as open-ended', () => {
    const task1 = graph.tasks[0]!.id;
    const supports = graph.relations.filter((r) => r.to === task1 && r.type === 'SUPPORTS');
    expect(supports).toHaveLength(2);
    expect(supports.every((r) => r.openEnded === true)).toBe(true);
    const leads = graph.relations.filter((r) => r.to === task1 && r.type === 'LEADS');
    expect(leads.map((r) => r.openEnded)).toEqual([undefined]);
    expect(unitsWith(graph, 'SUPPORTS', 82)).toEqual(sorted(['市资源规划局', '市住建局']));
  });
});

describe('seed plan: text extraction', () => {
  const task = (n: number) => graph.tasks[n - 1]!;

  it('reads target years but not baselines', () => {
    expect(task(20).years).toEqual([2020, 2022]);
    expect(task(21).years).toEqual([2020]); // 比2017年 is a baseline
    expect(task(62).years).toEqual([2020]); // 较2013年 is a baseline
    expect(task(1).years).toEqual([]);
    expect(task(57).years).toEqual([2020]);
  });

  it('finds enterprises and places mentioned in the text', () => {
    const mentioned = (id: string) =>
      graph.relations.filter((r) => r.type === 'MENTIONS' && r.from === id).map((r) => [...graph.enterprises, ...graph.places].find((x) => x.id === r.to)!.name);
    expect(sorted(mentioned(task(69).id))).toEqual(sorted(['巨化集团有限公司', '元立公司', '华友钴业']));
    expect(mentioned(task(41).id)).toEqual(
      expect.arrayContaining(['龙游县华水水业污水处理厂', '江山鹿溪污水处理厂', '常山富春紫光污水处理有限公司', '开化富春紫光污水处理有限公司']),
    );
    expect(mentioned(task(31).id)).toEqual(expect.arrayContaining(['巨化集团有限公司', '东港工业园区', '航埠工业功能区', '廿里工业功能区']));
    expect(mentioned(task(88).id)).toContain('古田山国家级自然保护区');
    const juhua = graph.enterprises.find((e) => e.name === '巨化集团有限公司')!;
    expect(juhua.unitId).toBe(graph.units.find((u) => u.name === '巨化集团有限公司')!.id);
  });

  it('links key projects to the tasks they restate', () => {
    const implemented = (n: number) =>
      graph.relations
        .filter((r) => r.type === 'IMPLEMENTS' && r.from === graph.projects[n - 1]!.id)
        .map((r) => graph.tasks.find((t) => t.id === r.to)!.number);
    expect(implemented(1)).toEqual([22]);
    expect(implemented(2)).toEqual([23]);
    expect(implemented(10)).toEqual([37, 38, 39]);
    expect(implemented(14)).toEqual([41]);
    expect(implemented(15)).toEqual([52, 53]);
    expect(implemented(19)).toEqual([75]);
    expect(implemented(26)).toEqual([98]);
  });

  it('keeps provenance down to the source lines of the row', () => {
    expect(task(1).provenance.lines).toEqual({ start: 11, end: 15 });
    expect(task(1).provenance.rowText.split('\n')[2]).toBe('\t以钢铁、水泥、化纤、印染、化工、制革、砖瓦等行业为重点，加快淘汰高耗能重污染行业落后产能。');
    expect(task(104).provenance.lines).toEqual({ start: 662, end: 669 });
    expect(graph.projects[9]!.provenance.lines).toEqual({ start: 836, end: 843 });
    expect(task(19).provenance.documentId).toBe(graph.document.id);
  });
});

describe('determinism', () => {
  it('two runs give byte-identical JSON', () => {
    const again = parsePlan(SEED_TEXT, { sourceName: SEED_NAME });
    expect(JSON.stringify(again)).toBe(JSON.stringify(parseSeed()));
  });

  it('ids are stable and derived from document and numbers', () => {
    expect(graph.tasks[21]!.id).toBe(`${graph.document.id}.t22`);
    expect(graph.projects[0]!.id).toBe(`${graph.document.id}.p1`);
    expect(new Set(graph.units.map((u) => u.id)).size).toBe(graph.units.length);
  });
});
