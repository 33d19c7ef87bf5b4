// Splits a unit cell into the bodies it names: separators, line breaks, 等 lists, combined
// governments (常山县、开化县、龙游县政府) and elided prefixes (市发改委、经信局).
import type { RawCell } from '../layout/blocks.js';
import { isDivisionName, startsWithDivision } from './divisions.js';
import { foldText } from '../text/normalize.js';
import { splitOutsideBrackets } from '../text/split.js';

export interface UnitMention {
  /** The name as written, after expansion (龙游县政府 from 常山县、开化县、龙游县政府). */
  name: string;
  /** Marked as leading inside the cell: （牵头）, a star, 牵头单位：…, …牵头. */
  leadMarked: boolean;
  /** Marked as supporting inside the cell: 配合单位：…, …配合, …按职责分工负责. */
  supportMarked?: boolean;
}

export interface UnitList {
  units: UnitMention[];
  /** The list ends in 等 / 等相关部门: more bodies take part than it names. */
  openEnded: boolean;
}

const SEPARATORS = new Set(['、', '，', ',', '；', ';', ' ', '\u3000', '/', '／']);

/** Endings of a complete body name: a line that ends in one is not broken mid-name. */
const COMPLETE_NAME = /(局|委|办|部|院|厅|会|政府|公司|集团|中心|室|组|所|站|队|行|社|馆|处|科|联|区|县|市|厂|单位|机构|部门|办公室)$/;
const DEPARTMENT_SUFFIX = /(局|委|办|厅|部|中心)$/;
const LEVEL_PREFIX = /^(市|省|县|区|州|镇|乡)/;
const TRAILING_ETC = /等([市县区省]级?|[市县区省]直)?(相关|有关|其他|其它)?(部门|单位|成员单位|机构|县（市、区）|地区)?$/;
// （牵头） after a name; a star or asterisk before or after it, as some tables mark the lead.
const LEAD_MARK = /[（(]\s*(牵头|牵头单位|负总责)\s*[）)]|^[*＊★☆▲]+|[*＊★☆▲]+$/;
const LEAD_MARKS = new RegExp(LEAD_MARK.source, 'g');
// Bodies a plan names by kind after 各 (各乡镇人民政府、街道办事处 is 各乡镇 and 各街道).
const KIND_OF_BODY = /^(街道办事处|街道|乡镇|乡镇人民政府|乡镇政府|镇|乡|镇人民政府|镇政府|镇（街道）|乡（镇）|乡镇（街道）|社区|村（社区）|村|部门|单位|园区|开发区)$/;
// A person's name beside a body in one cell (市民政局 伍泽国): two to four characters, no body word.
const PERSON = /^(?!各|全|相关|有关|其他|[市县区省])[\u4e00-\u9fa5]{2,4}$/;
const BODY_WORD = /(局|委|办|厅|署|部|院|会|府|中心|公司|集团|室|组|所|站|队|社|馆|处|科|联|行|团|校|台|厂|场|园|区|县|市|镇|乡|街道|单位|部门|机构|专班|监狱|医院|银行|法院|党委|支队|大队)/;
const NOTE = /[（(][^（）()]*(负责|分工|按职责|配合|指导|督促)[^（）()]*[）)]$/;

/** Joins a cell's lines: a line break separates two names unless it breaks one name in two. */
function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines.map((l) => l.trim()).filter((l) => l !== '')) {
    if (out === '') {
      out = line;
      continue;
    }
    const last = out[out.length - 1]!;
    const separated = SEPARATORS.has(last) || SEPARATORS.has(line[0]!);
    out += separated || COMPLETE_NAME.test(out) ? (separated ? line : `、${line}`) : line;
  }
  return out;
}


const GOVERNMENT = /^(.+?(县|市|区|旗))((人民)?政府)$/;

/** A bare county/city name in a list that a later "…政府" completes (常山县、开化县、龙游县政府). */
function isBareDivision(part: string): boolean {
  return !/^(各|相关|有关|全)/.test(part) && (isDivisionName(part) || /^[\u4e00-\u9fa5]{1,3}(县|市|区|旗)$/.test(part)) && part !== '市';
}

// Labels inside a cell: 牵头单位：市甲局；配合单位：市乙局.
const LABEL = /(牵头(?:单位|部门)?|主责(?:单位|部门)?|配合(?:单位|部门)?|协同(?:单位|部门)?|协办(?:单位|部门)?|参与(?:单位|部门)?|责任(?:单位|部门))\s*[:：]/g;

// Roles said with a verb after the bodies, up to the next clause.
const VERB_LEAD = /([^，,；;：:。]+?)(?:牵头负责|牵头)(?=[，,；;。]|$)/g;
const VERB_SUPPORT = /([^，,；;：:。]+?)(?:按职责分工负责|按职责负责|配合|参与|协助)(?=[，,；;。]|$)/g;

// Offices every town has, whose names a town's table runs into the next one.
const TOWN_OFFICE = /^(派出所|司法所|财政所|国土所|规划所|供电所|工商所|质监所|税务所|林业站|农技站|农经站|水利站|畜牧站|兽医站|文化站|安监站|计生站|卫生院|中心校|城建办|综治办|党政办|民政所|社保所|环保站)/;
const RUN_END = /(局|委|办|所|站|院|中心|中队|大队)$/;

/**
 * Splits names written without a separator: a department name followed by one of the same level
 * (区发改局区统计局), or a town office followed by another body (派出所工商质监所). A name with a
 * sub-unit (市生态环境局衢江分局, 公安局交警大队) is no run: its second part has no level of its own.
 */
