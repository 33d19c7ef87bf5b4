// Input schemas shared by the routes: ids, pagination, flags. Every bound comes from LIMITS (@dutymap/model),
// the same numbers the stores check.
import { z } from 'zod';
import type { IntRange, Scope as ScopeFilter } from '@dutymap/model';
import { LIMITS, UNIT_KINDS } from '@dutymap/model';
import { divisionCodeOf } from '@dutymap/ingest';

export const Id = z.string().min(1).max(LIMITS.idLength).describe('a DutyGraph id');
export const IdParams = z.object({ id: Id });
export const PairParams = z.object({ a: Id, b: Id });

/** An integer query parameter within a range of LIMITS, its default when left out. */
export function int(range: IntRange, description: string) {
  return z.coerce.number().int().min(range.min).max(range.max).default(range.default).describe(`${description}, ${range.min}..${range.max}`);
}

export const Page = {
  limit: int(LIMITS.pageSize, 'page size'),
  offset: int(LIMITS.offset, 'items to skip'),
};

/** `inferred=true` also follows edges derived from collectives (各县（市、区）政府 → its counties). */
export const Inferred = {
  inferred: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('also count edges inferred from collectives'),
};

export const Role = z.enum(['lead', 'support', 'any']);
export const UnitKindParam = z.enum(UNIT_KINDS);

/** A query parameter given once or repeated (`?jurisdiction=衢州市&jurisdiction=湖州市`), as a list of at most LIMITS.scopeValues. */
function repeated(item: z.ZodString, description: string) {
  return z
    .union([item, z.array(item)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]))
    .pipe(z.array(item).max(LIMITS.scopeValues).optional())
    .describe(`${description}; repeat for several (at most ${LIMITS.scopeValues})`);
}

/** The scope of a list: which places' and which plans' part of the store (Scope in @dutymap/model). */
export const Scope = {
  jurisdiction: repeated(
    z.string().min(1).max(LIMITS.jurisdictionLength),
    'only the plans this place issued and its units, with those of the places under it when it is a GB/T 2260 division (浙江省 covers 衢州市 and 常山县); a name that is no division only itself',
  ),
  document: repeated(Id, 'only this plan and the units it names (a document id)'),
};

/**
 * The stores' scope of a query. A place is passed by name (it matches itself, also where its plans or
 * units carry no code) and, when the name is a GB/T 2260 division, by code too, which covers the
 * places under it.
 */
export function scopeOf(query: { jurisdiction?: string[] | undefined; document?: string[] | undefined }): ScopeFilter {
  const codes = (query.jurisdiction ?? []).map(divisionCodeOf).filter((code): code is string => code !== undefined);
  return {
    ...(query.jurisdiction ? { jurisdictions: query.jurisdiction } : {}),
    ...(codes.length > 0 ? { jurisdictionCodes: [...new Set(codes)] } : {}),
    ...(query.document ? { documentIds: query.document } : {}),
  };
}
