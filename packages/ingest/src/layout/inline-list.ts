// Plans without a table: numbered task paragraphs that name their units inline, as many
// 政府工作报告 breakdowns and action plans do —
//   1.全面实施……清单管理。（市政府办公室、市审改办牵头，市级各有关部门按职责分工负责）
//   ……。（牵头单位：市发展改革委；配合单位：市财政局）  or a following line 责任单位：区发改局、区财政局
// Each such paragraph becomes a row of a table with known columns, so the rest of the parser reads
// it like any other; chapter paragraphs (一、…, （一）…) become its heading rows.
import type { RawBlock, RawCell, RawRow, SourceLayout } from './blocks.js';
import { splitOutsideBrackets } from '../text/split.js';
import { simplifiedText } from '../text/normalize.js';

/** The columns every synthesised row has, named as a header row would name them. */
const HEADER = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'] as const;

const OPENERS: Record<string, string> = { '）': '（', ')': '(', '】': '【', ']': '[', '〕': '〔' };
const ITEM_NUMBER = /^\s*(?:[（(]\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|([0-9０-９]{1,3})\s*[.．、]|第([一二三四五六七八九十]+)条)\s*/;
const CHAPTER = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+(?:章|部分))/;
const DUTY_WORD = /(牵头|负责|配合|责任单位|责任部门|主责|协办|参与单位|协同)/;
const LABEL =
  /^(牵头单位|牵头部门|牵头|主责单位|主责部门|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位|协同单位|部门分工|责任分工|分工|[^:：，,。]{0,6}(?:领导|责任人)|完成时限|完成时间|时间节点|时限)\s*[:：]\s*/;
const DUTY_LINE = new RegExp(`${LABEL.source}\\S`);
const LEAD_END = /(牵头负责|牵头抓总|牵头|负总责)$/;
const SUPPORT_END = /(按职责分工负责|按职责分工落实|按职能职责负责|按职责负责|分别负责|共同负责|共同推进|配合|参与|协助|协同)$/;
const PERSON_TITLE = /(省长|市长|县长|区长|州长|秘书长|书记|主任|部长|常委|同志)$/;
const DEADLINE = /(\d{4}年|[0-9一二三四五六七八九十]+月|年底|年内|长期|持续|常态化|前完成)/;
const BODY_END = /(局|委|办|厅|署|部|院|会|政府|中心|公司|集团|室|组|所|站|队|社|馆|处|联|行|团|单位|部门|机构|管委会|办公室|专班|指挥部|镇|乡|街道)$/;

/** Bodies as the text assigns them; `plain` are named with no role word (责任单位：…, a bare list). */
interface Duty {
  lead: string[];
  support: string[];
  plain: string[];
  deadline: string;
}

/** The bracket group that ends a paragraph (before a final 。；), as [its start, its content]. */
function trailingBracket(text: string): [number, string] | undefined {
  const trimmed = text.replace(/[。；;.\s]+$/, '');
  const close = trimmed[trimmed.length - 1];
  if (!close || !OPENERS[close]) return undefined;
  let depth = 0;
  for (let i = trimmed.length - 1; i >= 0; i -= 1) {
    const ch = trimmed[i]!;
    if (OPENERS[ch]) depth += 1;
    else if (Object.values(OPENERS).includes(ch)) {
      depth -= 1;
      if (depth === 0) return [i, trimmed.slice(i + 1, -1)];
    }
  }
  return undefined;
}

const CLAUSE_SEPARATORS = new Set(['；', ';', '，', ',']);
/** Splits at the separators between clauses (；; ，,), outside brackets. */
const clausesOf = (text: string): string[] => splitOutsideBrackets(text, CLAUSE_SEPARATORS);

const isBodyList = (text: string): boolean => {
  const parts = text
    .replace(/[（(〔【[][^）)〕】\]]*[）)〕】\]]/g, '')
    .split(/[、\s]+/)
    .filter(Boolean);
  return parts.length > 0 && parts.filter((p) => BODY_END.test(p.replace(/等.*$/, '')) || /^各/.test(p)).length / parts.length >= 0.6;
};

