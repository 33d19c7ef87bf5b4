// Column roles found from header cells by name, not by position.

export const COLUMN_ROLES = [
  'number',
  'group',
  'task',
  'lead',
  'support',
  'responsible',
  'deadline',
  'projectName',
  'projectContent',
  'category',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/**
 * Header names per role, tried in order; the first that matches wins. Users extend this through
 * `ParseOptions.headerNames`. Patterns match the header with spaces removed.
 */
export const DEFAULT_HEADER_PATTERNS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ['number', /^(序号|编号|序列号|No\.?)$/i],
  ['projectName', /^(项目名称|项目)$/],
  ['projectContent', /^(项目内容|建设内容|主要建设内容|项目建设内容|项目概况)/],
  ['lead', /^(牵头|主责|责任牵头|主办)(单位|部门|处室)?$|牵头(单位|部门)/],
  ['support', /^(配合|协同|协办|协助|参与)(单位|部门|处室)?$|(配合|协同|协办|参与)(单位|部门)/],
  ['responsible', /^(责任|实施|承办|主办)(单位|部门|主体|分工)|^(分工|责任分工|职责分工)$/],
  ['deadline', /(完成|时间|时限|期限|进度)/],
  ['group', /^(工作内容|重点任务|重点工作|任务类别|工作重点|主要内容|类别|领域)$/],
  ['task', /^(工作任务|具体任务|主要任务|任务内容|工作措施|主要措施|具体措施|任务举措|具体工作|工作事项|具体内容|主要工作|工作要求|任务要求|具体举措|推进措施|实施内容|工作内容及要求|任务)$/],
  ['category', /^(项目类别|项目类型|分类|类型)$/],
];

export interface HeaderMatch {
  /** The role of each column, or null for a column no pattern names. */
  roles: Array<ColumnRole | null>;
  /** How many columns got a role. */
  named: number;
}

/** A header name without spaces and bracketed notes (责任单位（排第一位的为牵头单位） → 责任单位). */
const compact = (text: string): string => text.replace(/[\s\u3000]+/g, '').replace(/[（(][^）)]*[）)]/g, '');

/** Gives each header cell a role; an unnamed leading column of a project table is its category. */
export function matchHeader(
  headers: readonly string[],
  patterns: ReadonlyArray<readonly [ColumnRole, RegExp]> = DEFAULT_HEADER_PATTERNS,
): HeaderMatch {
  const taken = new Set<ColumnRole>();
  const roles = headers.map((header): ColumnRole | null => {
    const name = compact(header);
    if (name === '') return null;
    for (const [role, pattern] of patterns) {
      if (!taken.has(role) && pattern.test(name)) {
        taken.add(role);
        return role;
      }
    }
    return null;
  });
  // A table with only a group-like column (重点任务) names its tasks there.
  if (!taken.has('task') && taken.has('group') && !taken.has('projectName')) {
    roles[roles.indexOf('group')] = 'task';
  }
  // An unnamed first column in a project table holds the merged category cells.
  if (taken.has('projectName') && roles[0] === null && compact(headers[0] ?? '') === '') roles[0] = 'category';
  return { roles, named: roles.filter((role) => role !== null).length };
}

/**
 * Reads the second row of a two-level header (责任单位 above 牵头单位 | 配合单位) into the
 * header's roles, or returns null when the row is not one: every filled cell must name a role.
 * A full-width second row overlays by position; a short one replaces the column it subdivides
 * (the 责任单位 one, else the last).
 */
export function mergeSubHeader(
  roles: ReadonlyArray<ColumnRole | null>,
  cells: readonly string[],
  patterns: ReadonlyArray<readonly [ColumnRole, RegExp]> = DEFAULT_HEADER_PATTERNS,
): Array<ColumnRole | null> | null {
  const names = cells.map(compact);
  const filled = names.filter((c) => c !== '');
  if (filled.length < 2) return null;
  const sub: Array<ColumnRole | null> = [];
  for (const name of names) {
    if (name === '') {
      sub.push(null);
      continue;
    }
    const hit = patterns.find(([, pattern]) => pattern.test(name));
    if (!hit) return null;
    sub.push(hit[0]);
  }
  if (cells.length === roles.length) return roles.map((role, i) => sub[i] ?? role);
  let at = roles.indexOf('responsible');
  if (at < 0) at = roles.length - 1;
  return [...roles.slice(0, at), ...(sub as ColumnRole[]), ...roles.slice(at + 1)];
}

/** A row is a header when it names at least two columns, one of them a task, project or unit column. */
export function isHeader(match: HeaderMatch): boolean {
  const core = match.roles.some(
    (role) => role === 'task' || role === 'projectName' || role === 'lead' || role === 'responsible',
  );
  return core && match.named >= 2;
}
