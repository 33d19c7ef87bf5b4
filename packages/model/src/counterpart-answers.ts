// A unit across places and plans: its counterparts (the same function in other jurisdictions, linked by
// unitFunction, never merged) and the plans that name it, each with what the unit carries there.
import { z } from 'zod';
import { RoleCounts, UnitRef } from './graph-answers.js';

/** A loaded plan as a unit's lists name it. */
export const PlanRef = z.object({
  id: z.string(),
  title: z.string(),
  jurisdiction: z.string().describe('the place that issued the plan'),
  year: z.number().int().nullable().describe('the year the plan was issued; null when the plan does not say'),
}).meta({ id: 'PlanRef', description: 'a loaded plan as a unit’s lists name it' });
export type PlanRef = z.infer<typeof PlanRef>;

/**
 * counterparts(unitId): a unit of another jurisdiction with the same function (衢州市's 市生态环境局 for
 * 湖州市's; 浙江省's 省生态环境厅). Ordered by GB/T 2260 code (none last), place, name, id.
 */
export const Counterpart = z.object({
  unit: UnitRef,
  jurisdictionCode: z.string().nullable().describe('GB/T 2260 code of its place, null when unknown'),
  level: z.enum(['province', 'city', 'county']).nullable().describe('level of its place, from the code'),
  /** The first LIMITS.detailItems plans naming it, by year (none last), then title. */
  plans: z.array(PlanRef),
  planTotal: z.number().int().nonnegative(),
  /** Its written counts over all those plans. */
  counts: RoleCounts.describe('its written counts over all the plans naming it'),
}).meta({ id: 'Counterpart', description: 'a unit of another place with the same function, with its place, plans and counts' });
export type Counterpart = z.infer<typeof Counterpart>;

/** unitPlans(unitId): one plan naming the unit and what the unit carries in it (written edges). Ordered by year (none last), title, id. */
export const UnitPlan = z.object({
  document: PlanRef,
  counts: RoleCounts.describe('the unit’s written counts in this plan'),
}).meta({ id: 'UnitPlan', description: 'a plan naming the unit and what the unit carries in it' });
export type UnitPlan = z.infer<typeof UnitPlan>;
