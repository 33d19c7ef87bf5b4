// Rows whose cells do not line up with the header: a merged cell left out of a text dump, an extra
// sub-heading cell before the task. The cells go to the columns their content fits, in order.
import type { RawCell } from '../layout/blocks.js';
import { cellText } from '../layout/blocks.js';
import type { ColumnRole } from '../columns/roles.js';
import type { CellKind } from '../columns/evidence.js';
import { cellKind } from '../columns/evidence.js';

const UNIT: ReadonlySet<ColumnRole | null> = new Set(['lead', 'support', 'responsible']);
const TEXT: ReadonlySet<ColumnRole | null> = new Set(['task', 'projectContent']);

/** How well a cell of `kind` fits a column of `role`: positive fits, negative clashes. */
function fit(kind: CellKind, role: ColumnRole | null): number {
  switch (kind) {
    case 'empty':
      return 0;
    case 'number':
      return role === 'number' ? 3 : role === 'note' ? 0 : -2;
    case 'units':
      return UNIT.has(role) ? 3 : role === 'leader' ? 0 : TEXT.has(role) ? -2 : -1;
    case 'date':
      return role === 'deadline' ? 3 : role === 'note' ? 1 : UNIT.has(role) ? -2 : -1;
    case 'prose':
      return TEXT.has(role) ? 3 : role === 'title' || role === 'group' || role === 'note' ? 1 : -3;
    case 'text':
      return UNIT.has(role) ? -1 : role === 'number' || role === 'deadline' ? -2 : 1;
  }
}

// A cell left without a column costs this much: only a clearly better fit drops one.
const DROP = -2;

export interface AlignedRow {
  /** One cell (or none) per column. */
  cells: Array<RawCell | undefined>;
  /** Cells no column took. */
  dropped: RawCell[];
}

/**
 * Places a row's cells in the header's columns, keeping their order: as written when the counts
 * match; otherwise the order-keeping placement whose cells fit their columns best, preferring
 * the columns at the end to stay empty (a missing last cell is the usual case).
 */
export function alignRow(cells: readonly RawCell[], roles: ReadonlyArray<ColumnRole | null>): AlignedRow {
  const n = roles.length;
  if (cells.length === n) return { cells: [...cells], dropped: [] };
  const kinds = cells.map((cell) => cellKind(cellText(cell)));
  const k = cells.length;
  // best[i][j]: best score placing the first i cells in the first j columns.
  const best = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
  const step = Array.from({ length: k + 1 }, () => new Array<'take' | 'skipColumn' | 'dropCell'>(n + 1));
  best[0]![0] = 0;
  for (let i = 0; i <= k; i += 1) {
    for (let j = 0; j <= n; j += 1) {
      if (i === 0 && j === 0) continue;
      // Ties go to taking; a column left empty late costs less than one left empty early.
      const options: Array<[number, 'take' | 'skipColumn' | 'dropCell']> = [];
      if (i > 0 && j > 0) options.push([best[i - 1]![j - 1]! + fit(kinds[i - 1]!, roles[j - 1]!), 'take']);
      if (j > 0) options.push([best[i]![j - 1]! - 0.01 * (n - j), 'skipColumn']);
      // Of two equally good cells to leave out, the later one goes: the earlier keeps its column.
      if (i > 0 && k > n) options.push([best[i - 1]![j]! + DROP - 0.01 * (k - i), 'dropCell']);
      for (const [score, move] of options) {
        if (score > best[i]![j]!) {
          best[i]![j] = score;
          step[i]![j] = move;
        }
      }
    }
  }
  const placed: Array<RawCell | undefined> = new Array(n).fill(undefined);
  const dropped: RawCell[] = [];
  for (let i = k, j = n; i > 0 || j > 0; ) {
    const move = step[i]![j];
    if (move === 'take') placed[--j] = cells[--i];
    else if (move === 'skipColumn') j -= 1;
    else dropped.unshift(cells[--i]!);
  }
  return { cells: placed, dropped };
}
