// A hand-built six-row responsibility table with its edges written out, for exact answers.
import type { DutyGraph, Relation } from '@dutymap/model';

export const DOC = 'doc_fixture';
export const ids = {
  annex1: `${DOC}.s1`,
  chapter: `${DOC}.s1-1`,
  group: `${DOC}.s1-1-1`,
  annex2: `${DOC}.s2`,
  category: `${DOC}.s2-1`,
  t1: `${DOC}.t1`,
  t2: `${DOC}.t2`,
  t3: `${DOC}.t3`,
  t4: `${DOC}.t4`,
  p1: `${DOC}.p1`,
  a: 'unit_a',
  b: 'unit_b',
  c: 'unit_c',
  d: 'unit_d',
  all: 'unit_all',
  g1: 'unit_g1',
  g2: 'unit_g2',
  e1: 'ent_e1',
  place: 'place_1',
} as const;

const lines = (start: number) => ({ start, end: start + 1 });
const provenance = (start: number, rowText: string) => ({ documentId: DOC, sourceName: 'fixture.txt', lines: lines(start), rowText });

/**
 * | task | lead        | support                        |
 * | t1   | 市甲局       | 市乙局、市丙局                   |  mentions 示例公司
 * | t2   | 市甲局、市乙局 | 各县（市、区）政府 (→ 甲县, 乙县)  |
 * | t3   | 市丙局       | 市丁局等                        |  mentions 示例园区
 * | t4   | 市丁局       | (none)                          |
 * project p1: 市甲局、甲县政府; restates t1
 */
