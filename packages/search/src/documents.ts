// The one place a DutyGraph becomes search documents; both adapters index exactly these.
import { pinyin } from 'pinyin-pro';
import type { DutyGraph, Section } from '@dutymap/model';
import { divisionCodeChain } from '@dutymap/model';
import { InvalidArgumentError } from './errors.js';
import type { SearchType } from './search-index.js';

/**
 * A flat, JSON-safe record per searchable node. Flat on purpose: Meilisearch stores it as is, and the
 * embedded engine reads the same fields, so both rank and filter on the same data.
 */
export interface SearchDocument {
  /** Engine key: the node id in base64url (Meilisearch keys allow only [A-Za-z0-9_-]; node ids contain dots). */
  key: string;
  /** Node id in the DutyGraph. */
  id: string;
  type: SearchType;
  /** Documents that contain this node; units, enterprises and places can be shared by several. */
  documentIds: string[];
  /**
   * The place the node belongs to: its plan's issuer for a task, project or section, its own for a unit
   * or place; "" for an enterprise (a company is no place's: a jurisdiction filter leaves it out).
   */
  jurisdiction: string;
  /**
   * The GB/T 2260 code of that place and the codes above it (常山县: 330000, 330800, 330822), so a
   * province or city in scope finds what belongs to the places under it; [] when the place has no code.
   */
  placeCodes: string[];
  /** Display title of a hit. Not searched. */
  title: string;
  /** Name of a project, unit, enterprise, place or section; "" for a task. */
  name: string;
  /** Other names: aliases, former names, full name. */
  aliases: string[];
  /** Task text or project content. */
  text: string;
  /** Names of the bodies responsible, all roles together. */
  units: string[];
  /** Titles of the chapter / work-content group / category the node sits in. */
  sections: string[];
  /** English name, kept apart so Latin words never blur Chinese matching. */
  nameEn: string;
  /**
   * Pinyin of the name, apart like the English name: syllables, the whole name run together and
   * its initials, with and without a leading 市/省/县/区 (shengtaihuanjingju, sthjj).
   */
  pinyin: string;
  /** Unit kind, place kind or section kind; null for tasks and projects. */
  kind: string | null;
  /** 序号 of a task or project. */
  number: number | null;
  /** The node's section and every section above it (a section lists itself too). */
  sectionIds: string[];
  /** The chapter (annex 1) or category (annex 2) above the node: the `chapter` facet. */
  chapterId: string | null;
  /** Every unit linked to the node, any role; a unit lists itself. The `unit` facet. */
  unitIds: string[];
  leadUnitIds: string[];
  supportUnitIds: string[];
  responsibleUnitIds: string[];
  /** Target years of a task, deadline year of a project. */
  years: number[];
  deadline: string | null;
  /** 0 for rows and named bodies, 1 for section headings: a heading is a way in, the rows under it carry the duties. */
  typeRank: number;
}

/** Node types owned by exactly one document (their ids embed it); the others can be shared. */
export const OWNED_TYPES: readonly SearchType[] = ['task', 'project', 'section'];

export function searchKey(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

/** Pinyin keys of a Chinese name (see SearchDocument.pinyin); "" for a name without Han characters. */
export function pinyinOf(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).filter((s) => /^[a-z]+$/.test(s));
  if (syllables.length === 0) return '';
  const keys = new Set(syllables);
  const add = (list: string[]) => {
    keys.add(list.join(''));
    keys.add(list.map((s) => s[0]).join(''));
  };
  add(syllables);
  if (/^[市省县区]/.test(name) && syllables.length > 2) add(syllables.slice(1));
  return [...keys].join(' ');
}

