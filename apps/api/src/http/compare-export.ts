// A comparison of two plans or places for a spreadsheet: every list whole, one table per part.
import type { GraphStore } from '@dutymap/graph';
import { divisionCodeOf } from '@dutymap/ingest';
import type { CompareSide, CompareSideRef, CompareTask, Comparison, Contrast } from '@dutymap/model';
import { LIMITS } from '@dutymap/model';
import type { Sheet } from './csv.js';

/** The parts of a comparison export: a sheet each in XLSX, one chosen by `part` in CSV. */
export const COMPARE_PARTS = ['departments', 'matched', 'unmatched', 'targets'] as const;
export type ComparePart = (typeof COMPARE_PARTS)[number];

/**
 * A side's query value: a document id as the store makes them (`doc_` and base-36 characters) is a plan;
 * anything else is the name of a place (衢州市), with its code when it is a GB/T 2260 division.
 */
export function compareSideOf(value: string): CompareSideRef {
  if (/^doc_[0-9a-z]+$/.test(value)) return { document: value };
  // A GB/T 2260 division covers the places under it, as in every scope (浙江省: its cities' plans).
  const code = divisionCodeOf(value);
  return code === undefined ? { jurisdiction: value } : { jurisdiction: value, jurisdictionCode: code };
}

/** The whole comparison: each list read page by page (a side holds at most LIMITS.compareTasks tasks). */
export async function wholeComparison(graph: GraphStore, a: CompareSideRef, b: CompareSideRef): Promise<Comparison> {
  const limit = LIMITS.pageSize.max;
  const first = await graph.compare(a, b, { limit, offset: 0 });
  const lists = (c: Comparison): Array<{ items: unknown[]; total: number }> => [c.departments, c.matched, c.unmatchedA, c.unmatchedB, c.a.targets, c.b.targets];
  for (let offset = limit; lists(first).some((list) => list.items.length < list.total); offset += limit) {
    const next = await graph.compare(a, b, { limit, offset });
    lists(first).forEach((list, i) => list.items.push(...(lists(next)[i]?.items ?? [])));
    if (lists(next).every((list) => list.items.length === 0)) break;
  }
  return first;
}

function contrastText(contrast: Contrast, a: string, b: string): string {
  switch (contrast) {
    case 'only-a': return `仅${a}`;
    case 'only-b': return `仅${b}`;
    case 'lead-a-support-b': return `${a}牵头，${b}仅配合`;
    case 'lead-b-support-a': return `${b}牵头，${a}仅配合`;
    default: return '两方均有';
  }
}

/** The plan a task stands in (a place's side may hold several), by its title. */
const planOf = (side: CompareSide, task: CompareTask) => side.plans.items.find((p) => p.id === task.documentId)?.title ?? task.documentId;

/** The tables of a comparison, by part, headed in Chinese with the two sides' names. */
export function compareSheets(c: Comparison): Record<ComparePart, Sheet> {
  const [a, b] = [c.a.label, c.b.label];
  const names = (units: ReadonlyArray<{ name: string }> | undefined) => (units ?? []).map((u) => u.name).join('、');
  return {
    departments: {
      title: '部门对比',
      header: ['部门（职能）', `${a}单位`, `${a}牵头任务`, `${a}配合任务`, `${b}单位`, `${b}牵头任务`, `${b}配合任务`, '对比'],
      rows: c.departments.items.map((d) => [d.name, names(d.a?.units), d.a?.lead ?? 0, d.a?.support ?? 0, names(d.b?.units), d.b?.lead ?? 0, d.b?.support ?? 0, contrastText(d.contrast, a, b)]),
    },
    matched: {
      title: '相似任务',
      header: ['相似度', `${a}文件`, `${a}序号`, `${a}工作任务`, `${b}文件`, `${b}序号`, `${b}工作任务`],
      rows: c.matched.items.map((p) => [p.similarity, planOf(c.a, p.a), p.a.number, p.a.text, planOf(c.b, p.b), p.b.number, p.b.text]),
    },
    unmatched: {
      title: '无对应任务',
      header: ['方', '文件', '序号', '工作任务', '最接近的任务', '相似度'],
      rows: [
        ...c.unmatchedA.items.map((u) => [a, planOf(c.a, u.task), u.task.number, u.task.text, u.closest ? `${u.closest.number}. ${u.closest.text}` : '', u.similarity]),
        ...c.unmatchedB.items.map((u) => [b, planOf(c.b, u.task), u.task.number, u.task.text, u.closest ? `${u.closest.number}. ${u.closest.text}` : '', u.similarity]),
      ],
    },
    targets: {
      title: '年份与目标',
      header: ['方', '类别', '年份或序号', '任务数或量化目标', '工作任务'],
      rows: [c.a, c.b].flatMap((side) => [
        ...side.years.map((y) => [side.label, '目标年份', y.year, y.tasks, '']),
        ...side.targets.items.map((t) => [side.label, '量化目标', t.task.number, t.quantities.join('、'), t.task.text]),
      ]),
    },
  };
}
