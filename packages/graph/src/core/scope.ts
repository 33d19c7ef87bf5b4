// Which plans and units a scoped answer covers (Scope in @dutymap/model), decided the same way by both adapters.
import { divisionCodeChain, divisionCodePrefix, LIMITS } from '@dutymap/model';
import { InvalidArgumentError } from '../errors.js';

/**
 * A checked scope: each field null when it does not filter, else its distinct values, sorted. Codes are
 * kept as the prefixes they stand for (divisionCodePrefix), which is all a match needs.
 */
export interface CheckedScope {
  jurisdictions: string[] | null;
  codePrefixes: string[] | null;
  documentIds: string[] | null;
}

export const WHOLE: CheckedScope = { jurisdictions: null, codePrefixes: null, documentIds: null };

function checkValues(fn: string, argument: string, value: unknown, maxLength: number, pattern?: RegExp): string[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value) || value.length > LIMITS.scopeValues || value.some((v) => typeof v !== 'string' || v.trim() === '' || v.length > maxLength || (pattern !== undefined && !pattern.test(v)))) {
    const what = pattern ? 'six-digit GB/T 2260 codes' : `non-empty strings of at most ${maxLength} characters`;
    throw new InvalidArgumentError(fn, argument, value, `an array of at most ${LIMITS.scopeValues} ${what}`);
  }
  return value.length === 0 ? null : [...new Set(value as string[])].sort();
}

/** The scope fields of an options object (`prefix.jurisdictions`, `prefix.jurisdictionCodes`, `prefix.documentIds`). */
export function checkScope(fn: string, prefix: string, o: Record<string, unknown>): CheckedScope {
  const codes = checkValues(fn, `${prefix}.jurisdictionCodes`, o['jurisdictionCodes'], 6, /^\d{6}$/);
  return {
    jurisdictions: checkValues(fn, `${prefix}.jurisdictions`, o['jurisdictions'], LIMITS.jurisdictionLength),
    codePrefixes: codes === null ? null : [...new Set(codes.map(divisionCodePrefix))].sort(),
    documentIds: checkValues(fn, `${prefix}.documentIds`, o['documentIds'], LIMITS.idLength),
  };
}

export function isWhole(scope: CheckedScope): boolean {
  return scope.jurisdictions === null && scope.codePrefixes === null && scope.documentIds === null;
}

/** Whether a place (a plan's issuer, a unit's own) is among the places in scope: named, or under a code in scope. */
export function placeInScope(scope: CheckedScope, place: { jurisdiction: string; jurisdictionCode?: string | undefined }): boolean {
  if (scope.jurisdictions === null && scope.codePrefixes === null) return true;
  if (scope.jurisdictions?.includes(place.jurisdiction)) return true;
  const code = place.jurisdictionCode;
  return code !== undefined && (scope.codePrefixes?.some((p) => code.startsWith(p)) ?? false);
}

/** A plan is in scope when a place in scope issued it and it is one of the plans in scope. */
export function documentInScope(scope: CheckedScope, doc: { id: string; jurisdiction: string; jurisdictionCode?: string | undefined }): boolean {
  return placeInScope(scope, doc) && (scope.documentIds === null || scope.documentIds.includes(doc.id));
}

/** A unit is in scope when it belongs to a place in scope and a plan in scope names it. */
export function unitInScope(scope: CheckedScope, unit: { jurisdiction: string; jurisdictionCode?: string | undefined }, documentIds: Iterable<string>): boolean {
  if (!placeInScope(scope, unit)) return false;
  if (scope.documentIds === null) return true;
  for (const id of documentIds) if (scope.documentIds.includes(id)) return true;
  return false;
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** Level and parent of a GB/T 2260 code: two digits name the province, four the city (330000 ⊃ 330800 ⊃ 330881). */
export function divisionOf(code: string | null): { level: 'province' | 'city' | 'county' | null; parentCode: string | null } {
  if (code === null || !/^\d{6}$/.test(code)) return { level: null, parentCode: null };
  if (code.endsWith('0000')) return { level: 'province', parentCode: null };
  if (code.endsWith('00')) return { level: 'city', parentCode: `${code.slice(0, 2)}0000` };
  // The districts of 北京, 天津, 上海 and 重庆 and the counties a province governs itself (xx90xx) have no city
  // above them: their middle digits name a grouping (市辖区, 省直辖县级行政区划), not a division.
  const direct = MUNICIPALITIES.has(code.slice(0, 2)) || code.slice(2, 4) === '90';
  return { level: 'county', parentCode: direct ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00` };
}

/** The provinces and cities above the places listed that the list lacks and `divisionName` names, by code. */
export function missingAncestors(places: ReadonlyArray<{ code: string | null }>, divisionName: (code: string) => string | undefined): Array<{ name: string; code: string }> {
  const listed = new Set(places.map((p) => p.code));
  const missing = new Map<string, string>();
  for (const place of places) {
    for (const code of divisionCodeChain(place.code ?? undefined)) {
      if (code === place.code || listed.has(code) || missing.has(code)) continue;
      const name = divisionName(code);
      if (name !== undefined) missing.set(code, name);
    }
  }
  return [...missing].map(([code, name]) => ({ name, code }));
}

/** By code (a province before its cities, a city before its counties), places without a code last, then by name. */
export function compareJurisdictions(a: { name: string; code: string | null }, b: { name: string; code: string | null }): number {
  if (a.code !== b.code) return a.code === null ? 1 : b.code === null ? -1 : a.code < b.code ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
