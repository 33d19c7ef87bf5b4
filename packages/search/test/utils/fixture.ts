// A hand-built plan of four task rows and two projects, with every expected search answer derivable by eye.
import type { DutyGraph, Relation } from '@dutymap/model';

export const DOC = 'doc_fixture';
export const OTHER_DOC = 'doc_other';
export const ids = {
  annex1: `${DOC}.s1`,
  chapterAir: `${DOC}.s1-1`,
  groupCoal: `${DOC}.s1-1-1`,
  chapterWater: `${DOC}.s1-2`,
  groupSewage: `${DOC}.s1-2-1`,
  annex2: `${DOC}.s2`,
  category: `${DOC}.s2-1`,
  t1: `${DOC}.t1`,
  t2: `${DOC}.t2`,
  t3: `${DOC}.t3`,
  t4: `${DOC}.t4`,
  p1: `${DOC}.p1`,
  p2: `${DOC}.p2`,
  eco: 'unit_eco',
  econ: 'unit_econ',
  agri: 'unit_agri',
  build: 'unit_build',
  juhua: 'ent_juhua',
  park: 'place_park',
} as const;

const provenance = (documentId: string, start: number) => ({
  documentId,
  sourceName: 'fixture.txt',
  lines: { start, end: start + 4 },
  rowText: '',
});

/**
 * annex 1
 *   一、空气 / 煤炭清洁利用
 *     t1 淘汰燃煤锅炉 (2020)          lead 市经信局     support 市生态环境局
 *     t2 巨化集团有限公司废气治理 (2022) lead 市生态环境局 support 市经信局
 *   二、水 / 污水零直排
 *     t3 污水零直排区建设 (2020, 2022) lead 市住建局     support 市生态环境局、市农业农村局
 *     t4 农村生活污水<治理>           lead 市农业农村局  (no support)
 * annex 2 / 治气攻坚
 *     p1 燃煤锅炉淘汰工程 2020年       市经信局、市生态环境局
 *     p2 污水零直排区建设项目 2022年    市住建局
 */
