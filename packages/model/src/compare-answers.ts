// Two plans, or two places, side by side: the answer of GraphStore.compare and of GET /api/compare, as zod
// schemas (the API's response schema is built from them).
import { z } from 'zod';
import { UnitRef } from './graph-answers.js';

/** One side of a comparison: a plan (a document id), or a place with every plan it issued and its own units. */
export const CompareSideRef = z.union([
  z.object({ document: z.string() }).strict(),
  // With its GB/T 2260 code a place covers the places under it (浙江省: its cities' and counties' plans and units), as a scope does.
  z.object({ jurisdiction: z.string(), jurisdictionCode: z.string().regex(/^\d{6}$/).optional() }).strict(),
]);
export type CompareSideRef = z.infer<typeof CompareSideRef>;

/**
 * How a department stands in the two sides: `only-a` / `only-b` (absent from the other), `lead-a-support-b`
 * (leads tasks in A but only supports in B), `lead-b-support-a` (the reverse), `both` (any other presence in both).
 */
export const CONTRASTS = ['only-a', 'only-b', 'lead-a-support-b', 'lead-b-support-a', 'both'] as const;
export const Contrast = z.enum(CONTRASTS).meta({ id: 'Contrast', description: 'how a department differs between the sides' });
export type Contrast = z.infer<typeof Contrast>;

/** Which page of each list of a comparison (LIMITS.pageSize, LIMITS.offset), and which departments. */
export interface CompareOptions {
  limit?: number;
  offset?: number;
  /** Only the departments of this contrast (their count per contrast stays that of all). */
  contrast?: Contrast;
}

/** A task as a comparison shows it. */
export const CompareTask = z.object({
  id: z.string(),
  documentId: z.string(),
  number: z.number().int(),
  text: z.string(),
  /** Target years its text names (Task.years). */
  years: z.array(z.number().int()),
}).meta({ id: 'CompareTask', description: 'a task as a comparison shows it' });
export type CompareTask = z.infer<typeof CompareTask>;

const countedList = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int().nonnegative() });

/** A side's summary: what it is, its plans, its size, the years and quantified targets its tasks set. */
export const CompareSide = z.object({
  kind: z.enum(['document', 'jurisdiction']),
  /** The document id or the jurisdiction name asked for. */
  key: z.string(),
  /** The plan's title, or the place's name. */
  label: z.string(),
  jurisdiction: z.string(),
  /** Its plans by id (a page of them, with their total). */
  plans: countedList(z.object({ id: z.string(), title: z.string(), year: z.number().int().nullable(), tasks: z.number().int() })),
  tasks: z.number().int(),
  /** Units with a written lead or support role on its tasks (of the place, for a jurisdiction). */
  units: z.number().int(),
  /** Each target year its tasks name, with how many tasks name it, by year. */
  years: z.array(z.object({ year: z.number().int(), tasks: z.number().int() })),
  /** Tasks whose text sets a number with a unit or a percent (下降7%, 建成5个), in plan order (a page, with the total). */
  targets: countedList(z.object({ task: CompareTask, quantities: z.array(z.string()) })),
}).meta({ id: 'CompareSide', description: "a side's summary: what it is, its plans, its size, the years and quantified targets its tasks set" });
export type CompareSide = z.infer<typeof CompareSide>;

/** A department's part in one side: its units there and the tasks they lead, and those they only support. */
export const CompareRole = z.object({
  /** The units of this function in the side, by name (at most LIMITS.detailItems; `unitCount` counts all). */
  units: z.array(UnitRef),
  unitCount: z.number().int(),
  /** Distinct tasks some unit of it leads. */
  lead: z.number().int(),
  /** Distinct tasks some unit of it supports and none leads. */
  support: z.number().int(),
}).meta({ id: 'CompareRole', description: "a department's units on one side and the tasks they lead and support" });
export type CompareRole = z.infer<typeof CompareRole>;

/** One row of the department table: units of one function (unitFunction), or a unit without one, by its name. */
export const CompareDepartment = z.object({
  /** The function key (生态环境局), null for a collective, zone or enterprise, which aligns only by its own name. */
  function: z.string().nullable(),
  /** The function key, or the unit's name. */
  name: z.string(),
  a: CompareRole.nullable(),
  b: CompareRole.nullable(),
  contrast: Contrast,
}).meta({ id: 'CompareDepartment', description: 'one department (by function) on both sides, and how its role differs' });
export type CompareDepartment = z.infer<typeof CompareDepartment>;

/** Two tasks judged the same work, with their text similarity (Dice over character bigrams, 0..1). */
export const TaskPair = z.object({ a: CompareTask, b: CompareTask, similarity: z.number().min(0).max(1) }).meta({ id: 'TaskPair', description: 'two tasks matched by text similarity' });
export type TaskPair = z.infer<typeof TaskPair>;

/** A task with no counterpart on the other side, and the closest task there (null when that side has none). */
export const UnmatchedTask = z.object({
  task: CompareTask,
  closest: CompareTask.nullable(),
  similarity: z.number().min(0).max(1),
}).meta({ id: 'UnmatchedTask', description: 'a task with no counterpart on the other side, and the closest task there' });
export type UnmatchedTask = z.infer<typeof UnmatchedTask>;

/** compare(a, b): every list a page (`limit`, `offset` of the answer) with its total. */
export const Comparison = z.object({
  a: CompareSide,
  b: CompareSide,
  limit: z.number().int(),
  offset: z.number().int(),
  /** Least similarity of a matched pair. */
  threshold: z.number(),
  departments: countedList(CompareDepartment),
  /** Departments per contrast (of all, whatever the `contrast` filter). */
  contrasts: z.record(Contrast, z.number().int()),
  /** One-to-one, best pairs first. */
  matched: countedList(TaskPair),
  /** Tasks of A with no match in B, in plan order; `unmatchedB` the reverse. */
  unmatchedA: countedList(UnmatchedTask),
  unmatchedB: countedList(UnmatchedTask),
}).meta({ id: 'Comparison', description: 'two plans or places side by side; every list a page with its total' });
export type Comparison = z.infer<typeof Comparison>;
