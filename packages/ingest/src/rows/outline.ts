// Turns a block stream into tables of typed records: headings, tasks and projects, with merged
// cells filled down and every record tied to its source lines.
import type { Diagnostic } from '@dutymap/model';
import type { RawBlock, RawCell, RawRow } from '../layout/blocks.js';
import { cellText } from '../layout/blocks.js';
import type { ColumnRole } from '../columns/roles.js';
import { DEFAULT_HEADER_PATTERNS, isHeader, matchHeader, mergeSubHeader } from '../columns/roles.js';
import type { ColumnExplanation } from '../columns/infer.js';
import { inferRoles } from '../columns/infer.js';
import { profileColumns } from '../columns/evidence.js';
import { alignRow } from './align.js';

export type TableKind = 'tasks' | 'projects';

export interface HeadingRecord {
  kind: 'heading';
  /** 2 = chapter (一、) or category; 3 = sub-heading (（一）) */
  level: 2 | 3;
  label: string | null;
  title: string;
  row: RawRow;
}

export interface TaskRecord {
  kind: 'task';
  number: number | null;
  group: string | null;
  /** A shorter text column beside the task's (an indicator, a project's name), when the table has one. */
  title: string | null;
  text: string;
  lead: RawCell | undefined;
  support: RawCell | undefined;
  responsible: RawCell | undefined;
  deadline: string | null;
  row: RawRow;
}

export interface ProjectRecord {
  kind: 'project';
  number: number | null;
  category: string | null;
  name: string;
  content: string;
  responsible: RawCell | undefined;
  lead: RawCell | undefined;
  support: RawCell | undefined;
  deadline: string | null;
  row: RawRow;
}

export type TableRecord = HeadingRecord | TaskRecord | ProjectRecord;

export interface OutlineTable {
  kind: TableKind;
  /** 附件N when the source says so, else the table's position (1-based). */
  annex: number;
  title: string;
  header: RawRow;
  roles: Array<ColumnRole | null>;
  /** Every column's role and the evidence for it (header or cells). */
  columns: ColumnExplanation[];
  records: TableRecord[];
}

export interface Outline {
  tables: OutlineTable[];
  /** Paragraphs outside tables, in order (titles, notes such as 列第一位的为牵头单位). */
  texts: Array<{ text: string; line: number }>;
}

const CHINESE_NUMERAL = '一二三四五六七八九十百零〇两';
const CHAPTER = new RegExp(`^([${CHINESE_NUMERAL}]+)\\s*[、.．，,]\\s*(.+)$`);
const PART = new RegExp(`^第([${CHINESE_NUMERAL}0-9]+)(?:章|部分|篇|节)\\s*(.*)$`);
const SUB_HEADING = new RegExp(`^[（(]([${CHINESE_NUMERAL}]+)[）)]\\s*(.+)$`);
const ANNEX = /^附(?:件|表)\s*([0-9０-９]+|[一二三四五六七八九十]+)?/;

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads 1..99 written in Arabic, full-width or Chinese numerals; null otherwise. */
export function readOrdinal(text: string): number | null {
  const ascii = text
    .trim()
    .replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/^[（(](.*)[）)]$/, '$1')
    .replace(/[.．、]$/, '');
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(ascii);
  if (!m || ascii === '') return null;
  const [, tens, ten, ones] = m;
  if (ten) return (tens ? CHINESE_DIGITS[tens]! : 1) * 10 + (ones ? CHINESE_DIGITS[ones]! : 0);
  return tens ? CHINESE_DIGITS[tens]! : null;
}

const CHINESE_ORDINAL = new RegExp(`^[（(]?([${CHINESE_NUMERAL}]+)[）)]?[、.．]?$`);

