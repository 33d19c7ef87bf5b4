// What the cells of a column say it holds, for columns whose header does not name a role: task
// prose, unit names, dates, numbering, people, figures. Real plans head the task column with
// anything (the plan's subject, 考核内容, 年度目标); the cells still tell.
import type { ColumnRole } from './roles.js';

/** Measured features of one column's data cells (shares are of its filled cells). */
export interface ColumnProfile {
  index: number;
  header: string;
  /** Cells with text, of all data rows. */
  filled: number;
  rows: number;
  meanLength: number;
  /** Share of cells that are lists of body names (市发改委、市财政局). */
  units: number;
  /** Share of cells that read as sentences (。；, or long text). */
  prose: number;
  /** Share of cells that are dates or time spans (2025年底前, 长期坚持, 6月). */
  dates: number;
  /** Share of cells that are row numbers (1, 2, （3）). */
  numbers: number;
  /** Share of cells naming people by office (张三副县长, 县长). */
  people: number;
  /** Share of cells that are figures (35%, 120万元, 5个). */
  figures: number;
}

// How a body's name ends: a department, a government, a party or people's organisation, a company.
const BODY_END =
  /(局|委|办|厅|署|部|院|会|政府|中心|公司|集团|室|组|所|站|队|社|馆|处|科|联|行|团|校|台|厂|场|园|区|县|市|镇|乡|街道|单位|部门|机构|办公室|管委会|指挥部|专班|监狱|医院|大学|学院|报社)$/;
const BODY_SEPARATORS = /[、，,；;\s/／]+/;
const PERSON_TITLE = /(书记|县长|市长|省长|区长|镇长|乡长|主任|局长|部长|秘书长|主席|院长|厅长|同志|常委)$/;
const DATE =
  /^(\d{4}|[12]\d{3}年|[0-9０-９一二三四五六七八九十]{1,2}月|长期|持续|常态化|年底|年内|全年|每年|逐年|每季度|每月|按(年度|季度|月|时间|计划|要求)|[上下]半年|\d{4}[-—～~至]|到\d{4}|\d{1,2}[.．]\d{1,2})/;
const NUMBER = /^[（(]?([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[)）.．、]?$/;
const FIGURE = /^[\d.．,，%％\s]*(%|％|万元|亿元|元|个|家|项|户|人|公里|千米|米|亩|公顷|吨|座|处|台|辆|次|所|条|万|亿)?$/;
const SENTENCE = /[。；;！？]|[，,].{6,}/;

const PROSE_MIN_LENGTH = 24;

function isBodyList(text: string): boolean {
  const parts = text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/等(相关|有关)?(部门|单位)?$/, '')
    .replace(/^(牵头|配合|责任)(单位|部门)?[:：]/, '')
    .split(BODY_SEPARATORS)
    .filter((part) => part !== '');
  if (parts.length === 0) return false;
  const named = parts.filter((part) => part.length <= 24 && (BODY_END.test(part) || /^各/.test(part)));
  return named.length / parts.length >= 0.6 && !SENTENCE.test(text.replace(/[；;]/g, '、'));
}

export type CellKind = 'empty' | 'number' | 'date' | 'units' | 'prose' | 'text';

/** What one cell holds, by the same tests the column profiles count. */
export function cellKind(text: string): CellKind {
  const cell = text.trim();
  if (cell === '') return 'empty';
  if (NUMBER.test(cell)) return 'number';
  if (isBodyList(cell)) return 'units';
  if (cell.length <= 40 && DATE.test(cell.replace(/\s/g, ''))) return 'date';
  return SENTENCE.test(cell) || cell.length >= PROSE_MIN_LENGTH ? 'prose' : 'text';
}

/** Profiles every column of a table's data rows. */
export function profileColumns(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): ColumnProfile[] {
  return headers.map((header, index) => {
    const cells = rows.map((row) => (row[index] ?? '').trim()).filter((cell) => cell !== '');
    const share = (test: (cell: string) => boolean): number => (cells.length === 0 ? 0 : cells.filter(test).length / cells.length);
    return {
      index,
      header,
      filled: cells.length,
      rows: rows.length,
      meanLength: cells.length === 0 ? 0 : cells.reduce((n, cell) => n + cell.length, 0) / cells.length,
      units: share(isBodyList),
      prose: share((cell) => SENTENCE.test(cell) || cell.length >= PROSE_MIN_LENGTH),
      dates: share((cell) => cell.length <= 40 && DATE.test(cell.replace(/\s/g, ''))),
      numbers: share((cell) => NUMBER.test(cell)),
      people: share((cell) => cell.length <= 40 && cell.split(BODY_SEPARATORS).every((part) => PERSON_TITLE.test(part))),
      figures: share((cell) => cell.length <= 20 && /\d/.test(cell) && FIGURE.test(cell)),
    };
  });
}

/** The role a column's cells point to, and why, or null when they point nowhere. */
export interface ContentEvidence {
  role: ColumnRole | null;
  reason: string;
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** Describes a profile in a line a developer can check against the cells. */
export function describeProfile(p: ColumnProfile): string {
  return `${p.filled}/${p.rows} filled, mean ${p.meanLength.toFixed(1)} chars; units ${percent(p.units)}, prose ${percent(p.prose)}, dates ${percent(p.dates)}, numbers ${percent(p.numbers)}, people ${percent(p.people)}, figures ${percent(p.figures)}`;
}

/** Whether a column's cells are mostly body names. */
export const holdsUnits = (p: ColumnProfile): boolean => p.filled > 0 && p.units >= 0.6 && p.people < 0.5;
/** Whether a column's cells are mostly sentences: a task's text. */
export const holdsProse = (p: ColumnProfile): boolean => p.filled > 0 && p.units < 0.5 && (p.prose >= 0.4 || p.meanLength >= 14);
export const holdsDates = (p: ColumnProfile): boolean => p.filled > 0 && p.dates >= 0.6 && p.units < 0.3;
export const holdsNumbers = (p: ColumnProfile): boolean => p.filled > 0 && p.numbers >= 0.8;
export const holdsPeople = (p: ColumnProfile): boolean => p.filled > 0 && p.people >= 0.5;
export const holdsFigures = (p: ColumnProfile): boolean => p.filled > 0 && p.figures >= 0.6;
/** Whether a column holds short text that is neither names, numbers nor dates (a title, a category). */
export const holdsText = (p: ColumnProfile): boolean => p.filled > 0 && p.units < 0.5 && p.numbers < 0.5 && p.dates < 0.5 && p.meanLength >= 2;
