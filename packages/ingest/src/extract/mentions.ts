// Enterprises and places named in task and project text.
import type { PlaceKind } from '@dutymap/model';
import type { UnitRegistry } from './registry.js';

export interface Mention {
  name: string;
}
export interface PlaceMention extends Mention {
  kind: PlaceKind;
}

// Words that end the run of characters before a name: verbs, prepositions, conjunctions.
const LEFT_STOP =
  /^.*(督促|加快|推进|推动|开展|持续|完成|实施|建设|支持|鼓励|引导|新建|扩建|建立|落实|包括|其中|位于|依托|围绕|对|在|和|与|及|以及|等|的|将|由|向|为|是|把|从|至|到)/;
const ENTERPRISE = /[\u4e00-\u9fa5A-Za-z0-9]{2,24}?(股份有限公司|有限责任公司|集团有限公司|集团股份有限公司|有限公司|集团公司|公司|污水处理厂|发电厂|水厂|电厂)/g;
const PLACE_PATTERNS: ReadonlyArray<readonly [PlaceKind, RegExp, RegExp]> = [
  ['park', /[\u4e00-\u9fa5]{2,14}?(经济技术开发区|经济开发区|高新技术产业开发区|高新区|工业园区|工业功能区|产业集聚区|工业集聚区|开发区|产业园)/g, /(开发区|高新区|园区|功能区|集聚区|产业园)/],
  ['reserve', /[\u4e00-\u9fa5]{2,12}?(国家级自然保护区|省级自然保护区|自然保护区|风景名胜区|国家公园|森林公园|湿地公园|地质公园)/g, /(保护区|名胜区|公园)/],
  ['river', /[\u4e00-\u9fa5]{1,4}?(江|河|溪)(?=源头|流域|干流|支流|水系|上游|下游)/g, /[江河溪](源头|流域|干流|支流|水系|上游|下游)/],
];
// Prefixes that make a place word generic (重点工业园区, 省级以上各类开发区): not a name.
// Heads that make a company word generic (城镇污水处理厂, 4座城镇污水厂): a kind, not a name.
const GENERIC_ENTERPRISE = /^(.{0,3}省|.{0,3}市)?(城镇|城市|农村|乡镇|生活|工业|集中式|规模以上|重点|相关|各类|大宗|国有|民营|龙头|企业)*$|[0-9０-９个座家]/;
const GENERIC = /^(重点|各类|各|省级|国家级|市级|县级|所有|相关|全市|全省|以上|及以上|现有|一批|本地|区域|沿|主要|城市|工业|山区)*$|[0-9个类级批]/;

function trimLeft(candidate: string, suffix: string): string {
  const head = candidate.slice(0, candidate.length - suffix.length);
  const cut = LEFT_STOP.exec(head);
  return cut ? candidate.slice(cut[0].length) : candidate;
}

/** Enterprises: names with a company suffix, and every spelling the alias table knows. */
export function enterpriseMentions(text: string, registry: UnitRegistry): Mention[] {
  const found = new Map<string, Mention>();
  const covered: Array<[number, number]> = [];
  for (const spelling of registry.enterpriseSpellings()) {
    let from = 0;
    for (let at = text.indexOf(spelling, from); at >= 0; at = text.indexOf(spelling, from)) {
      from = at + spelling.length;
      if (covered.some(([s, e]) => at >= s && at < e)) continue;
      covered.push([at, from]);
      const name = registry.enterprise(spelling)?.name ?? spelling;
      found.set(name, { name });
    }
  }
  // The lazy pattern is costly at every position: run it only where a company suffix occurs.
  for (const match of /(公司|厂)/.test(text) ? text.matchAll(ENTERPRISE) : []) {
    if (covered.some(([s, e]) => match.index < e && match.index + match[0].length > s)) continue;
    const name = trimLeft(match[0], match[1]!);
    if (GENERIC_ENTERPRISE.test(name.slice(0, name.length - match[1]!.length))) continue;
    const canonical = registry.enterprise(name)?.name ?? name;
    found.set(canonical, { name: canonical });
  }
  return [...found.values()];
}

/** Places: the jurisdiction's counties (full or short form), parks, reserves and rivers. */
export function placeMentions(text: string, subdivisions: readonly string[]): PlaceMention[] {
  const found = new Map<string, PlaceMention>();
  for (const county of subdivisions) {
    const short = county.length >= 3 ? county.slice(0, -1) : county;
    if (text.includes(county) || text.includes(short)) found.set(county, { name: county, kind: 'county' });
  }
  for (const [kind, pattern, cue] of PLACE_PATTERNS) {
    if (!cue.test(text)) continue; // the lazy pattern is costly at every position
    for (const match of text.matchAll(pattern)) {
      const name = trimLeft(match[0], match[1]!);
      const head = name.slice(0, name.length - match[1]!.length);
      if (head === '' || GENERIC.test(head) || subdivisions.includes(name)) continue;
      if (!found.has(name)) found.set(name, { name, kind });
    }
  }
  return [...found.values()];
}
