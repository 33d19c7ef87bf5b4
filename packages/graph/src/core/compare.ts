// Two plans or places side by side (GraphStore.compare): each adapter reads each side's tasks and written
// roles (SideData); this one function computes the answer, so both adapters answer alike.
import { bigrams, CONTRASTS, LIMITS, unitFunction } from '@dutymap/model';
import type { CompareDepartment, CompareRole, CompareSide, CompareTask, Comparison, Contrast, TaskPair, Unit, UnitRef, UnmatchedTask } from '@dutymap/model';
import { SideTooLargeError } from '../errors.js';
import type { CheckedPage, CheckedSide } from './args.js';
import { placeInScope } from './scope.js';
import { cmp, compareUnitsByName, compareWork, unitRef } from './order.js';

/** What an adapter reads of one side. */
export interface SideData {
  kind: 'document' | 'jurisdiction';
  key: string;
  label: string;
  jurisdiction: string;
  /** Its plans, any order. */
  plans: Array<{ id: string; title: string; year: number | null; tasks: number }>;
  /** Its tasks, any order. */
  tasks: CompareTask[];
  /** Written lead and support edges on its tasks, of the units the side counts (any order, repeats allowed). */
  roles: Array<{ taskId: string; unit: Unit; lead: boolean }>;
}

/** Whether a place side covers a plan's or unit's place: named, or under its code. */
export function sideCovers(side: CheckedSide & { kind: 'jurisdiction' }, place: { jurisdiction: string; jurisdictionCode?: string | undefined }): boolean {
  return placeInScope({ jurisdictions: [side.key], codePrefixes: side.codePrefix === null ? null : [side.codePrefix], documentIds: null }, place);
}

/** Adapters call this with a side's task count before reading its tasks. */
export function checkSideSize(side: 'a' | 'b', label: string, tasks: number): void {
  if (tasks > LIMITS.compareTasks) throw new SideTooLargeError(side, label, tasks, LIMITS.compareTasks);
}

/**
 * Least Dice similarity (over character bigrams, digits and COMMON bigrams left out) for two tasks to be
 * the same work. Measured on real text: the seed's 28 key projects that restate tasks (IMPLEMENTS) against
 * its 117 tasks find 24 of the restated tasks at 0.3 or more and no wrong one (test/compare.test.ts); the
 * seed's tasks against the 133 tasks of the 19 real plans of other places and subjects in ingest's fixtures
 * score at most 0.18, but for one true counterpart (烟花爆竹禁燃, 0.30); the same indicators worded alike in
 * two real reports (鞍山市 2024, 海城市 2023) score 0.93–1.0.
 */
export const MATCH_THRESHOLD = 0.3;

/** Bigrams every plan is full of: they make unrelated tasks look alike. */
const COMMON = new Set(['加快', '推进', '推动', '全面', '加强', '开展', '实施', '建设', '工作', '完成', '实现', '达到', '以上', '全市', '全县', '全省', '进一', '一步', '深入', '积极', '有效', '提升', '提高', '持续', '落实', '力度', '大力']);

/** The words of a task, without its numbers: a plan of 2025 rewords the same work as one of 2020. */
const wording = (text: string) => bigrams(text.replace(/[0-9０-９.%％]/g, ''), COMMON);

/** Numbers with a unit or a percent (下降7%, 建成5个, 30万吨), not years (2020年). */
const QUANTITY = /(?<![0-9.])[0-9]+(?:\.[0-9]+)?\s*(?:%|％|个百分点|万千瓦|万吨|万亩|万株|万人|万元|亿元|平方公里|公里|千米|公顷|亩|吨|立方米|千瓦|兆瓦|个|家|座|条|处|所|项|台|辆|户|人|株|米|天|倍|万|亿|次|批|套|只|头|张|份|本|场|名)/g;

export function quantitiesOf(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(QUANTITY)].map((m) => m[0].replace(/\s+/g, ''));
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

interface Group {
  function: string | null;
  name: string;
  units: Map<string, UnitRef>;
  lead: Set<string>;
  support: Set<string>;
}

/** The side's units grouped by function (a unit without one by its name), each with the tasks it leads and supports. */
function groups(side: SideData): Map<string, Group> {
  const byKey = new Map<string, Group>();
  for (const { taskId, unit, lead } of side.roles) {
    // Ingest keys each unit by its canonical relative name (市资源规划局 however a plan spelled it); a unit
    // stored before it did is keyed by its name.
    const fn = unit.function ?? unitFunction(unit.name, unit.kind);
    const key = fn === null ? `name\u0000${unit.name}` : `function\u0000${fn}`;
    let group = byKey.get(key);
    if (!group) {
      group = { function: fn, name: fn ?? unit.name, units: new Map(), lead: new Set(), support: new Set() };
      byKey.set(key, group);
    }
    group.units.set(unit.id, unitRef(unit));
    (lead ? group.lead : group.support).add(taskId);
  }
  return byKey;
}

function roleOf(group: Group | undefined): CompareRole | null {
  if (!group) return null;
  const units = [...group.units.values()].sort(compareUnitsByName);
  return {
    units: units.slice(0, LIMITS.detailItems),
    unitCount: units.length,
    lead: group.lead.size,
    support: [...group.support].filter((id) => !group.lead.has(id)).length,
  };
}

function contrastOf(a: CompareRole | null, b: CompareRole | null): Contrast {
  if (!b) return 'only-a';
  if (!a) return 'only-b';
  if (a.lead > 0 && b.lead === 0) return 'lead-a-support-b';
  if (b.lead > 0 && a.lead === 0) return 'lead-b-support-a';
  return 'both';
}