export function fixtureGraph(documentId: string = DOC): DutyGraph {
  const re = (id: string) => id.replace(DOC, documentId);
  const rel = (type: Relation['type'], from: string, to: string, extra: Partial<Relation> = {}): Relation => ({ type, from: re(from), to: re(to), ...extra });
  return {
    document: {
      id: documentId,
      title: '示例市测试实施方案',
      jurisdiction: '示例市',
      sha256: 'a'.repeat(64),
      sourceName: 'fixture.txt',
    },
    sections: [
      { id: re(ids.annex1), documentId, annex: 1, number: '1', title: '工作任务责任分解表', level: 1, kind: 'annex', parentId: documentId, lines: lines(1) },
      { id: re(ids.chapter), documentId, annex: 1, number: '一', title: '第一章', level: 2, kind: 'chapter', parentId: re(ids.annex1), lines: lines(3) },
      { id: re(ids.group), documentId, annex: 1, number: '1', title: '第一组', level: 3, kind: 'group', parentId: re(ids.chapter), lines: lines(5) },
      { id: re(ids.annex2), documentId, annex: 2, number: '2', title: '重点项目表', level: 1, kind: 'annex', parentId: documentId, lines: lines(30) },
      { id: re(ids.category), documentId, annex: 2, number: '1', title: '类别一', level: 2, kind: 'category', parentId: re(ids.annex2), lines: lines(32) },
    ],
    tasks: [
      { id: re(ids.t1), documentId, number: 1, text: '到2020年完成示例公司改造。', sectionId: re(ids.group), years: [2020], deadline: null, provenance: provenance(5, 't1') },
      { id: re(ids.t2), documentId, number: 2, text: '各县推进示例工作。', sectionId: re(ids.group), years: [], deadline: null, provenance: provenance(10, 't2') },
      { id: re(ids.t3), documentId, number: 3, text: '建设示例园区。', sectionId: re(ids.chapter), years: [], deadline: null, provenance: provenance(15, 't3') },
      { id: re(ids.t4), documentId, number: 4, text: '独立完成的任务。', sectionId: re(ids.chapter), years: [], deadline: null, provenance: provenance(20, 't4') },
    ],
    projects: [
      { id: re(ids.p1), documentId, number: 1, name: '示例改造工程', content: '完成示例公司改造。', deadline: '2020年', deadlineYear: 2020, sectionId: re(ids.category), provenance: provenance(34, 'p1') },
    ],
    units: [
      { id: ids.a, name: '市甲局', aliases: [], predecessors: ['市旧甲局'], kind: 'municipal_department', jurisdiction: '示例市' },
      { id: ids.b, name: '市乙局', aliases: [], predecessors: [], kind: 'municipal_department', jurisdiction: '示例市' },
      { id: ids.c, name: '市丙局', aliases: [], predecessors: [], kind: 'municipal_department', jurisdiction: '示例市' },
      { id: ids.d, name: '市丁局', aliases: [], predecessors: [], kind: 'municipal_department', jurisdiction: '示例市' },
      { id: ids.all, name: '各县（市、区）政府', aliases: [], predecessors: [], kind: 'collective', jurisdiction: '示例市', memberIds: [ids.g1, ids.g2] },
      { id: ids.g1, name: '甲县政府', aliases: [], predecessors: [], kind: 'county_government', jurisdiction: '示例市' },
      { id: ids.g2, name: '乙县政府', aliases: [], predecessors: [], kind: 'county_government', jurisdiction: '示例市' },
    ],
    enterprises: [{ id: ids.e1, name: '示例公司', aliases: [] }],
    places: [{ id: ids.place, name: '示例园区', kind: 'park', jurisdiction: '示例市' }],
    relations: [
      rel('PART_OF', ids.annex1, documentId),
      rel('PART_OF', ids.chapter, ids.annex1),
      rel('PART_OF', ids.group, ids.chapter),
      rel('PART_OF', ids.annex2, documentId),
      rel('PART_OF', ids.category, ids.annex2),
      rel('IN_SECTION', ids.t1, ids.group),
      rel('IN_SECTION', ids.t2, ids.group),
      rel('IN_SECTION', ids.t3, ids.chapter),
      rel('IN_SECTION', ids.t4, ids.chapter),
      rel('IN_SECTION', ids.p1, ids.category),
      rel('LEADS', ids.a, ids.t1),
      rel('SUPPORTS', ids.b, ids.t1),
      rel('SUPPORTS', ids.c, ids.t1),
      rel('LEADS', ids.a, ids.t2),
      rel('LEADS', ids.b, ids.t2),
      rel('SUPPORTS', ids.all, ids.t2),
      rel('SUPPORTS', ids.g1, ids.t2, { inferred: true, via: ids.all }),
      rel('SUPPORTS', ids.g2, ids.t2, { inferred: true, via: ids.all }),
      rel('LEADS', ids.c, ids.t3),
      rel('SUPPORTS', ids.d, ids.t3, { openEnded: true }),
      rel('LEADS', ids.d, ids.t4),
      rel('RESPONSIBLE_FOR', ids.a, ids.p1),
      rel('RESPONSIBLE_FOR', ids.g1, ids.p1),
      rel('IMPLEMENTS', ids.p1, ids.t1, { score: 0.9 }),
      rel('MENTIONS', ids.t1, ids.e1),
      rel('MENTIONS', ids.p1, ids.e1),
      rel('MENTIONS', ids.t3, ids.place),
    ],
  };
}

export const OTHER = 'doc_other_city';

/** Where fixtureInOtherCity re-issues the fixture: the place, the suffix of its unit and place ids, its sha256 digit. */
export interface OtherPlace {
  jurisdiction: string;
  suffix: string;
  sha: string;
}

/**
 * The fixture re-issued by another city (别市, or `place`): its own units (same names, other ids), its own
 * place; the enterprise 示例公司 is the same one. Two jurisdictions never share a unit.
 */
export function fixtureInOtherCity(documentId: string = OTHER, place: OtherPlace = { jurisdiction: '别市', suffix: '_2', sha: 'b' }): DutyGraph {
  const graph = fixtureGraph(documentId);
  const rename = (id: string) => (id.startsWith('unit_') || id.startsWith('place_') ? `${id}${place.suffix}` : id);
  const { jurisdiction } = place;
  return {
    ...graph,
    document: { ...graph.document, title: `${jurisdiction}测试实施方案`, jurisdiction, sha256: place.sha.repeat(64) },
    units: graph.units.map((u) => ({ ...u, id: rename(u.id), jurisdiction, ...(u.memberIds ? { memberIds: u.memberIds.map(rename) } : {}) })),
    places: graph.places.map((p) => ({ ...p, id: rename(p.id), jurisdiction })),
    relations: graph.relations.map((r) => ({ ...r, from: rename(r.from), to: rename(r.to), ...(r.via ? { via: rename(r.via) } : {}) })),
  };
}