export function fixtureGraph(documentId: string = DOC): DutyGraph {
  const re = (id: string) => id.replace(DOC, documentId);
  const rel = (type: Relation['type'], from: string, to: string): Relation => ({ type, from: re(from), to: re(to) });
  const section = (id: string, number: string, title: string, level: number, kind: 'annex' | 'chapter' | 'group' | 'category', parentId: string) => ({
    id: re(id),
    documentId,
    annex: id.includes('.s2') ? 2 : 1,
    number,
    title,
    level,
    kind,
    parentId: re(parentId),
    lines: { start: 1, end: 2 },
  });
  const task = (id: string, number: number, text: string, sectionId: string, years: number[]) => ({
    id: re(id),
    documentId,
    number,
    text,
    sectionId: re(sectionId),
    years,
    deadline: null,
    provenance: provenance(documentId, number * 5),
  });
  return {
    document: { id: documentId, title: '示例市生态文明实施方案', jurisdiction: '示例市', sha256: 'a'.repeat(64), sourceName: 'fixture.txt' },
    sections: [
      section(ids.annex1, '1', '工作任务责任分解表', 1, 'annex', DOC),
      section(ids.chapterAir, '一', '坚决打好治气攻坚战', 2, 'chapter', ids.annex1),
      section(ids.groupCoal, '1', '煤炭清洁利用', 3, 'group', ids.chapterAir),
      section(ids.chapterWater, '二', '坚决打好治水长效战', 2, 'chapter', ids.annex1),
      section(ids.groupSewage, '1', '城镇污水治理', 3, 'group', ids.chapterWater),
      section(ids.annex2, '2', '重点项目表', 1, 'annex', DOC),
      section(ids.category, '1', '治气攻坚', 2, 'category', ids.annex2),
    ],
    tasks: [
      task(ids.t1, 1, '到2020年，全面淘汰10蒸吨/小时及以下燃煤锅炉。', ids.groupCoal, [2020]),
      task(ids.t2, 2, '持续开展巨化集团有限公司等重点企业废气治理，到2022年治理水平明显提升。', ids.groupCoal, [2022]),
      task(ids.t3, 3, '建设工业园区“污水零直排区”，力争2020年底前基本完成，到2022年全面建成。', ids.groupSewage, [2020, 2022]),
      task(ids.t4, 4, '推进农村生活污水<治理>与“厕所革命”。', ids.groupSewage, []),
    ],
    projects: [
      {
        id: re(ids.p1),
        documentId,
        number: 1,
        name: '燃煤锅炉淘汰工程',
        content: '全面淘汰10蒸吨/小时及以下燃煤锅炉。',
        deadline: '2020年',
        deadlineYear: 2020,
        sectionId: re(ids.category),
        provenance: provenance(documentId, 60),
      },
      {
        id: re(ids.p2),
        documentId,
        number: 2,
        name: '污水零直排区建设项目',
        content: '全面建成“污水零直排区”。',
        deadline: '2022年',
        deadlineYear: 2022,
        sectionId: re(ids.category),
        provenance: provenance(documentId, 70),
      },
    ],
    units: [
      { id: ids.eco, name: '市生态环境局', aliases: ['市环境局'], predecessors: ['市环保局'], nameEn: 'Municipal Ecology and Environment Bureau', kind: 'municipal_department', jurisdiction: '示例市' },
      { id: ids.econ, name: '市经信局', aliases: ['市经济和信息化局'], predecessors: [], fullName: '市经济和信息化局', nameEn: 'Municipal Bureau of Economy and Information Technology', kind: 'municipal_department', jurisdiction: '示例市' },
      { id: ids.agri, name: '市农业农村局', aliases: [], predecessors: ['市农业局'], nameEn: 'Municipal Agriculture and Rural Affairs Bureau', kind: 'municipal_department', jurisdiction: '示例市' },
      { id: ids.build, name: '市住建局', aliases: ['市住房和城乡建设局'], predecessors: [], kind: 'municipal_department', jurisdiction: '示例市' },
    ],
    enterprises: [{ id: ids.juhua, name: '巨化集团有限公司', aliases: ['巨化集团公司', '巨化'] }],
    places: [{ id: ids.park, name: '东港工业园区', kind: 'park', jurisdiction: '示例市' }],
    relations: [
      rel('PART_OF', ids.chapterAir, ids.annex1),
      rel('LEADS', ids.econ, ids.t1),
      rel('SUPPORTS', ids.eco, ids.t1),
      rel('LEADS', ids.eco, ids.t2),
      rel('SUPPORTS', ids.econ, ids.t2),
      rel('LEADS', ids.build, ids.t3),
      rel('SUPPORTS', ids.eco, ids.t3),
      rel('SUPPORTS', ids.agri, ids.t3),
      rel('LEADS', ids.agri, ids.t4),
      rel('RESPONSIBLE_FOR', ids.econ, ids.p1),
      rel('RESPONSIBLE_FOR', ids.eco, ids.p1),
      rel('RESPONSIBLE_FOR', ids.build, ids.p2),
      rel('MENTIONS', ids.t2, ids.juhua),
      rel('IMPLEMENTS', ids.p1, ids.t1),
    ],
  };
}

/** The ids of a node of the fixture as they are in a copy made for another document id. */
export function idIn(documentId: string, id: string): string {
  return id.replace(DOC, documentId);
}

export const OTHER_CITY_DOC = 'doc_other_city';

/** The fixture re-issued by 别市: its own units and place (ids with `_2`); the enterprise is the same one. */
export function fixtureInOtherCity(): DutyGraph {
  const graph = fixtureGraph(OTHER_CITY_DOC);
  const rename = (id: string) => (id.startsWith('unit_') || id.startsWith('place_') ? `${id}_2` : id);
  return {
    ...graph,
    document: { ...graph.document, title: '别市生态文明实施方案', jurisdiction: '别市', sha256: 'b'.repeat(64) },
    units: graph.units.map((u) => ({ ...u, id: rename(u.id), jurisdiction: '别市' })),
    places: graph.places.map((p) => ({ ...p, id: rename(p.id), jurisdiction: '别市' })),
    relations: graph.relations.map((r) => ({ ...r, from: rename(r.from), to: rename(r.to) })),
  };
}