/** Reads who leads and who supports from the words of a duty clause. */
function readDuty(text: string): Duty | undefined {
  const lead: string[] = [];
  const support: string[] = [];
  const plain: string[] = [];
  let deadline = '';
  let named = false;
  // The list a label opened, which unlabelled lists after it continue (责任单位：各有关部门，各开发区).
  let labelled: string[] | undefined;
  for (let clause of clausesOf(text.replace(/[。.；;]+$/, ''))) {
    const label = LABEL.exec(clause);
    labelled = label ? undefined : labelled;
    if (label) {
      clause = clause.slice(label[0].length);
      const word = label[1]!;
      if (/领导|责任人/.test(word)) continue;
      // 部门分工：省发展改革委牵头，各地、各部门配合 — the clauses say the roles themselves.
      if (/分工$/.test(word)) {
        const inner = readDuty(clause);
        if (inner) {
          lead.push(...inner.lead);
          support.push(...inner.support);
          plain.push(...inner.plain);
          named = true;
        }
        continue;
      }
      if (/时限|时间|节点/.test(word)) {
        deadline = clause;
        continue;
      }
      named = true;
      labelled = /^(牵头|主责)/.test(word) ? lead : /^责任/.test(word) ? plain : support;
      labelled.push(clause);
      continue;
    }
    if (labelled && isBodyList(clause)) {
      labelled.push(clause);
      continue;
    }
    // 及 joins two bodies (市级各有关部门及各县市区政府) where 和 belongs to names (发展和改革委员会).
    const units = clause.replace(/(?<=(局|委|办|部门|政府|单位|中心|公司|厅))及/g, '、');
    if (LEAD_END.test(units)) {
      lead.push(units.replace(LEAD_END, ''));
      named = true;
    } else if (SUPPORT_END.test(units)) {
      const stripped = units.replace(SUPPORT_END, '').replace(/(按职责)?负责$/, '');
      if (!stripped.split('、').every((part) => PERSON_TITLE.test(part))) support.push(stripped);
      named = true;
    } else if (/负责$/.test(units)) {
      const stripped = units.replace(/负责$/, '');
      if (!stripped.split('、').every((part) => PERSON_TITLE.test(part))) plain.push(stripped);
      named = true;
    } else if (DEADLINE.test(units) && !isBodyList(units)) {
      deadline = units;
    } else if (isBodyList(units)) {
      plain.push(units);
      named = true;
    }
  }
  return named ? { lead, support, plain, deadline } : undefined;
}

/** Without a lead, every body named is accountable; beside one, the others support. */
function resolve(duty: Duty): { lead: string[]; support: string[] } {
  return duty.lead.length > 0 ? { lead: duty.lead, support: [...duty.support, ...duty.plain] } : { lead: [...duty.plain, ...duty.support], support: [] };
}

type Entry = { kind: 'text'; block: RawBlock } | { kind: 'heading'; text: string; line: number } | { kind: 'item'; item: Item };

interface Item {
  number: string;
  text: string;
  duty: Duty;
  start: number;
  end: number;
}

const cellOf = (text: string, start: number, end: number): RawCell => ({ lines: [text], start, end });
const rowOf = (cells: string[], start: number, end: number): RawRow => ({ cells: cells.map((c) => cellOf(c, start, end)), start, end });

/**
 * Rebuilds a layout whose paragraphs carry their duties inline as a table, or returns undefined
 * when fewer than two paragraphs do.
 */
