// The DutyGraph: what a plan says about who is responsible for what, as plain JSON.
import { z } from 'zod';

/** Kinds of responsible body, from the way these plans name them. */
export const UNIT_KINDS = [
  'municipal_department',
  'party_or_people_org',
  'judicial',
  'county_government',
  'zone_or_committee',
  'collective',
  'enterprise',
] as const;
export const UnitKind = z.enum(UNIT_KINDS).meta({ id: 'UnitKind', description: 'kinds of responsible body, from the way these plans name them' });
export type UnitKind = z.infer<typeof UnitKind>;

export const PLACE_KINDS = ['county', 'park', 'river', 'reserve', 'site'] as const;
export const PlaceKind = z.enum(PLACE_KINDS).meta({ id: 'PlaceKind', description: 'kinds of place a plan names' });
export type PlaceKind = z.infer<typeof PlaceKind>;

export const LineRange = z.object({
  start: z.number().int().positive(),
  end: z.number().int().positive(),
}).meta({ id: 'LineRange', description: 'lines of the source document, first and last (1-based)' });
export type LineRange = z.infer<typeof LineRange>;

/** Where a task or project stands in its source document, down to the row. */
export const Provenance = z.object({
  documentId: z.string(),
  sourceName: z.string(),
  lines: LineRange,
  /** The row as it stands in the source (cells joined by TABs, as in the text layout). */
  rowText: z.string().describe('the row as it stands in the source (cells joined by TABs, as in the text layout)'),
}).meta({ id: 'Provenance', description: 'where a task or project stands in its source document, down to the row' });
export type Provenance = z.infer<typeof Provenance>;

export const DocumentNode = z.object({
  id: z.string(),
  title: z.string(),
  /**
   * The issuing government (衢州市; 长春市朝阳区 where two divisions share a name), read from the
   * title, the issuing body, the file name or the units' own prefixes; "" when none names it.
   */
  jurisdiction: z.string().describe('the issuing government (衢州市; 长春市朝阳区 where two divisions share a name), read from the title, the issuing body, the file name or the units\' own prefixes; "" when none names it'),
  /** Its GB/T 2260 code (330800 for 衢州市), when the jurisdiction is an administrative division. */
  jurisdictionCode: z.string().optional().describe('its GB/T 2260 code (330800 for 衢州市), when the jurisdiction is an administrative division'),
  /** The year the plan was issued (its 印发 date, else the year its title names); absent when neither says. */
  year: z.number().int().min(1949).max(2100).optional().describe('the year the plan was issued (its 印发 date, else the year its title names); absent when neither says'),
  /** The body that issued it as written (衢州市人民政府办公室), when the document names one. */
  issuer: z.string().optional().describe('the body that issued it as written (衢州市人民政府办公室), when the document names one'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sourceName: z.string(),
});
export type DocumentNode = z.infer<typeof DocumentNode>;

export const SECTION_KINDS = ['annex', 'chapter', 'group', 'category'] as const;
export const Section = z.object({
  id: z.string(),
  documentId: z.string(),
  /** Annex number (附件1 → 1); 0 when the document has no annex headings. */
  annex: z.number().int().nonnegative().describe('annex number (附件1 → 1); 0 when the document has no annex headings'),
  /** Position label as written: 一 for a chapter; ordinal within its parent otherwise. */
  number: z.string().describe('position label as written: 一 for a chapter; ordinal within its parent otherwise'),
  title: z.string(),
  /** 1 = annex table, 2 = chapter or category, 3 = work-content group. */
  level: z.number().int().min(1).max(3).describe('1 = annex table, 2 = chapter or category, 3 = work-content group'),
  kind: z.enum(SECTION_KINDS),
  parentId: z.string(),
  lines: LineRange,
}).meta({ id: 'Section', description: 'an annex table, chapter, work-content group or category of a plan' });
export type Section = z.infer<typeof Section>;

export const Task = z.object({
  id: z.string(),
  documentId: z.string(),
  /** 序号 as a number; rows without a usable 序号 get their position in the table. */
  number: z.number().int().positive().describe('序号 as a number; rows without a usable 序号 get their position in the table'),
  /** A short name the row gives the task beside its text (an indicator, a project's name). */
  title: z.string().optional().describe('a short name the row gives the task beside its text (an indicator, a project\'s name)'),
  text: z.string(),
  sectionId: z.string(),
  /** Target years named in the text (到2020年, 2022年底前), not baselines (比2017年). */
  years: z.array(z.number().int()).describe('target years named in the text (到2020年, 2022年底前), not baselines (比2017年)'),
  /** The 完成时间 cell when the task table has one. */
  deadline: z.string().nullable().describe('the 完成时间 cell when the task table has one'),
  provenance: Provenance,
}).meta({ id: 'Task', description: 'a task of a responsibility table (工作任务)' });
export type Task = z.infer<typeof Task>;

export const Project = z.object({
  id: z.string(),
  documentId: z.string(),
  number: z.number().int().positive(),
  name: z.string(),
  content: z.string(),
  /** 完成时间 as written (2020年); null when the table has none. */
  deadline: z.string().nullable().describe('完成时间 as written (2020年); null when the table has none'),
  deadlineYear: z.number().int().nullable(),
  sectionId: z.string(),
  provenance: Provenance,
}).meta({ id: 'Project', description: 'a key project (重点项目)' });
export type Project = z.infer<typeof Project>;

export const Unit = z.object({
  id: z.string(),
  /** Canonical short name as the document writes it (市生态环境局). */
  name: z.string().describe('canonical short name as the document writes it (市生态环境局)'),
  fullName: z.string().optional(),
  nameEn: z.string().optional(),
  /** Other spellings met in documents or the alias table, including former names. */
  aliases: z.array(z.string()).describe('other spellings met in documents or the alias table, including former names'),
  /** Former names of a renamed body (市农业局 → 市农业农村局). */
  predecessors: z.array(z.string()).describe('former names of a renamed body (市农业局 → 市农业农村局)'),
  kind: UnitKind,
  /**
   * Identity is jurisdiction + name relative to it: 市生态环境局 of 衢州市, 县政府 of 常山县 (written
   * 常山县政府 in a 衢州市 plan). "" when the document's jurisdiction is unknown: its relative
   * units are then its own and never merge with another document's.
   */
  jurisdiction: z.string().describe('identity is jurisdiction + name relative to it: 市生态环境局 of 衢州市, 县政府 of 常山县 (written 常山县政府 in a 衢州市 plan). "" when the document\'s jurisdiction is unknown: its relative units are then its own and never merge with another document\'s'),
  /** GB/T 2260 code of the jurisdiction, when it is an administrative division. */
  jurisdictionCode: z.string().optional().describe('GB/T 2260 code of the jurisdiction, when it is an administrative division'),
  /**
   * What kind of body it is wherever it sits (生态环境局 for 衢州市's 市生态环境局 and 常山县's
   * 县生态环境局): the key its counterparts in other places share, from `unitFunction` of its
   * canonical relative name. Absent for bodies without counterparts (collectives, zones, enterprises).
   */
  function: z
    .string()
    .optional()
    .describe(
      "what kind of body it is wherever it sits (生态环境局 for 衢州市's 市生态环境局 and 常山县's 县生态环境局): the key its counterparts in other places share; absent for bodies without counterparts (collectives, zones, enterprises)",
    ),
  /** For a collective whose members are known: the member units' ids. */
  memberIds: z.array(z.string()).optional().describe('for a collective whose members are known: the member units\' ids'),
}).meta({ id: 'Unit', description: 'a responsible body: a government department, a county government, a collective' });
export type Unit = z.infer<typeof Unit>;

export const Enterprise = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  /** The unit with the same identity, when the enterprise is also named as a responsible unit. */
  unitId: z.string().optional().describe('the unit with the same identity, when the enterprise is also named as a responsible unit'),
}).meta({ id: 'Enterprise', description: 'an enterprise named in a plan' });
export type Enterprise = z.infer<typeof Enterprise>;