/** Layout line breaks inside names ("积极推进\n能源结构调整优化") are not words. */
function clean(text: string): string {
  return text.replace(/\s*\n\s*/g, '').trim();
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Builds the search documents of one graph. Pure; throws only on a graph without a document id. */
export function toSearchDocuments(graph: DutyGraph): SearchDocument[] {
  const documentId = graph?.document?.id;
  if (typeof documentId !== 'string' || documentId.length === 0) {
    throw new InvalidArgumentError('indexDocument', 'graph', graph?.document, 'a DutyGraph with document.id');
  }
  const sections = new Map(graph.sections.map((s) => [s.id, s]));
  const names = new Map<string, string>();
  for (const unit of graph.units) names.set(unit.id, clean(unit.name));
  for (const enterprise of graph.enterprises) names.set(enterprise.id, clean(enterprise.name));
  const unitIds = new Set(graph.units.map((u) => u.id));

  const ancestry = (sectionId: string): Section[] => {
    const chain: Section[] = [];
    const seen = new Set<string>();
    for (let s = sections.get(sectionId); s && !seen.has(s.id); s = sections.get(s.parentId)) {
      seen.add(s.id);
      chain.push(s);
    }
    return chain;
  };
  const placement = (sectionId: string) => {
    const chain = ancestry(sectionId);
    const chapter = chain.find((s) => s.kind === 'chapter' || s.kind === 'category');
    return {
      sectionIds: chain.map((s) => s.id),
      chapterId: chapter?.id ?? null,
      // Annex titles name the whole table; matching them would make every row a hit.
      sections: chain.filter((s) => s.kind !== 'annex').map((s) => clean(s.title)).reverse(),
      nearest: chain.find((s) => s.kind !== 'annex'),
    };
  };

  const roles = { LEADS: new Map<string, string[]>(), SUPPORTS: new Map<string, string[]>(), RESPONSIBLE_FOR: new Map<string, string[]>() };
  for (const relation of graph.relations) {
    if (relation.type !== 'LEADS' && relation.type !== 'SUPPORTS' && relation.type !== 'RESPONSIBLE_FOR') continue;
    // Inferred edges (a collective expanded into its members) are not what the row says; search what it says.
    if (relation.inferred) continue;
    const byTarget = roles[relation.type];
    const list = byTarget.get(relation.to) ?? [];
    list.push(relation.from);
    byTarget.set(relation.to, list);
  }
  const linked = (type: keyof typeof roles, id: string) => roles[type].get(id) ?? [];
  const onlyUnits = (ids: string[]) => unique(ids.filter((id) => unitIds.has(id)));
  const unitNames = (ids: string[]) => unique(ids.map((id) => names.get(id)).filter((n): n is string => n !== undefined));

  const base = (id: string, type: SearchType, jurisdiction: string = graph.document.jurisdiction, placeCodes: string[] = divisionCodeChain(graph.document.jurisdictionCode)) => ({
    key: searchKey(id),
    id,
    type,
    documentIds: [documentId],
    jurisdiction,
    placeCodes,
    aliases: [] as string[],
    text: '',
    units: [] as string[],
    sections: [] as string[],
    nameEn: '',
    pinyin: '',
    kind: null,
    number: null,
    sectionIds: [] as string[],
    chapterId: null,
    unitIds: [] as string[],
    leadUnitIds: [] as string[],
    supportUnitIds: [] as string[],
    responsibleUnitIds: [] as string[],
    years: [] as number[],
    deadline: null,
    typeRank: type === 'section' ? 1 : 0,
  });

  const docs: SearchDocument[] = [];
  for (const task of graph.tasks) {
    const place = placement(task.sectionId);
    const lead = linked('LEADS', task.id);
    const support = linked('SUPPORTS', task.id);
    docs.push({
      ...base(task.id, 'task'),
      title: place.nearest ? `任务 ${task.number} · ${clean(place.nearest.title)}` : `任务 ${task.number}`,
      name: '',
      text: task.text,
      units: unitNames([...lead, ...support]),
      sections: place.sections,
      number: task.number,
      sectionIds: place.sectionIds,
      chapterId: place.chapterId,
      unitIds: onlyUnits([...lead, ...support]),
      leadUnitIds: onlyUnits(lead),
      supportUnitIds: onlyUnits(support),
      years: unique(task.years).sort((a, b) => a - b),
      deadline: task.deadline,
    });
  }
  for (const project of graph.projects) {
    const place = placement(project.sectionId);
    const responsible = linked('RESPONSIBLE_FOR', project.id);
    const name = clean(project.name);
    docs.push({
      ...base(project.id, 'project'),
      title: `项目 ${project.number}${name ? ` · ${name}` : ''}`,
      name,
      text: project.content,
      units: unitNames(responsible),
      sections: place.sections,
      number: project.number,
      sectionIds: place.sectionIds,
      chapterId: place.chapterId,
      unitIds: onlyUnits(responsible),
      responsibleUnitIds: onlyUnits(responsible),
      years: project.deadlineYear === null ? [] : [project.deadlineYear],
      deadline: project.deadline,
    });
  }
  for (const unit of graph.units) {
    const name = clean(unit.name);
    docs.push({
      ...base(unit.id, 'unit', unit.jurisdiction, divisionCodeChain(unit.jurisdictionCode)),
      title: name,
      name,
      aliases: unique([...(unit.fullName ? [unit.fullName] : []), ...unit.aliases, ...unit.predecessors].map(clean)).filter((a) => a !== name),
      nameEn: unit.nameEn ?? '',
      pinyin: pinyinOf(name),
      kind: unit.kind,
      unitIds: [unit.id],
    });
  }
  for (const enterprise of graph.enterprises) {
    const name = clean(enterprise.name);
    docs.push({
      ...base(enterprise.id, 'enterprise', '', []),
      title: name,
      name,
      aliases: unique(enterprise.aliases.map(clean)).filter((a) => a !== name),
      pinyin: pinyinOf(name),
      unitIds: enterprise.unitId && unitIds.has(enterprise.unitId) ? [enterprise.unitId] : [],
    });
  }
  for (const placeNode of graph.places) {
    const name = clean(placeNode.name);
    // A place knows its jurisdiction's name only: the plan's code when it is the plan's place.
    const code = placeNode.jurisdiction === graph.document.jurisdiction ? graph.document.jurisdictionCode : undefined;
    docs.push({ ...base(placeNode.id, 'place', placeNode.jurisdiction, divisionCodeChain(code)), title: name, name, pinyin: pinyinOf(name), kind: placeNode.kind });
  }
  for (const section of graph.sections) {
    const place = placement(section.id);
    const name = clean(section.title);
    docs.push({
      ...base(section.id, 'section'),
      title: section.kind === 'chapter' ? `${section.number}、${name}` : name,
      name,
      sections: place.sections.slice(0, -1),
      kind: section.kind,
      sectionIds: place.sectionIds,
      chapterId: place.chapterId,
    });
  }
  return docs;
}

/** A shared node indexed again from another document: same content, union of the documents holding it. */
export function mergeShared(existing: Pick<SearchDocument, 'documentIds'> | undefined, incoming: SearchDocument): SearchDocument {
  if (!existing) return incoming;
  return { ...incoming, documentIds: unique([...existing.documentIds, ...incoming.documentIds]).sort() };
}

/** The document without `documentId`; null when no indexed document holds it any more. */
export function detachDocument<T extends Pick<SearchDocument, 'documentIds'>>(doc: T, documentId: string): T | null {
  if (!doc.documentIds.includes(documentId)) return doc;
  const documentIds = doc.documentIds.filter((d) => d !== documentId);
  return documentIds.length === 0 ? null : { ...doc, documentIds };
}

/** Facet values of one document, in the port's four facets. */
export function facetValues(doc: Pick<SearchDocument, 'type' | 'chapterId' | 'unitIds' | 'years'>): { type: string[]; chapter: string[]; unit: string[]; year: string[] } {
  return {
    type: [doc.type],
    chapter: doc.chapterId ? [doc.chapterId] : [],
    unit: doc.unitIds,
    year: doc.years.map(String),
  };
}
