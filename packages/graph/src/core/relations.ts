// Relations as both adapters store them: one per key (first wins), attributes normalised.
import type { Relation } from '@dutymap/model';
import { relationKey } from './traverse.js';

export interface StoredRelation {
  key: string;
  type: Relation['type'];
  from: string;
  to: string;
  attributes: { inferred: boolean; via: string | null; openEnded: boolean; score: number | null };
}

/** Drops repeated relations (same type, ends and via), keeping the first, and fills defaults. */
export function uniqueRelations(relations: readonly Relation[]): StoredRelation[] {
  const seen = new Set<string>();
  const result: StoredRelation[] = [];
  for (const r of relations) {
    const key = relationKey(r.type, r.from, r.to, r.via);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({
      key,
      type: r.type,
      from: r.from,
      to: r.to,
      attributes: { inferred: r.inferred === true, via: r.via ?? null, openEnded: r.openEnded === true, score: r.score ?? null },
    });
  }
  return result;
}
