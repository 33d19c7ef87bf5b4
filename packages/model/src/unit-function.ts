// A unit's function: what kind of body it is, whatever place it belongs to. 衢州市's 市生态环境局
// and 杭州市's are two units (identity is jurisdiction + name) with one function, so they can be
// compared side by side as counterparts without being merged.
import type { UnitKind } from './schema.js';

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