export const Place = z.object({
  id: z.string(),
  name: z.string(),
  kind: PlaceKind,
  jurisdiction: z.string(),
}).meta({ id: 'Place', description: 'a place named in a plan: a county, park, river, reserve or site' });
export type Place = z.infer<typeof Place>;

export const RELATION_TYPES = [
  'LEADS',
  'SUPPORTS',
  'RESPONSIBLE_FOR',
  'MENTIONS',
  'IMPLEMENTS',
  'IN_SECTION',
  'PART_OF',
] as const;
export const RelationType = z.enum(RELATION_TYPES).meta({ id: 'RelationType', description: 'the types of relationship in the graph' });
export type RelationType = z.infer<typeof RelationType>;

export const Relation = z.object({
  type: RelationType,
  from: z.string(),
  to: z.string(),
  /** The unit list this edge came from ended in 等 / 等相关部门: more bodies take part. */
  openEnded: z.boolean().optional().describe('the unit list this edge came from ended in 等 / 等相关部门: more bodies take part'),
  /** Not written in the row: derived by expanding a collective (各县（市、区）政府) into its members. */
  inferred: z.boolean().optional().describe('not written in the row: derived by expanding a collective (各县（市、区）政府) into its members'),
  /** For an inferred edge: the collective unit it was expanded from. */
  via: z.string().optional().describe('for an inferred edge: the collective unit it was expanded from'),
  /** IMPLEMENTS: text similarity of project and task, 0..1. */
  score: z.number().min(0).max(1).optional().describe('IMPLEMENTS: text similarity of project and task, 0..1'),
});
export type Relation = z.infer<typeof Relation>;

export const DutyGraph = z.object({
  document: DocumentNode,
  sections: z.array(Section),
  tasks: z.array(Task),
  projects: z.array(Project),
  units: z.array(Unit),
  enterprises: z.array(Enterprise),
  places: z.array(Place),
  relations: z.array(Relation),
});
export type DutyGraph = z.infer<typeof DutyGraph>;