function splitRunTogether(name: string): string[] {
  const level = /^[市县区省]/.exec(name)?.[0];
  if (level) {
    const at = name.search(new RegExp(`(局|委|办)${level}(?=.{2,}(局|委|办)$)`));
    if (at > 1) return [name.slice(0, at + 1), ...splitRunTogether(name.slice(at + 1))];
  }
  const office = TOWN_OFFICE.exec(name)?.[0];
  if (office && name.length > office.length + 1 && RUN_END.test(name.slice(office.length))) return [office, ...splitRunTogether(name.slice(office.length))];
  return [name];
}

export function readUnitList(cell: RawCell | undefined): UnitList {
  if (!cell) return { units: [], openEnded: false };
  let openEnded = false;
  const parts: UnitMention[] = [];
  // Each labelled stretch of the cell reads on its own; text before any label is unlabelled.
  const stretches: Array<{ text: string; role: 'lead' | 'support' | null }> = [];
  // Names are compared and shown folded (⽣ → 生, 發 → 发, Ｘ → X) with Chinese brackets; roles said
  // with a verb (市甲局牵头，市乙局配合) read like labels.
  const joined = joinLines(cell.lines.map((line) => foldText(line).replace(/\(/g, '（').replace(/\)/g, '）')))
    .replace(VERB_LEAD, '牵头单位：$1；')
    .replace(VERB_SUPPORT, '配合单位：$1；');
  let last = 0;
  let role: 'lead' | 'support' | null = null;
  for (const label of joined.matchAll(LABEL)) {
    stretches.push({ text: joined.slice(last, label.index), role });
    role = /^(牵头|主责)/.test(label[1]!) ? 'lead' : /^责任/.test(label[1]!) ? null : 'support';
    last = label.index + label[0].length;
  }
  stretches.push({ text: joined.slice(last), role });
  for (const stretch of stretches) for (let part of splitOutsideBrackets(stretch.text, SEPARATORS)) {
    const leadMarked = stretch.role === 'lead' || LEAD_MARK.test(part);
    part = part.replace(LEAD_MARKS, '').replace(NOTE, '').trim();
    if (TRAILING_ETC.test(part) && !/^各/.test(part)) {
      const stripped = part.replace(TRAILING_ETC, '');
      // 等 after a collective such as 市级相关部门 changes nothing; after a list it opens it.
      openEnded = true;
      part = stripped;
    }
    part = part.replace(/^[：:]+|[。.：:]+$/g, '').trim();
    if (part === '' || /^(无|\/|—+|-+)$/.test(part)) continue;
    parts.push({ name: part, leadMarked, ...(stretch.role === 'support' ? { supportMarked: true } : {}) });
  }

  // Names run together with no separator: 区发改局区统计局, 派出所工商质监所.
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const pieces = splitRunTogether(parts[i]!.name);
    if (pieces.length > 1) parts.splice(i, 1, ...pieces.map((name) => ({ ...parts[i]!, name })));
  }
  // People named beside bodies are no bodies.
  if (parts.some((p) => BODY_WORD.test(p.name))) {
    for (let i = parts.length - 1; i >= 0; i -= 1) if (PERSON.test(parts[i]!.name) && !BODY_WORD.test(parts[i]!.name)) parts.splice(i, 1);
  }
  // 各乡镇人民政府、街道办事处: the 各 covers the kind of body after it too.
  for (let i = 1; i < parts.length; i += 1) {
    if (/^各/.test(parts[i - 1]!.name) && KIND_OF_BODY.test(parts[i]!.name)) parts[i]!.name = `各${parts[i]!.name}`;
  }
  // 各区、县（市）政府 is one collective that a 、 splits in two.
  for (let i = parts.length - 2; i >= 0; i -= 1) {
    if (/^各[区县市]$/.test(parts[i]!.name) && /^[区县市]/.test(parts[i + 1]!.name)) {
      parts[i]!.name = `${parts[i]!.name}、${parts[i + 1]!.name}`;
      parts.splice(i + 1, 1);
    }
  }
  // 各县（市、区）党委、政府: a bare 政府 / 党委 takes the stem of the body before it.
  for (let i = 1; i < parts.length; i += 1) {
    const bare = /^(人民政府|政府|党委|管委会)$/.exec(parts[i]!.name);
    const stem = bare && /^(.+?)(党委|人民政府|政府|管委会)$/.exec(parts[i - 1]!.name);
    if (bare && stem) parts[i]!.name = `${stem[1]}${bare[1]}`;
  }
  // Combined governments: bare division names before "X县政府" share its 政府.
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const government = GOVERNMENT.exec(parts[i]!.name);
    if (!government) continue;
    for (let j = i - 1; j >= 0 && isBareDivision(parts[j]!.name); j -= 1) {
      parts[j]!.name = `${parts[j]!.name}${government[3]}`;
    }
  }
  // Elided prefixes: 市发改委、经信局 → 市经信局.
  for (let i = 1; i < parts.length; i += 1) {
    const part = parts[i]!.name;
    const previous = parts[i - 1]!.name;
    const level = LEVEL_PREFIX.exec(previous);
    if (level && part.length <= 12 && DEPARTMENT_SUFFIX.test(part) && !/[市省县区州]/.test(part) && !/^(各|相关|有关|团|国家|中国|中央|国网)/.test(part) && !startsWithDivision(part)) {
      parts[i]!.name = `${level[1]}${part}`;
    }
  }
  return { units: parts, openEnded };
}
