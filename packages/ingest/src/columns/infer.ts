// The role of every column from its header and its cells together, with the evidence for each, so
// a table whose task column is headed with an unknown word still yields its tasks.
import type { ColumnRole } from './roles.js';
import { UNIT_ROLES } from './roles.js';
import type { ColumnProfile } from './evidence.js';
import { describeProfile, holdsDates, holdsFigures, holdsNumbers, holdsPeople, holdsProse, holdsText, holdsUnits } from './evidence.js';

/** Why a column got its role: its header, its cells, or neither (ignored). */
export interface ColumnExplanation {
  index: number;
  header: string;
  role: ColumnRole | null;
  by: 'header' | 'content' | 'none';
  /** The evidence in words: the header matched, or what share of the cells looked like what. */
  reason: string;
  profile: string;
}

export interface InferredRoles {
  roles: Array<ColumnRole | null>;
  columns: ColumnExplanation[];
}

/**
 * Completes the header's roles from the cells: numbering, dates, people and figures where the
 * header names none; unit columns when no header names one (one → 责任单位, two → 牵头 and 配合);
 * the task text in the most prose-like column when no header names it, a shorter text column
 * before it as the task's title (or its group when its cells are merged).
 */
export function inferRoles(headerRoles: ReadonlyArray<ColumnRole | null>, profiles: readonly ColumnProfile[], kind: 'tasks' | 'projects'): InferredRoles {
  const roles = [...headerRoles];
  const by: Array<ColumnExplanation['by']> = roles.map((role) => (role === null ? 'none' : 'header'));
  const reasons: string[] = roles.map((role, i) => (role === null ? 'no header word and no clear content' : `header "${profiles[i]?.header ?? ''}" names ${role}`));
  const has = (role: ColumnRole) => roles.includes(role);
  const give = (index: number, role: ColumnRole, reason: string) => {
    roles[index] = role;
    by[index] = 'content';
    reasons[index] = reason;
  };
  const open = (p: ColumnProfile) => roles[p.index] === null && p.filled > 0;

  for (const p of profiles) {
    if (!open(p)) continue;
    if (holdsNumbers(p) && !has('number') && p.index <= 1) give(p.index, 'number', 'cells are row numbers');
    else if (holdsPeople(p)) give(p.index, 'leader', 'cells name people by office, not bodies');
    else if (holdsDates(p) && !has('deadline')) give(p.index, 'deadline', 'cells are dates or time spans');
    else if (holdsFigures(p)) give(p.index, 'note', 'cells are figures');
  }

  // Unit columns nobody named: one is 责任单位; two are 牵头 and 配合 in that order.
  const unitColumns = profiles.filter((p) => open(p) && holdsUnits(p));
  const namedUnits = roles.some((role) => role !== null && UNIT_ROLES.has(role));
  if (!namedUnits && unitColumns.length === 1) give(unitColumns[0]!.index, 'responsible', 'cells are body names');
  else if (!namedUnits && unitColumns.length >= 2) {
    give(unitColumns[0]!.index, 'lead', 'cells are body names; the first of two such columns leads');
    give(unitColumns[1]!.index, 'support', 'cells are body names; the second of two such columns supports');
  } else if (has('lead') && !has('support') && unitColumns.length > 0) {
    give(unitColumns[0]!.index, 'support', 'cells are body names beside the 牵头 column');
  }

  // 责任单位 beside 配合单位 is the lead column.
  if (!has('lead') && has('support') && has('responsible')) {
    const at = roles.indexOf('responsible');
    roles[at] = 'lead';
    reasons[at] = `${reasons[at]}; beside a 配合 column it leads`;
  }

  // The task text: the column with the most text, when no header names one; sentences first.
  const textRole: ColumnRole = kind === 'tasks' ? 'task' : 'projectContent';
  if (!has(textRole) && !(kind === 'projects' && has('projectName')) && !(has('projectContent') && kind === 'tasks')) {
    const candidates = profiles.filter((p) => roles[p.index] === null || roles[p.index] === 'note');
    const volume = (p: ColumnProfile) => p.meanLength * p.filled;
    const best = [...candidates.filter(holdsProse), ...candidates.filter(holdsText)].sort((a, b) => Number(holdsProse(b)) - Number(holdsProse(a)) || volume(b) - volume(a))[0];
    if (best) give(best.index, textRole, `the longest text of the table (${best.header ? `header "${best.header}" names no role` : 'no header'})`);
  }
  // A shorter text column before the task: its title, or its group when most cells are merged away.
  const task = roles.indexOf('task');
  if (task > 0) {
    for (const p of profiles.slice(0, task)) {
      if (!open(p) || !holdsText(p)) continue;
      if (p.filled >= 0.7 * p.rows && !has('title')) give(p.index, 'title', 'a shorter text before the task: its title');
      else if (!has('group')) give(p.index, 'group', 'a text before the task, merged over several rows: its group');
    }
  }

  return {
    roles,
    columns: profiles.map((p, i) => ({ index: i, header: p.header, role: roles[i] ?? null, by: by[i]!, reason: reasons[i]!, profile: describeProfile(p) })),
  };
}
