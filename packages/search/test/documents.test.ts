// The shared DutyGraph → search documents module, on the hand-built plan, field by field.
import { describe, expect, it } from 'vitest';
import { detachDocument, mergeShared, searchKey, toSearchDocuments } from '../src/documents.js';
import { DOC, OTHER_DOC, fixtureGraph, ids } from './utils/fixture.js';

const byId = () => new Map(toSearchDocuments(fixtureGraph()).map((d) => [d.id, d]));

describe('toSearchDocuments', () => {
  it('makes one document per task, project, unit, enterprise, place and section', () => {
    const docs = toSearchDocuments(fixtureGraph());
    const count = (type: string) => docs.filter((d) => d.type === type).length;
    expect([count('task'), count('project'), count('unit'), count('enterprise'), count('place'), count('section')]).toEqual([4, 2, 4, 1, 1, 7]);
    expect(new Set(docs.map((d) => d.key)).size).toBe(docs.length);
  });

  it('gives each node the GB/T 2260 codes of its place and those above it: a plan of 330822 and its own units', () => {
    const graph = fixtureGraph();
    const coded = { ...graph, document: { ...graph.document, jurisdictionCode: '330822' }, units: graph.units.map((u) => ({ ...u, jurisdictionCode: '330822' })) };
    const docs = new Map(toSearchDocuments(coded).map((d) => [d.id, d]));
    const chain = ['330000', '330800', '330822'];
    expect([docs.get(ids.t3)?.placeCodes, docs.get(ids.eco)?.placeCodes, docs.get(ids.juhua)?.placeCodes]).toEqual([chain, chain, []]);
  });

  it('gives a task its text, units by role, section chain, chapter and years', () => {
    expect(byId().get(ids.t3)).toEqual({
      key: searchKey(ids.t3),
      id: ids.t3,
      type: 'task',
      documentIds: [DOC],
      jurisdiction: '示例市',
      // The fixture's plan names no GB/T 2260 code.
      placeCodes: [],
      title: '任务 3 · 城镇污水治理',
      name: '',
      aliases: [],
      text: '建设工业园区“污水零直排区”，力争2020年底前基本完成，到2022年全面建成。',
      units: ['市住建局', '市生态环境局', '市农业农村局'],
      sections: ['坚决打好治水长效战', '城镇污水治理'],
      nameEn: '',
      pinyin: '',
      kind: null,
      number: 3,
      sectionIds: [ids.groupSewage, ids.chapterWater, ids.annex1],
      chapterId: ids.chapterWater,
      unitIds: [ids.build, ids.eco, ids.agri],
      leadUnitIds: [ids.build],
      supportUnitIds: [ids.eco, ids.agri],
      responsibleUnitIds: [],
      years: [2020, 2022],
      deadline: null,
      typeRank: 0,
    });
  });

  it('gives a project its name, content, responsible units, category and deadline year', () => {
    expect(byId().get(ids.p1)).toMatchObject({
      title: '项目 1 · 燃煤锅炉淘汰工程',
      name: '燃煤锅炉淘汰工程',
      text: '全面淘汰10蒸吨/小时及以下燃煤锅炉。',
      units: ['市经信局', '市生态环境局'],
      sections: ['治气攻坚'],
      chapterId: ids.category,
      responsibleUnitIds: [ids.econ, ids.eco],
      leadUnitIds: [],
      years: [2020],
      deadline: '2020年',
    });
  });

  it('gives a unit its aliases, former names and full name, and its English name apart', () => {
    expect(byId().get(ids.econ)).toMatchObject({ name: '市经信局', aliases: ['市经济和信息化局'], nameEn: 'Municipal Bureau of Economy and Information Technology', kind: 'municipal_department', unitIds: [ids.econ] });
    expect(byId().get(ids.econ)!.pinyin).toBe('shi jing xin ju shijingxinju sjxj jingxinju jxj');
    expect(byId().get(ids.eco)?.aliases).toEqual(['市环境局', '市环保局']);
    expect(byId().get(ids.juhua)).toMatchObject({ type: 'enterprise', name: '巨化集团有限公司', aliases: ['巨化集团公司', '巨化'], unitIds: [] });
    expect(byId().get(ids.park)).toMatchObject({ type: 'place', name: '东港工业园区', kind: 'park' });
  });

  it('ranks headings after rows and titles chapters with their number', () => {
    expect(byId().get(ids.chapterAir)).toMatchObject({ type: 'section', title: '一、坚决打好治气攻坚战', typeRank: 1, chapterId: ids.chapterAir, sections: [] });
    expect(byId().get(ids.groupCoal)).toMatchObject({ sections: ['坚决打好治气攻坚战'], sectionIds: [ids.groupCoal, ids.chapterAir, ids.annex1] });
  });

  it('rejects a graph without a document id', () => {
    expect(() => toSearchDocuments({} as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

describe('shared documents', () => {
  it('merges the documents holding a unit and detaches them one by one', () => {
    const unit = byId().get(ids.agri)!;
    const merged = mergeShared({ ...unit, documentIds: [OTHER_DOC] }, unit);
    expect(merged.documentIds).toEqual([DOC, OTHER_DOC].sort());
    expect(detachDocument(merged, DOC)?.documentIds).toEqual([OTHER_DOC]);
    expect(detachDocument(unit, DOC)).toBeNull();
    expect(detachDocument(unit, 'doc_unrelated')).toBe(unit);
  });

  it('keys are base64url: Meilisearch accepts only [A-Za-z0-9_-]', () => {
    expect(searchKey(ids.t1)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(searchKey(ids.t1), 'base64url').toString('utf8')).toBe(ids.t1);
  });
});
