// Builds the DutyGraph from an outline: sections, tasks, projects, units and their edges,
// mentions, IMPLEMENTS links and provenance.
import { createHash } from 'node:crypto';
import type { Diagnostic, DutyGraph, Enterprise, Place, Project, Relation, Section, Task, Unit, UnitKind } from '@dutymap/model';
import { ids, unitFunction } from '@dutymap/model';
import type { RawCell, RawRow } from './layout/blocks.js';
import type { Outline, OutlineTable, ProjectRecord, TaskRecord } from './rows/outline.js';
import type { AliasEntry, UnitRegistry } from './extract/registry.js';
import type { UnitList, UnitMention } from './extract/unit-list.js';
import { readUnitList } from './extract/unit-list.js';
import { unitKindOf } from './extract/unit-kind.js';
import { subdivisionsOf } from './extract/divisions.js';
import type { JurisdictionSource } from './extract/jurisdiction.js';
import { UnitScoper, documentJurisdiction } from './extract/jurisdiction.js';
import { normalizeName } from './extract/registry.js';
import { enterpriseMentions, placeMentions } from './extract/mentions.js';
import { targetYears, yearOf } from './extract/years.js';
import { TaskMatcher } from './extract/implements.js';
import { documentIssuance, joinedParagraphs } from './extract/issuance.js';
import { execAsWritten, simplifiedText } from './text/normalize.js';

export interface BuildContext {
  /** The source as read, for the document's sha256. */
  content: string | Uint8Array;
  sourceLines: readonly string[];
  sourceName: string;
  registry: UnitRegistry;
  /** Overrides the jurisdiction the document names (衢州市, or 长春市朝阳区 where names repeat). */
  jurisdiction?: string | undefined;
}

const TABLE_SUFFIX = /(重点)?(工作)?(重点)?(任务|项目|工作)?(责任)?(分工|分解)?(一览|明细|汇总)?(表|清单)$/;
// A note such as 列第一位的为牵头单位 makes the first of a 责任单位 list its lead.
const FIRST_IS_LEAD = /(第一|首位|排第一|列首|排在首位|排名第一|首个|第1)[^。]{0,8}(牵头|负责|主责)|(牵头|主责)(单位|部门)?(列|排|放)(在)?(第一|首位|首个|最前)/;
// Every county-level government of the city: 各县（市、区）政府, also written without 政府.
const ALL_COUNTIES = /^各(县（市、区）|县市区|县（市）|县（区）|区（县、市）|区、县（市）|区县（市）|区县|县、市、区|县（市、区、功能区）)((人民)?政府)?$/;
const ALL_CITIES = /^各(设区)?市(人民)?政府$/;

type Role = 'LEADS' | 'SUPPORTS' | 'RESPONSIBLE_FOR';

// How the title of a plan or of its table ends.
const TITLE_END = /(方案|计划|规划|清单|分解表|任务表|一览表|汇总表|统计表|责任表|安排表|台账|要点|意见|细则|分解|分工|任务|通知)$/;
// A 政府工作报告 is not the plan: its 任务分解表 is.
const PLAN_END = /(方案|计划|规划|意见|要点|纲要|办法|细则|行动|工程)$/;
const SECTION_LABEL = /^([一二三四五六七八九十]+|[0-9]+)[、.．]/;

/**
 * The plan's title: the first table title, or paragraph before the first table, that reads as
 * one (not a section label such as 一、专项整治安排表, not a sentence); a title broken over lines is
 * joined; a notice 关于印发《…》的通知 gives the plan it sends, as published.
 */
function documentTitle(outline: Outline): string {
  const firstTableLine = outline.tables[0]?.header.start ?? Infinity;
  const before = joinedParagraphs(outline.texts.filter((t) => t.line < firstTableLine).map((t) => t.text));
  const candidates: string[] = [...outline.tables.map((t) => t.title).filter(Boolean)];
  before.forEach((text, i) => {
    const next = before[i + 1];
    if (next !== undefined && next.length <= 10) candidates.push(`${text}${next}`);
    candidates.push(text);
  });
  // Quotes inside the sent title's 《》 are written 〈〉; standing alone the title writes them 《》.
  const sent = (text: string) => execAsWritten(NOTICE, text)?.[1]?.replace(/〈/g, '《').replace(/〉/g, '》') ?? text;
  // A title, not a section label (一、专项整治安排表) or a sentence; read in simplified characters (實施方案).
  const titleLike = (text: string) => text !== '' && !SECTION_LABEL.test(text) && !/[。，,；;:：]/.test(text);
  const usable = (text: string) => titleLike(text) && TITLE_END.test(simplifiedText(text));
  return candidates.map(sent).find(usable) ?? outline.tables.map((t) => t.title).find(titleLike) ?? '';
}