function departments(a: SideData, b: SideData): CompareDepartment[] {
  const [ga, gb] = [groups(a), groups(b)];
  const rows: CompareDepartment[] = [];
  for (const key of new Set([...ga.keys(), ...gb.keys()])) {
    const group = (ga.get(key) ?? gb.get(key)) as Group;
    const [ra, rb] = [roleOf(ga.get(key)), roleOf(gb.get(key))];
    rows.push({ function: group.function, name: group.name, a: ra, b: rb, contrast: contrastOf(ra, rb) });
  }
  const work = (d: CompareDepartment) => (d.a ? d.a.lead + d.a.support : 0) + (d.b ? d.b.lead + d.b.support : 0);
  return rows.sort((x, y) => work(y) - work(x) || cmp(x.name, y.name) || Number(x.function === null) - Number(y.function === null));
}

interface Matching {
  pairs: TaskPair[];
  unmatchedA: UnmatchedTask[];
  unmatchedB: UnmatchedTask[];
}

/** Every task of A scored against every task of B (Dice: twice the shared bigrams over both counts); pairs at or over the threshold taken best first, one-to-one. */
function matchTasks(tasksA: readonly CompareTask[], tasksB: readonly CompareTask[]): Matching {
  const gramsA = tasksA.map((t) => wording(t.text));
  const gramsB = tasksB.map((t) => wording(t.text));
  // B's bigrams as postings, so a task of A meets only the tasks of B it shares a bigram with.
  const postings = new Map<string, number[]>();
  gramsB.forEach((grams, j) => {
    for (const gram of grams) {
      const list = postings.get(gram);
      if (list) list.push(j);
      else postings.set(gram, [j]);
    }
  });
  const bestOfA = tasksA.map(() => ({ index: -1, score: 0 }));
  const bestOfB = tasksB.map(() => ({ index: -1, score: 0 }));
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  const sharedCounts = new Uint32Array(tasksB.length);
  gramsA.forEach((grams, i) => {
    sharedCounts.fill(0);
    for (const gram of grams) for (const j of postings.get(gram) ?? []) sharedCounts[j]! += 1;
    sharedCounts.forEach((shared, j) => {
      if (shared === 0) return;
      const score = (2 * shared) / (grams.size + gramsB[j]!.size);
      // Ties go to the earlier task in plan order (both lists are sorted).
      if (score > bestOfA[i]!.score) bestOfA[i] = { index: j, score };
      if (score > bestOfB[j]!.score) bestOfB[j] = { index: i, score };
      if (score >= MATCH_THRESHOLD) candidates.push({ i, j, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  const pairs: TaskPair[] = [];
  for (const { i, j, score } of candidates) {
    if (takenA.has(i) || takenB.has(j)) continue;
    takenA.add(i);
    takenB.add(j);
    pairs.push({ a: tasksA[i]!, b: tasksB[j]!, similarity: round3(score) });
  }
  const unmatched = (tasks: readonly CompareTask[], taken: Set<number>, best: Array<{ index: number; score: number }>, other: readonly CompareTask[]): UnmatchedTask[] =>
    tasks.flatMap((task, i) => (taken.has(i) ? [] : [{ task, closest: other[best[i]!.index] ?? null, similarity: round3(best[i]!.score) }]));
  return { pairs, unmatchedA: unmatched(tasksA, takenA, bestOfA, tasksB), unmatchedB: unmatched(tasksB, takenB, bestOfB, tasksA) };
}

function summary(side: SideData, tasks: readonly CompareTask[], page: CheckedPage): CompareSide {
  const years = new Map<number, number>();
  for (const task of tasks) for (const year of new Set(task.years)) years.set(year, (years.get(year) ?? 0) + 1);
  const targets = tasks.flatMap((task) => {
    const quantities = quantitiesOf(task.text);
    return quantities.length > 0 ? [{ task, quantities }] : [];
  });
  const plans = [...side.plans].sort((x, y) => cmp(x.id, y.id));
  return {
    kind: side.kind,
    key: side.key,
    label: side.label,
    jurisdiction: side.jurisdiction,
    plans: { items: plans.slice(0, LIMITS.detailItems), total: plans.length },
    tasks: tasks.length,
    units: new Set(side.roles.map((r) => r.unit.id)).size,
    years: [...years].sort(([x], [y]) => x - y).map(([year, n]) => ({ year, tasks: n })),
    targets: slice(targets, page),
  };
}

function slice<T>(items: readonly T[], page: CheckedPage): { items: T[]; total: number } {
  return { items: items.slice(page.offset, page.offset + page.limit), total: items.length };
}

/** The comparison of two sides: every list one page (`limit` after `offset`) with its total. */
export function compareSides(a: SideData, b: SideData, options: CheckedPage & { contrast: Contrast | null }): Comparison {
  const tasksA = [...a.tasks].sort(compareWork);
  const tasksB = [...b.tasks].sort(compareWork);
  const all = departments(a, b);
  const contrasts = Object.fromEntries(CONTRASTS.map((c) => [c, all.filter((d) => d.contrast === c).length])) as Record<Contrast, number>;
  const matching = matchTasks(tasksA, tasksB);
  return {
    a: summary(a, tasksA, options),
    b: summary(b, tasksB, options),
    limit: options.limit,
    offset: options.offset,
    threshold: MATCH_THRESHOLD,
    departments: slice(options.contrast === null ? all : all.filter((d) => d.contrast === options.contrast), options),
    contrasts,
    matched: slice(matching.pairs, options),
    unmatchedA: slice(matching.unmatchedA, options),
    unmatchedB: slice(matching.unmatchedB, options),
  };
}
