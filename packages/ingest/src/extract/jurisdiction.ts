// Whose plan a document is, and whose body each unit is. A unit's identity is its jurisdiction
// plus its name relative to it: 县住建局 of 大竹县 is not 县住建局 of 苍南县, and 市发改委 in a
// 大竹县 plan is the bureau of 达州市.
import type { Division } from './divisions.js';
import { simplifiedText } from '../text/normalize.js';
import { chainOf, commonDivision, divisionNamed, divisionOfTitle, divisionsIn } from './divisions.js';

export type JurisdictionSource = 'option' | 'title' | 'issuer' | 'file name' | 'document number' | 'units' | 'none';

export interface DocumentJurisdiction {
  division: Division | undefined;
  /** The division's label (衢州市, 长春市朝阳区); the option as given when it names no division; "" when unknown. */
  jurisdiction: string;
  source: JurisdictionSource;
}

export interface JurisdictionClues {
  /** `--jurisdiction` or the upload's parameter: wins over everything the document says. */
  option?: string | undefined;
  /** Table titles and the paragraphs before the first table, in order. */
  titles: readonly string[];
  /** Every paragraph, for the issuing body's line (…县人民政府办公室). */
  paragraphs: readonly string[];
  sourceName: string;
  /** Unit names as written (folded). */
  unitNames: readonly string[];
}

const ISSUER = /^(.{2,24}?)(人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办)/;
// The words a plan writes before a body of some level, longest first (自治区 before 区).
const LEVEL_WORDS = ['自治区', '地区', '省', '市', '县', '区', '州', '旗', '盟'];
// Words that start with a level character but are no level prefix (市场监管局 is not 市 + 场监管局).
const NOT_A_LEVEL = /^(市场|市民|区域|县域|州府)/;

/** The document's jurisdiction from the first clue that names one, in the order the issue of trust runs. */
export function documentJurisdiction(clues: JurisdictionClues): DocumentJurisdiction {
  if (clues.option !== undefined && clues.option.trim() !== '') {
    const option = simplifiedText(clues.option.trim());
    const mentions = divisionsIn(option, { short: true });
    const division = mentions[mentions.length - 1]?.division;
    return { division, jurisdiction: division?.label ?? option, source: 'option' };
  }
  const found = (division: Division | undefined, source: JurisdictionSource): DocumentJurisdiction | undefined =>
    division ? { division, jurisdiction: division.label, source } : undefined;
  // Division names are compared in simplified characters (咸陽市 is 咸阳市).
  for (const title of clues.titles.map(simplifiedText)) {
    if (ISSUER.test(title.replace(/\s+/g, ''))) continue; // the issuing body's own line, below
    const hit = found(divisionOfTitle(title), 'title');
    if (hit) return hit;
  }
  for (const paragraph of clues.paragraphs.map(simplifiedText)) {
    const issuer = ISSUER.exec(paragraph.replace(/\s+/g, ''));
    const hit = issuer && found(divisionOfTitle(issuer[1]!), 'issuer');
    if (hit) return hit;
  }
  const fromFile = found(divisionOfTitle(simplifiedText(clues.sourceName).replace(/\.[A-Za-z0-9]+$/, '')), 'file name');
  if (fromFile) return fromFile;
  const province = provinceOfDocumentNumber(clues.titles.map(simplifiedText), clues.paragraphs.map(simplifiedText));
  if (province) return { division: province, jurisdiction: province.label, source: 'document number' };
  // Bodies named with their division (大竹县发改局, 常山县政府): the lowest division holding them all.
  const named = clues.unitNames.map((name) => explicitDivision(name, undefined)?.division).filter((d): d is Division => d !== undefined);
  if (named.length >= 2) {
    const hit = found(commonDivision(named), 'units');
    if (hit) return hit;
  }
  return { division: undefined, jurisdiction: '', source: 'none' };
}