const NOTICE = /关于印发[《“]?(.+?)[》”]?的通知$/d;

interface UnitDraft {
  key: string;
  /** The canonical name relative to the jurisdiction (市生态环境局, 县政府). */
  identity: string;
  /** What the id is scoped by: the jurisdiction, or the document when it has none. */
  scope: string;
  jurisdiction: string;
  entry: AliasEntry | undefined;
  written: Map<string, number>;
  kind: UnitKind;
  memberKeys?: string[];
}

export function buildGraph(outline: Outline, ctx: BuildContext): { graph: DutyGraph; diagnostics: Diagnostic[]; jurisdictionSource: JurisdictionSource } {
  const diagnostics: Diagnostic[] = [];
  const warn = (code: Diagnostic['code'], message: string, line: number, field?: string, severity: Diagnostic['severity'] = 'warning') =>
    diagnostics.push({ severity, code, message, line, source: ctx.sourceName, ...(field ? { field } : {}) });

  // 衢州市…实施方案工作任务责任分解表 is the table of the plan 衢州市…实施方案; 大竹县2021年重点工作任务分解表 names no other.
  const tableTitle = documentTitle(outline);
  const planTitle = tableTitle.replace(TABLE_SUFFIX, '');
  const title = (PLAN_END.test(planTitle) ? planTitle : tableTitle) || ctx.sourceName;
  // Every unit cell read once: the names tell the jurisdiction when nothing else does.
  const unitLists = new Map<RawCell, UnitList>();
  const unitsOf = (cell: RawCell | undefined): UnitList => {
    if (!cell) return { units: [], openEnded: false };
    let list = unitLists.get(cell);
    if (!list) unitLists.set(cell, (list = readUnitList(cell)));
    return list;
  };
  const firstTableLine = outline.tables[0]?.header.start ?? Infinity;
  const place = documentJurisdiction({
    option: ctx.jurisdiction,
    titles: [...outline.tables.map((t) => t.title).filter(Boolean), ...outline.texts.filter((t) => t.line < firstTableLine).map((t) => t.text)],
    paragraphs: outline.texts.map((t) => t.text),
    sourceName: ctx.sourceName,
    unitNames: outline.tables.flatMap((t) => t.records.flatMap((r) => (r.kind === 'heading' ? [] : [r.lead, r.support, r.responsible].flatMap((c) => unitsOf(c).units.map((u) => u.name))))),
  });
  const jurisdiction = place.jurisdiction;
  const document: DutyGraph['document'] = {
    id: ids.document(jurisdiction, title),
    title,
    jurisdiction,
    ...(place.division ? { jurisdictionCode: place.division.code } : {}),
    ...documentIssuance(joinedParagraphs(outline.texts.map((t) => t.text)), title),
    sha256: createHash('sha256').update(ctx.content).digest('hex'),
    sourceName: ctx.sourceName,
  };
  if (place.source === 'none') {
    warn('no-jurisdiction', 'no issuing government found in the title, the issuing body, the file name or the units; its units are kept apart from every other document\'s (give one with --jurisdiction)', outline.texts[0]?.line ?? 1);
  }
  const scoper = new UnitScoper(place, document.id);
  const subdivisions = subdivisionsOf(place.division);
  // The note may stand under the table or in the header itself (责任单位（排第一位的为牵头单位）).
  const firstIsLead = [...outline.texts.map(({ text }) => text), ...outline.tables.flatMap((t) => t.header.cells.map((c) => c.lines.join('')))].some((text) =>
    FIRST_IS_LEAD.test(text),
  );

  const sections: Section[] = [];
  const tasks: Task[] = [];
  const projects: Project[] = [];
  const relations: Relation[] = [];
  const relationKeys = new Set<string>();
  const relate = (relation: Relation): void => {
    const key = `${relation.type}|${relation.from}|${relation.to}`;
    if (relationKeys.has(key)) return;
    relationKeys.add(key);
    relations.push(relation);
  };

  // Units: one draft per identity (jurisdiction + relative canonical name), with every spelling used.
  const drafts = new Map<string, UnitDraft>();
  const unitKey = (written: string): string => {
    const scoped = scoper.scope(normalizeName(written));
    const entry = ctx.registry.unit(scoped.key);
    const identity = entry?.name ?? scoped.key;
    const key = `${scoped.scope}|${identity}`;
    let draft = drafts.get(key);
    if (!draft) {
      draft = { key, identity, scope: scoped.scope, jurisdiction: scoped.jurisdiction, entry, written: new Map(), kind: entry?.kind ?? unitKindOf(identity) };
      drafts.set(key, draft);
    }
    draft.written.set(written, (draft.written.get(written) ?? 0) + 1);
    return key;
  };
  const unitId = (key: string): string => {
    const draft = drafts.get(key)!;
    return ids.unit(draft.scope, draft.identity);
  };
  const responsibilities: Array<{ role: Role; unitKey: string; to: string; openEnded: boolean }> = [];
  const withLead = new Set<string>(); // tasks and projects that name an accountable unit
  const assign = (role: Role, cell: RawCell | undefined, to: string, only?: (index: number, unit: UnitMention) => boolean): void => {
    const list = unitsOf(cell);
    list.units.forEach((unit, index) => {
      if (only && !only(index, unit)) return;
      responsibilities.push({ role, unitKey: unitKey(unit.name), to, openEnded: list.openEnded });
      if (role !== 'SUPPORTS') withLead.add(to);
    });
  };

  const rowText = (row: RawRow): string => ctx.sourceLines.slice(row.start - 1, row.end).join('\n');
  const provenance = (row: RawRow) => ({
    documentId: document.id,
    sourceName: ctx.sourceName,
    lines: { start: row.start, end: row.end },
    rowText: rowText(row),
  });
  const addSection = (section: Omit<Section, 'documentId'>): Section => {
    const full = { ...section, documentId: document.id };
    sections.push(full);
    relate({ type: 'PART_OF', from: full.id, to: full.parentId });
    return full;
  };
  const usedTaskKeys = new Set<string>();
  const usedProjectKeys = new Set<string>();
  const uniqueKey = (used: Set<string>, number: number): string => {
    let key = String(number);
    for (let n = 2; used.has(key); n += 1) key = `${number}-${n}`;
    used.add(key);
    return key;
  };

  outline.tables.forEach((table: OutlineTable, tableIndex) => {
    const path = [tableIndex + 1];
    const annex = addSection({
      id: ids.section(document.id, path),
      annex: table.annex,
      number: String(table.annex),
      title: table.title || `附件${table.annex}`,
      level: 1,
      kind: 'annex',
      parentId: document.id,
      lines: { start: table.header.start, end: table.header.end },
    });
    let chapter: Section | undefined;
    let group: Section | undefined;
    let chapterCount = 0;
    let groupCount = 0;
    let position = 0;
    // A row without 序号 in a numbered table is a further part of the numbered task above
    // (a merged 序号 cell); in an unnumbered table rows count by position.
    let lastNumbered: number | null = null;
    const openChapter = (title: string, label: string | null, row: RawRow, kind: 'chapter' | 'category'): void => {
      chapterCount += 1;
      groupCount = 0;
      group = undefined;
      chapter = addSection({
        id: ids.section(document.id, [...path, chapterCount]),
        annex: table.annex,
        number: label ?? String(chapterCount),
        title,
        level: 2,
        kind,
        parentId: annex.id,
        lines: { start: row.start, end: row.end },
      });
    };
    const openGroup = (title: string, label: string | null, row: RawRow): void => {
      groupCount += 1;
      const parent = chapter ?? annex;
      group = addSection({
        id: `${parent.id}-${groupCount}`,
        annex: table.annex,
        number: label ?? String(groupCount),
        title,
        level: 3,
        kind: 'group',
        parentId: parent.id,
        lines: { start: row.start, end: row.end },
      });
    };
    const extendSection = (section: Section | undefined, row: RawRow): void => {
      if (section && row.end > section.lines.end) section.lines.end = row.end;
    };

    for (const record of table.records) {
      if (record.kind === 'heading') {
        if (record.level === 3) openGroup(record.title, record.label, record.row);
        else openChapter(record.title, record.label, record.row, table.kind === 'projects' ? 'category' : 'chapter');
        continue;
      }
      position += 1;
      if (record.kind === 'task') {
        if (record.group !== null && record.group !== group?.title) openGroup(record.group, null, record.row);
        addTask(record, group ?? chapter ?? annex, lastNumbered ?? position);
        if (record.number !== null) lastNumbered = record.number;
        extendSection(group, record.row);
        extendSection(chapter, record.row);
      } else {
        if (record.category !== null && record.category !== chapter?.title) openChapter(record.category, null, record.row, 'category');
        addProject(record, chapter ?? annex, position);
        extendSection(chapter, record.row);
      }
    }
  });

  function addTask(record: TaskRecord, section: Section, fallbackNumber: number): void {
    const number = record.number ?? fallbackNumber;
    const task: Task = {
      id: ids.task(document.id, uniqueKey(usedTaskKeys, number)),
      documentId: document.id,
      number,
      ...(record.title ? { title: record.title } : {}),
      text: record.text,
      sectionId: section.id,
      years: targetYears(record.text),
      deadline: record.deadline,
      provenance: provenance(record.row),
    };
    if (task.id !== ids.task(document.id, String(number))) {
      warn('duplicate-number', `task 序号 ${number} appears more than once; this one is ${task.id}`, record.row.start, 'number', 'info');
    }
    if (record.text === '') {
      warn('task-without-text', `task ${number} has no text: no column of this table holds its task (see --explain-columns)`, record.row.start, 'task', 'error');
    }
    tasks.push(task);
    relate({ type: 'IN_SECTION', from: task.id, to: section.id });
    if (record.lead) {
      // A 牵头 cell may name its supporters too (牵头：市甲局；配合：市乙局).
      assign('LEADS', record.lead, task.id, (_, u) => !u.supportMarked);
      assign('SUPPORTS', record.lead, task.id, (_, u) => u.supportMarked === true);
      assign('SUPPORTS', record.support, task.id);
      // A 责任单位 column beside 牵头单位 lists the lead again among the others.
      const leads = new Set(unitsOf(record.lead).units.map((u) => u.name));
      assign('SUPPORTS', record.responsible, task.id, (i) => !leads.has(unitsOf(record.responsible).units[i]!.name));
    } else if (record.responsible) {
      const list = unitsOf(record.responsible);
      const marked = list.units.some((u) => u.leadMarked || u.supportMarked);
      const isLead = (index: number, u: UnitMention): boolean => (marked ? u.leadMarked || (!u.supportMarked && !list.units.some((x) => x.leadMarked)) : firstIsLead ? index === 0 : true);
      assign('LEADS', record.responsible, task.id, isLead);
      assign('SUPPORTS', record.responsible, task.id, (i, u) => !isLead(i, u));
      assign('SUPPORTS', record.support, task.id);
    } else {
      assign('SUPPORTS', record.support, task.id);
    }
    if (!withLead.has(task.id)) {
      warn('empty-units', `task ${number} names no lead or responsible unit`, record.row.start, 'lead');
    }
  }

  function addProject(record: ProjectRecord, section: Section, position: number): void {
    const previous = projects[projects.length - 1];
    if (record.number === null && previous && record.name === previous.name) {
      // A further row of the project above (merged 序号 and name cells).
      previous.content = [previous.content, record.content].filter(Boolean).join('');
      previous.provenance.lines.end = record.row.end;
      previous.provenance.rowText = ctx.sourceLines.slice(previous.provenance.lines.start - 1, record.row.end).join('\n');
      for (const cell of [record.responsible, record.lead, record.support]) assign('RESPONSIBLE_FOR', cell, previous.id);
      return;
    }
    const number = record.number ?? position;
    const project: Project = {
      id: ids.project(document.id, uniqueKey(usedProjectKeys, number)),
      documentId: document.id,
      number,
      name: record.name,
      content: record.content,
      deadline: record.deadline,
      deadlineYear: yearOf(record.deadline),
      sectionId: section.id,
      provenance: provenance(record.row),
    };
    projects.push(project);
    relate({ type: 'IN_SECTION', from: project.id, to: section.id });
    for (const cell of [record.responsible, record.lead, record.support]) assign('RESPONSIBLE_FOR', cell, project.id);
    if (!withLead.has(project.id)) {
      warn('empty-units', `project ${number} names no responsible unit`, record.row.start, 'responsible');
    }
  }

  // Collectives whose members are known: every county of the city, every city of the province.
  for (const draft of [...drafts.values()]) {
    if (draft.kind !== 'collective') continue;
    const members = ALL_COUNTIES.test(draft.identity) || ALL_CITIES.test(draft.identity) ? subdivisions : [];
    if (members.length > 0) draft.memberKeys = members.map((member) => unitKey(`${member.name}政府`));
  }

  for (const r of responsibilities) {
    const from = unitId(r.unitKey);
    relate({ type: r.role, from, to: r.to, ...(r.openEnded ? { openEnded: true } : {}) });
  }
  for (const r of responsibilities) {
    const members = drafts.get(r.unitKey)?.memberKeys ?? [];
    for (const member of members) {
      relate({ type: r.role, from: unitId(member), to: r.to, inferred: true, via: unitId(r.unitKey) });
    }
  }

  const units: Unit[] = [...drafts.values()].map((draft) => {
    const written = [...draft.written].sort((a, b) => b[1] - a[1]);
    const name = draft.written.get(draft.identity) ? draft.identity : (written[0]?.[0] ?? draft.identity);
    const entry = draft.entry;
    // The relative name is a spelling of the body only in its own jurisdiction's plans (县政府 is
    // not how a city plan writes 常山县政府).
    const spellings = new Set([...(draft.jurisdiction === jurisdiction ? [draft.identity] : []), ...draft.written.keys(), ...(entry?.aliases ?? [])]);
    if (entry?.fullName) spellings.add(entry.fullName);
    spellings.delete(name);
    for (const former of entry?.predecessors ?? []) spellings.delete(former);
    const unit: Unit = {
      id: unitId(draft.key),
      name,
      aliases: [...spellings],
      predecessors: [...(entry?.predecessors ?? [])],
      kind: draft.kind,
      jurisdiction: draft.jurisdiction,
    };
    const code = draft.jurisdiction === jurisdiction ? document.jurisdictionCode : scoper.codeOf(draft.jurisdiction);
    if (code) unit.jurisdictionCode = code;
    if (entry?.fullName) unit.fullName = entry.fullName;
    if (entry?.nameEn) unit.nameEn = entry.nameEn;
    // From the canonical relative name: 常山县政府 written in a city's plan is 常山县's 县政府.
    const role = unitFunction(draft.identity, draft.kind);
    if (role) unit.function = role;
    if (draft.memberKeys) unit.memberIds = draft.memberKeys.map(unitId);
    return unit;
  });

  // Mentions of enterprises and places in task and project text.
  const enterprises = new Map<string, Enterprise>();
  const places = new Map<string, Place>();
  const mention = (from: string, text: string): void => {
    for (const { name } of enterpriseMentions(text, ctx.registry)) {
      const id = ids.enterprise(name);
      if (!enterprises.has(id)) enterprises.set(id, { id, name, aliases: [...(ctx.registry.enterprise(name)?.aliases ?? [])] });
      relate({ type: 'MENTIONS', from, to: id });
    }
    for (const { name, kind } of placeMentions(text, subdivisions.map((d) => d.name))) {
      const id = ids.place(jurisdiction, name);
      if (!places.has(id)) places.set(id, { id, name, kind, jurisdiction });
      relate({ type: 'MENTIONS', from, to: id });
    }
  };
  for (const task of tasks) mention(task.id, task.text);
  for (const project of projects) mention(project.id, `${project.name}。${project.content}`);
  // An enterprise that is also a responsible unit points at it.
  for (const unit of units) {
    if (unit.kind !== 'enterprise') continue;
    const entry = ctx.registry.enterprise(unit.name);
    const name = entry?.name ?? unit.name;
    const id = ids.enterprise(name);
    const existing = enterprises.get(id);
    if (existing) existing.unitId = unit.id;
    else enterprises.set(id, { id, name, aliases: [...(entry?.aliases ?? [])], unitId: unit.id });
  }

  const matcher = new TaskMatcher(tasks.map((task) => task.text));
  for (const project of projects) {
    for (const link of matcher.implementedBy(project)) {
      relate({ type: 'IMPLEMENTS', from: project.id, to: tasks[link.taskIndex]!.id, score: link.score });
    }
  }

  return {
    graph: {
      document,
      sections,
      tasks,
      projects,
      units,
      enterprises: [...enterprises.values()],
      places: [...places.values()],
      relations,
    },
    diagnostics,
    jurisdictionSource: place.source,
  };
}