function headingOf(row: RawRow, kind: TableKind, numberColumn: number): HeadingRecord | null {
  const filled = row.cells.filter((cell) => cellText(cell) !== '');
  // 序号 一 (or （一）) beside a title: the chapter's numeral stands in the number column.
  const numeral = numberColumn >= 0 && filled.length === 2 && filled[0] === row.cells[numberColumn] ? CHINESE_ORDINAL.exec(cellText(filled[0])) : null;
  if (numeral) {
    const level = /^[（(]/.test(cellText(filled[0])) ? 3 : 2;
    return { kind: 'heading', level, label: numeral[1]!, title: cellText(filled[1]), row };
  }
  if (filled.length !== 1) return null;
  const text = cellText(filled[0]);
  if (row.cells.length > 2 && /^\d+$/.test(text)) return null;
  const sub = SUB_HEADING.exec(text);
  if (sub) return { kind: 'heading', level: 3, label: sub[1]!, title: sub[2]!.trim(), row };
  const chapter = CHAPTER.exec(text) ?? PART.exec(text);
  if (chapter) return { kind: 'heading', level: 2, label: chapter[1]!, title: chapter[2]!.trim(), row };
  // An unnumbered single cell: a chapter in a task table, a category in a project table.
  if (row.cells.length <= 2 || kind === 'projects' || text.length <= 40) {
    return { kind: 'heading', level: 2, label: null, title: text, row };
  }
  return null;
}

export interface OutlineOptions {
  headerPatterns?: ReadonlyArray<readonly [ColumnRole, RegExp]>;
  sourceName: string;
}

/** A table as found: its header, and its body rows before any of them is read. */
interface TableDraft {
  table: OutlineTable;
  rows: RawRow[];
}

/**
 * A first row of short labels above a row of data, when the labels are words no header table
 * knows (序号 | 主要指标 | 单位名称): the cells will tell the roles.
 */
function looksLikeHeader(cells: readonly string[], next: RawBlock | undefined): boolean {
  const filled = cells.filter((cell) => cell.trim() !== '');
  const labels = filled.length >= 2 && filled.every((cell) => cell.length <= 12 && !/[。；;，,]/.test(cell) && readOrdinal(cell) === null);
  if (!labels || next?.kind !== 'row') return false;
  const data = next.row.cells.map(cellText).filter((cell) => cell !== '');
  return data.length >= 2 && (readOrdinal(data[0]!) !== null || data.some((cell) => cell.length > 12));
}

const tableKindOf = (roles: ReadonlyArray<ColumnRole | null>): TableKind => {
  // A key-project table names its projects; 项目名称 with 牵头 and 配合 columns, or 项目内容 without
  // names, is a task table whose tasks are projects.
  const splitRoles = roles.includes('lead') && roles.includes('support');
  return roles.includes('projectName') && !roles.includes('task') && !splitRoles ? 'projects' : 'tasks';
};

/** Groups blocks into tables by their header rows, gives every column a role, and reads each row. */
export function buildOutline(blocks: readonly RawBlock[], options: OutlineOptions): { outline: Outline; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const drafts: TableDraft[] = [];
  const texts: Outline['texts'] = [];
  const patterns = options.headerPatterns ?? DEFAULT_HEADER_PATTERNS;
  let pendingAnnex: number | null = null;
  let pendingTitle = '';
  let draft: TableDraft | undefined;
  const warn = (code: Diagnostic['code'], message: string, line: number, field?: string, severity: Diagnostic['severity'] = 'warning') =>
    diagnostics.push({ severity, code, message, line, source: options.sourceName, ...(field ? { field } : {}) });

  let afterHeader: 'new' | 'repeated' | false = false; // the previous block was a header row
  let sawText = false; // a paragraph stood between the open table and this row
  const readParagraph = (text: string, line: number): void => {
    sawText = true;
    texts.push({ text, line });
    const annex = ANNEX.exec(text);
    if (annex) {
      // 附件1 alone, or 附件1：衢州市…分解表 with the title on the same line.
      pendingAnnex = annex[1] ? readOrdinal(annex[1]) : null;
      const rest = text.slice(annex[0].length).replace(/^[\s:：、.．]+/, '');
      if (rest !== '') pendingTitle = rest;
      draft = undefined;
    } else {
      pendingTitle = text;
    }
  };
  for (const [position, block] of blocks.entries()) {
    const justAfterHeader = afterHeader;
    afterHeader = false;
    if (block.kind === 'text') {
      readParagraph(block.text, block.line);
      continue;
    }
    const { row } = block;
    const cellTexts = row.cells.map(cellText);
    if (draft && justAfterHeader) {
      const merged = mergeSubHeader(draft.table.roles, cellTexts, patterns);
      if (merged) {
        // A repeated header's second row is already merged.
        if (justAfterHeader === 'new') draft.table.roles = merged;
        continue;
      }
    }
    const match = matchHeader(cellTexts, patterns);
    if (draft && !sawText && isHeader(match) && match.roles.join() === matchHeader(draft.table.header.cells.map(cellText), patterns).roles.join()) {
      // The header repeated at a page break: the same table goes on.
      afterHeader = 'repeated';
      continue;
    }
    sawText = false;
    if (isHeader(match) || (!draft && looksLikeHeader(cellTexts, blocks[position + 1]))) {
      afterHeader = 'new';
      draft = {
        table: { kind: tableKindOf(match.roles), annex: pendingAnnex ?? drafts.length + 1, title: pendingTitle, header: row, roles: match.roles, columns: [], records: [] },
        rows: [],
      };
      drafts.push(draft);
      pendingAnnex = null;
      pendingTitle = '';
      continue;
    }
    if (!draft) {
      const filled = cellTexts.filter((text) => text !== '');
      // A title or 附件 line written as a row of its own inside the table (common in .docx).
      if (filled.length === 1) readParagraph(filled[0]!, row.start);
      else if (filled.length > 1) warn('orphan-row', 'a table row before any header row (序号, 工作任务, 牵头单位 …) is ignored', row.start);
      continue;
    }
    draft.rows.push(row);
  }
  const tables = drafts.map(({ table, rows }) => {
    completeRoles(table, rows);
    readRecords(table, rows, warn);
    return table;
  });
  return { outline: { tables, texts }, diagnostics };
}

/** Fills the roles the header leaves open from what the body cells hold, and records why. */
function completeRoles(table: OutlineTable, rows: readonly RawRow[]): void {
  const headers = table.header.cells.map(cellText);
  while (headers.length < table.roles.length) headers.push('');
  const bodyRows = rows.filter((row) => row.cells.filter((cell) => cellText(cell) !== '').length >= 2).map((row) => row.cells.map(cellText));
  const inferred = inferRoles(table.roles, profileColumns(headers, bodyRows), table.kind);
  table.roles = inferred.roles;
  table.columns = inferred.columns;
  table.kind = tableKindOf(table.roles);
}

/** Adds the unit cells of a further row of a merged task to it (cells merged from above add nothing). */
function continueTask(
  task: TaskRecord,
  row: RawRow,
  units: Pick<TaskRecord, 'lead' | 'support' | 'responsible'>,
  isMerged: (role: ColumnRole) => boolean,
): void {
  for (const role of ['lead', 'support', 'responsible'] as const) {
    const more = units[role];
    if (!more || isMerged(role) || more.lines.every((line) => line === '')) continue;
    const had = task[role];
    task[role] = had ? { lines: [...had.lines, ...more.lines], start: had.start, end: more.end } : more;
  }
  task.row = { ...task.row, end: row.end };
}

type Warn = (code: Diagnostic['code'], message: string, line: number, field?: string, severity?: Diagnostic['severity']) => void;

/** Reads a table's body rows by column role: headings, tasks and projects, merged cells filled down. */
function readRecords(table: OutlineTable, rows: readonly RawRow[], warn: Warn): void {
  // Merged cells read as blank: the last value seen stands for them.
  const fill: { group: string | null; category: string | null; name: string } = { group: null, category: null, name: '' };
  table.columns.forEach((column) => {
    if (column.by === 'content') warn('column-from-content', `column ${column.index + 1} "${column.header}" read as ${column.role}: ${column.reason}`, table.header.start, column.role ?? undefined, 'info');
    else if (column.role === null && column.header !== '') warn('unknown-column', `column ${column.index + 1} "${column.header}" has no known role and is ignored`, table.header.start, undefined, 'info');
  });
  // The cells of the data row above, for cells merged down into this one (rowspan, vMerge).
  let above: RawCell[] | undefined;
  const EMPTY_CELL: RawCell = { lines: [], start: 0, end: 0 };
  for (const row of rows) {
    // A row that cells from above reach into goes on the rows above: it is no heading.
    const heading = row.cells.some((c) => c.mergedAbove) ? null : headingOf(row, table.kind, table.roles.indexOf('number'));
    if (heading) {
      above = undefined;
      table.records.push(heading);
      if (heading.level === 2) fill.group = null;
      if (table.kind === 'projects') fill.category = heading.title;
      continue;
    }
    const aligned = alignRow(row.cells, table.roles);
    if (row.cells.length < table.roles.length) {
      const missing = table.roles.filter((role, i) => role !== null && aligned.cells[i] === undefined);
      warn('missing-cell', `row has ${row.cells.length} of ${table.roles.length} cells; read by their content, ${missing.join(', ') || 'no named column'} taken as empty`, row.start, missing[0] ?? undefined, 'info');
    } else if (aligned.dropped.length > 0) {
      warn('extra-cell', `row has ${row.cells.length} cells but the header has ${table.roles.length}; the cells that fit no column are left out: ${aligned.dropped.map((c) => `"${cellText(c)}"`).join(', ')}`, row.start);
    }
    const cells = aligned.cells.map((c, i) => (c?.mergedAbove && above?.[i] ? above[i]! : c));
    above = cells.map((c) => c ?? EMPTY_CELL);
    const cell = (role: ColumnRole): RawCell | undefined => {
      const index = table.roles.indexOf(role);
      return index < 0 ? undefined : cells[index];
    };
    const isMerged = (role: ColumnRole): boolean => aligned.cells[table.roles.indexOf(role)]?.mergedAbove === true;
    const text = (role: ColumnRole): string => cellText(cell(role));
    const numberText = text('number');
    let number: number | null = null;
    if (numberText !== '') {
      number = readOrdinal(numberText);
      if (number === null) warn('bad-number', `序号 "${numberText}" is not a number`, cell('number')!.start, 'number');
    }
    const deadline = text('deadline') || null;
    if (table.kind === 'tasks') {
      const group = text('group');
      if (group !== '') fill.group = group;
      const title = text('title') || text('projectName');
      const body = text('task') || text('projectContent');
      const taskText = body || title;
      const previous = table.records[table.records.length - 1];
      if (previous?.kind === 'task' && (isMerged('task') || (!cell('task') && isMerged('title'))) && taskText === previous.text) {
        // The task's cell is merged over this row: its units here are more units of the same task.
        continueTask(previous, row, { lead: cell('lead'), support: cell('support'), responsible: cell('responsible') }, isMerged);
        continue;
      }
      if (taskText === '' && !cell('lead') && !cell('responsible')) continue;
      if (taskText === '' && number === null) continue;
      table.records.push({
        kind: 'task', number, group: fill.group, title: body && title ? title : null, text: taskText,
        lead: cell('lead'), support: cell('support'), responsible: cell('responsible'), deadline, row,
      });
    } else {
      const category = text('category');
      if (category !== '') fill.category = category;
      let name = text('projectName');
      const content = text('projectContent');
      if (name === '' && content === '') continue;
      if (name === '') {
        // A blank name cell is merged with the project above.
        name = fill.name;
        if (number === null) {
          warn('missing-cell', 'project row without 序号 or name: read as a further row of the project above', row.start, 'projectName', 'info');
        }
      }
      fill.name = name;
      table.records.push({
        kind: 'project', number, category: fill.category, name, content,
        responsible: cell('responsible'), lead: cell('lead'), support: cell('support'), deadline, row,
      });
    }
  }
}
