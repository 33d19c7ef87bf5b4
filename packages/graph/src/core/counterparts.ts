// A unit across places and plans (counterparts, unitPlans): the orders and shapes both adapters answer with.
import type { Counterpart, DocumentNode, PlanRef, RoleCounts, Unit } from '@dutymap/model';
import { unitFunction } from '@dutymap/model';
import { cmp, unitRef } from './order.js';
import { divisionOf } from './scope.js';

/** A unit's function key: as ingest gave it (from its canonical relative name), else from its name (a unit stored before ingest did). */
export function functionOf(unit: Pick<Unit, 'name' | 'kind' | 'function'>): string | null {
  return unit.function ?? unitFunction(unit.name, unit.kind);
}

export function planRef(document: Pick<DocumentNode, 'id' | 'title' | 'jurisdiction' | 'year'>): PlanRef {
  return { id: document.id, title: document.title, jurisdiction: document.jurisdiction, year: document.year ?? null };
}

/** By year (plans that name none last), then title, then id. */
export function comparePlansByYear(a: PlanRef, b: PlanRef): number {
  if (a.year !== b.year) return a.year === null ? 1 : b.year === null ? -1 : a.year - b.year;
  return cmp(a.title, b.title) || cmp(a.id, b.id);
}

/** By GB/T 2260 code (none last: a province before its cities, a city before its counties), place, name, id. */
export function compareCounterparts(a: Pick<Unit, 'id' | 'name' | 'jurisdiction' | 'jurisdictionCode'>, b: Pick<Unit, 'id' | 'name' | 'jurisdiction' | 'jurisdictionCode'>): number {
  const [ca, cb] = [a.jurisdictionCode ?? null, b.jurisdictionCode ?? null];
  if (ca !== cb) return ca === null ? 1 : cb === null ? -1 : cmp(ca, cb);
  return cmp(a.jurisdiction, b.jurisdiction) || cmp(a.name, b.name) || cmp(a.id, b.id);
}

export function counterpart(unit: Unit, plans: PlanRef[], planTotal: number, counts: RoleCounts): Counterpart {
  const code = unit.jurisdictionCode ?? null;
  return { unit: unitRef(unit), jurisdictionCode: code, level: divisionOf(code).level, plans, planTotal, counts };
}
