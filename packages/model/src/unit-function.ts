// A unit's function: what kind of body it is, whatever place it belongs to. 衢州市's 市生态环境局
// and 杭州市's are two units (identity is jurisdiction + name) with one function, so they can be
// compared side by side as counterparts without being merged.
import type { Unit, UnitKind } from './schema.js';

/** Kinds of body every place has one of; collectives, zones and enterprises have no counterpart elsewhere. */
const KINDS_WITH_FUNCTION: ReadonlySet<UnitKind> = new Set(['municipal_department', 'party_or_people_org', 'judicial', 'county_government']);

/** The level a relative name starts with (市生态环境局, 县政府, 省委宣传部). */
const LEVEL_PREFIX = /^(省|市|州|盟|县|区|旗|镇|乡)/;
/** Words that start with a level character without being one (市场监管局, 乡村振兴局, 区域发展办). */
const NOT_A_LEVEL = /^(市场|市政(?!府)|市容|乡村|乡镇|区域|县域|镇村)/;

/**
 * The function key of a unit: its relative name without the level it starts with, a province's 厅
 * read as a city's 局 (省生态环境厅 ~ 市生态环境局 ~ 县生态环境局 → 生态环境局). Null for kinds that
 * have no counterparts. Names come canonical from ingest (the alias table relevels 市发改委 to
 * 省发改委 and 县发改委), so one key per function is enough here.
 */
export function unitFunction(name: string, kind: UnitKind): string | null {
  if (!KINDS_WITH_FUNCTION.has(kind)) return null;
  const relative = NOT_A_LEVEL.test(name) ? name : name.replace(LEVEL_PREFIX, '');
  const key = relative.replace(/厅$/, '局');
  return key === '' ? null : key;
}

/**
 * A key that aligns units of one function whatever spelling their plans wrote, to group by (not a name to
 * show): the first in code point order of the functions of its name, full name and aliases. Ingest gives
 * every unit of one alias-table entry the entry's spellings (the one its plan wrote most as `name`, the
 * others as aliases), so 杭州市's 市资源规划局 and a plan's 市自然资源和规划局 (one body, two spellings)
 * share the key; a unit without aliases keys by its name's function. Null as unitFunction.
 */
export function unitFunctionKey(unit: Pick<Unit, 'name' | 'kind' | 'aliases' | 'fullName'>): string | null {
  const keys = [unit.name, ...(unit.fullName ? [unit.fullName] : []), ...unit.aliases].map((spelling) => unitFunction(spelling, unit.kind));
  return keys.reduce((first, key) => (key !== null && (first === null || key < first) ? key : first), null as string | null);
}