export function inlineListLayout(layout: SourceLayout): SourceLayout | undefined {
  const texts = layout.blocks.filter((b): b is Extract<RawBlock, { kind: 'text' }> => b.kind === 'text');
  const out: Entry[] = [];
  for (const block of texts) {
    // Duties and numbers are read in simplified characters (牽頭單位); the task keeps the text as written.
    const written = block.text.trim();
    const text = simplifiedText(written);
    const asWritten = (start: number, end?: number) => (text.length === written.length ? written : text).slice(start, end);
    const previous = out[out.length - 1];
    // 责任单位：… (or 牵头领导：…) on its own line belongs to the item or paragraph above.
    if (DUTY_LINE.test(text) && previous) {
      const duty = readDuty(text) ?? { lead: [], support: [], plain: [], deadline: '' };
      // （一）地区生产总值增长7%以上 / 责任单位：区发改局: a heading that names its own units is a task.
      if (previous.kind === 'heading') {
        if (resolve(duty).lead.length > 0) {
          const { number, body } = splitNumber(previous.text);
          out[out.length - 1] = { kind: 'item', item: { number, text: body, duty, start: previous.line, end: block.line } };
          continue;
        }
      } else if (previous.kind === 'item') {
        previous.item.duty = merge(previous.item.duty, duty);
        previous.item.end = block.line;
        continue;
      } else if (previous.block.kind === 'text' && !DUTY_LINE.test(simplifiedText(previous.block.text))) {
        const { number, body } = splitNumber(previous.block.text);
        out[out.length - 1] = { kind: 'item', item: { number, text: body, duty, start: previous.block.line, end: block.line } };
        continue;
      }
    }
    const bracket = trailingBracket(text);
    const duty = bracket && (DUTY_WORD.test(bracket[1]) || clausesOf(bracket[1]).every(isBodyList)) ? readDuty(bracket[1]) : undefined;
    if (duty && bracket) {
      const { number, body } = splitNumber(asWritten(0, bracket[0]));
      out.push({ kind: 'item', item: { number, text: body.replace(/[，,；;]$/, '。'), duty, start: block.line, end: block.line } });
    } else if (CHAPTER.test(text) && text.length <= 60) {
      out.push({ kind: 'heading', text: asWritten(0), line: block.line });
    } else {
      out.push({ kind: 'text', block });
    }
  }
  // A paragraph followed only by its leader's name names no unit: it stays prose.
  for (const [i, entry] of out.entries()) {
    if (entry.kind === 'item' && resolve(entry.item.duty).lead.length === 0) out[i] = { kind: 'text', block: { kind: 'text', text: entry.item.text, line: entry.item.start } };
  }
  const items = out.filter((o) => o.kind === 'item');
  if (items.length < 2) return undefined;

  const blocks: RawBlock[] = [];
  const firstItem = out.findIndex((o) => o.kind === 'item');
  // The header stands before the first heading that has items under it, or the first item.
  let headerAt = firstItem;
  for (let i = firstItem - 1; i >= 0 && out[i]!.kind !== 'item'; i -= 1) if (out[i]!.kind === 'heading') headerAt = i;
  out.forEach((entry, i) => {
    if (i === headerAt) {
      const line = entry.kind === 'item' ? entry.item.start : entry.kind === 'heading' ? entry.line : 1;
      blocks.push({ kind: 'row', row: rowOf([...HEADER], line, line) });
    }
    if (entry.kind === 'text') {
      if (i < headerAt) blocks.push(entry.block);
    } else if (entry.kind === 'heading') {
      if (i >= headerAt && hasItemsBelow(out, i)) blocks.push({ kind: 'row', row: rowOf([entry.text], entry.line, entry.line) });
    } else {
      const { item } = entry;
      const { lead, support } = resolve(item.duty);
      blocks.push({ kind: 'row', row: rowOf([item.number, item.text, lead.join('、'), support.join('、'), item.duty.deadline], item.start, item.end) });
    }
  });
  return { blocks, sourceLines: layout.sourceLines };
}

function splitNumber(text: string): { number: string; body: string } {
  const match = ITEM_NUMBER.exec(text);
  if (!match) return { number: '', body: text.trim() };
  return { number: match[1] ?? match[2] ?? match[3] ?? '', body: text.slice(match[0].length).trim() };
}

const merge = (a: Duty, b: Duty): Duty => ({
  lead: [...a.lead, ...b.lead],
  support: [...a.support, ...b.support],
  plain: [...a.plain, ...b.plain],
  deadline: a.deadline || b.deadline,
});

const rankOf = (entry: Entry | undefined): number => (entry?.kind === 'heading' && /^\s*[（(]/.test(entry.text) ? 2 : 1);

/** Whether a heading has an item before the next heading of its rank or above. */
function hasItemsBelow(out: readonly Entry[], at: number): boolean {
  for (let i = at + 1; i < out.length; i += 1) {
    if (out[i]!.kind === 'item') return true;
    if (out[i]!.kind === 'heading') return rankOf(out[i]) <= rankOf(out[at]) ? false : hasItemsBelow(out, i);
  }
  return false;
}
