// Input schemas shared by the routes: ids, pagination, flags.
import { z } from 'zod';
import type { ListBody } from '@dutymap/model';
import { UNIT_KINDS } from '@dutymap/model';

export const Id = z.string().min(1).max(300).describe('a DutyGraph id');
export const IdParams = z.object({ id: Id });
export const PairParams = z.object({ a: Id, b: Id });

export const Page = {
  limit: z.coerce.number().int().min(1).max(500).default(20).describe('page size, 1..500'),
  offset: z.coerce.number().int().min(0).default(0).describe('items to skip'),
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

/** Every list the API returns: one page of items and the total. */
export function page<T>(items: readonly T[], query: { limit: number; offset: number }): ListBody<T> {
  return { items: items.slice(query.offset, query.offset + query.limit), total: items.length, limit: query.limit, offset: query.offset };
}