// The one-character names provinces sign their documents with (鄂政发〔2018〕26号 is 湖北省's).
const PROVINCE_ABBREVIATIONS: Record<string, string> = {
  京: '北京市', 津: '天津市', 冀: '河北省', 晋: '山西省', 蒙: '内蒙古自治区', 辽: '辽宁省', 吉: '吉林省', 黑: '黑龙江省', 沪: '上海市', 苏: '江苏省', 浙: '浙江省',
  皖: '安徽省', 闽: '福建省', 赣: '江西省', 鲁: '山东省', 豫: '河南省', 鄂: '湖北省', 湘: '湖南省', 粤: '广东省', 桂: '广西壮族自治区', 琼: '海南省', 渝: '重庆市',
  川: '四川省', 黔: '贵州省', 云: '云南省', 藏: '西藏自治区', 陕: '陕西省', 甘: '甘肃省', 青: '青海省', 宁: '宁夏回族自治区', 新: '新疆维吾尔自治区',
};
const PROVINCE_NUMBER = /^([\u4e00-\u9fa5])(政|府|办)[\u4e00-\u9fa5]{0,4}[〔[［(（](?:19|20)[0-9]{2}[〕\]］)）]/;
/** A province government's own line, which writes no name: 省人民政府关于…, 自治区人民政府办公厅. */
const PROVINCE_BODY = /^(省|自治区)(人民)?政府/;

/**
 * A province's document that never writes its name (省人民政府关于…) still signs its number with the
 * province's character. Cities sign theirs with their own (宁政发 is 南京市's), so the number counts
 * only beside a province government's line.
 */
function provinceOfDocumentNumber(titles: readonly string[], paragraphs: readonly string[]): Division | undefined {
  if (![...titles, ...paragraphs].some((line) => PROVINCE_BODY.test(line.replace(/\s+/g, '')))) return undefined;
  for (const paragraph of paragraphs) {
    const name = PROVINCE_ABBREVIATIONS[PROVINCE_NUMBER.exec(paragraph.replace(/\s+/g, ''))?.[1] ?? ''];
    if (name) return divisionNamed(name);
  }
  return undefined;
}

/** A name that starts with a division (衢州市生态环境局, 常山县政府): the division and the rest. */
function explicitDivision(key: string, context: Division | undefined): { division: Division; rest: string } | undefined {
  for (let length = Math.min(key.length - 2, 16); length >= 2; length -= 1) {
    const division = divisionNamed(key.slice(0, length), context);
    // Two-character names (西区, 城区, 渠县) start ordinary words too: only a division related to the
    // document's counts.
    if (division && (length > 2 || (context && related(division, context)))) return { division, rest: key.slice(length) };
  }
  return undefined;
}

const related = (a: Division, b: Division): boolean => chainOf(a).includes(b) || chainOf(b).includes(a);

export interface ScopedName {
  /** The jurisdiction label the body belongs to ("" when the document's is unknown). */
  jurisdiction: string;
  /** What unit ids are scoped by: the jurisdiction, or the document when it has none. */
  scope: string;
  /** The name relative to its jurisdiction (衢州市生态环境局 → 市生态环境局, 常山县政府 → 县政府). */
  key: string;
}

/** Reads unit names of one document into (jurisdiction, relative name). */
export class UnitScoper {
  private readonly chain: Division[];
  private readonly documentScope: string;

  constructor(
    private readonly document: DocumentJurisdiction,
    documentId: string,
  ) {
    this.chain = document.division ? chainOf(document.division) : [];
    this.documentScope = document.jurisdiction || `document:${documentId}`;
  }

  /** The GB/T 2260 code of a jurisdiction label this scoper gave out. */
  codeOf(label: string): string | undefined {
    return divisionNamed(label, this.document.division)?.code;
  }

  scope(key: string): ScopedName {
    const explicit = explicitDivision(key, this.document.division);
    if (explicit) {
      const { division, rest } = explicit;
      return { jurisdiction: division.label, scope: division.label, key: `${division.prefix}${rest}` };
    }
    // A relative level word means the nearest division of that level above or at the document's.
    const level = NOT_A_LEVEL.test(key) ? undefined : LEVEL_WORDS.find((word) => key.startsWith(word) && key.length > word.length);
    const owner = level ? this.chain.find((d) => d.prefix === level) : undefined;
    if (owner) return { jurisdiction: owner.label, scope: owner.label, key };
    return { jurisdiction: this.document.jurisdiction, scope: this.documentScope, key };
  }
}
