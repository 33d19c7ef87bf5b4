// Column roles found from header cells by name, not by position.
import { foldText } from '../text/normalize.js';

export const COLUMN_ROLES = [
  'number',
  'group',
  'title',
  'task',
  'lead',
  'support',
  'responsible',
  'deadline',
  'projectName',
  'projectContent',
  'category',
  'leader',
  'note',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Roles whose columns hold body names. */
export const UNIT_ROLES: ReadonlySet<ColumnRole> = new Set(['lead', 'support', 'responsible']);

/**
 * Header names per role, tried in order; the first that matches wins. Users replace this through
 * `ParseOptions.headerPatterns`. Patterns match the header folded (simplified characters, no
 * spaces, no bracketed notes). Gathered from real plans of many provinces and levels.
 */
export const DEFAULT_HEADER_PATTERNS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ['number', /^(序号|编号|序列号|序|项次|排序|No\.?|NO\.?)$/i],
  // People, not bodies: 责任领导, 牵头领导, 分管领导, 责任人 (before the unit roles, which they resemble).
  ['leader', /^(?!.*(单位|部门|处室|科室)).*(领导|责任人|联系人|负责人|分管|包保|挂帅|领衔)/],
  ['projectName', /^(项目名称|项目|项目名|工程名称|项目\(工程\)名称)$/],
  ['projectContent', /^(项目内容|建设内容|主要建设内容|项目建设内容|项目概况|建设规模及内容|建设规模和内容|建设规模|主要内容及规模)/],
  // One column for both, the lead marked in the cell: 牵头单位及配合单位, 牵头和配合单位.
  ['responsible', /牵头.{0,3}配合|配合.{0,3}牵头/],
  ['lead', /^(牵头|主责|责任牵头|主办|牵头负责)(单位|部门|处室|科室)?$|牵头(单位|部门|处室|科室)|主责(单位|部门)/],
  ['support', /^(配合|协同|协办|协助|参与|协作|共同)(单位|部门|处室|科室)?$|(配合|协同|协办|参与|协作)(单位|部门|处室)/],
  [
    'responsible',
    /^(责任|实施|承办|主办|落实|负责|承担|完成|执行|主管|职能)(单位|部门|主体|分工|处室)|^(分工|责任分工|职责分工|任务分工|责任主体|主体责任|单位|部门|责任方)$|^主要(责任|负责)(单位|部门)/,
  ],
  // Progress by period (第一季度 … 第四季度, 6月, 上半年) under a 阶段性目标 header: notes, not tasks.
  ['note', /^(第?[一二三四1-4]季度|[一二三四五六七八九十0-9]{1,2}月(份|底)?|[上下]半年|全年)$/],
  ['note', /^(备注|说明|进展|完成情况|推进情况|工作进展|分值|评分|考核方式|考核办法|指标值|目标值|资金|投资|总投资|金额|预算|资金来源|年度投资|计划投资|现状|基础)/],
  ['deadline', /(完成|时间|时限|期限|进度安排|时序|节点|年限|截止)/],
  ['group', /^(工作内容|重点任务|重点工作|任务类别|工作重点|主要内容|类别|领域|重点领域|工作类别|板块|专项|方面|一级指标|指标类别|考核项目|工作类型|任务分类|大类|分类|类型|门类)$/],
  [
    'task',
    /^(工作任务|具体任务|主要任务|任务内容|工作措施|主要措施|具体措施|任务举措|具体工作|工作事项|具体内容|主要工作|工作要求|任务要求|具体举措|推进措施|实施内容|工作内容及要求|任务|重点工作任务|目标任务|任务目标|工作目标|目标要求|年度目标|年度任务|考核内容|考核要求|考核指标|评价内容|改革事项|改革举措|政策措施|措施|内容|事项|二级指标|三级指标|指标|工作内容和要求|任务及措施|主要任务及措施|目标及措施|具体目标|工作举措)$|(任务|措施|举措|事项|内容|要求|目标)$/,
  ],
  ['category', /^(项目类别|项目类型|分类|类型|项目分类)$/],
];

export interface HeaderMatch {
  /** The role of each column, or null for a column no pattern names. */
  roles: Array<ColumnRole | null>;
  /** How many columns got a role. */
  named: number;
}

/** A header name folded, without spaces and bracketed notes (責任單位（排第一位的为牵头单位） → 责任单位). */
const compact = (text: string): string =>
  foldText(text)
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[:：*＊]$/, '')
    // 2022年预期目标: the year says when, not what the column holds.
    .replace(/^\d{4}年(度)?/, '');

/** Gives each header cell a role; an unnamed leading column of a project table is its category. */
export function matchHeader(
  headers: readonly string[],
  patterns: ReadonlyArray<readonly [ColumnRole, RegExp]> = DEFAULT_HEADER_PATTERNS,
): HeaderMatch {
  const taken = new Set<ColumnRole>();
  const roles = headers.map((header): ColumnRole | null => {
    const name = compact(header);
    // Header cells are short; a long cell is data, whatever words it holds.
    if (name === '' || name.length > 16) return null;
    for (const [role, pattern] of patterns) {
      if (!taken.has(role) && pattern.test(name)) {
        // Several columns may hold people or notes; every other role names one column.
        if (role !== 'leader' && role !== 'note') taken.add(role);
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
