// The library entry: a plan's text → { ok, graph, diagnostics }. Never throws on bad input.
import type { Diagnostic, DutyGraph } from '@dutymap/model';
import { ids } from '@dutymap/model';
import { createHash } from 'node:crypto';
import type { SourceLayout } from './layout/blocks.js';
import { readTextLayout } from './layout/text-layout.js';
import { inlineListLayout } from './layout/inline-list.js';
import type { ColumnRole } from './columns/roles.js';
import { UNIT_ROLES } from './columns/roles.js';
import type { ColumnExplanation } from './columns/infer.js';
import type { JurisdictionSource } from './extract/jurisdiction.js';
import { buildOutline } from './rows/outline.js';
import { buildGraph } from './build-graph.js';
import type { AliasTable } from './extract/registry.js';
import { UnitRegistry, defaultAliasTable } from './extract/registry.js';

export interface ParseOptions {
  /** Name of the source (file name); used in diagnostics and provenance. */
  sourceName: string;
  /** Extra alias tables, applied after the shipped one (later entries win). */
  aliases?: AliasTable | readonly AliasTable[];
  /** Leave out the shipped alias table (default: use it). */
  defaultAliases?: boolean;
  /** Header names per column role, replacing the defaults (see DEFAULT_HEADER_PATTERNS). */
  headerPatterns?: ReadonlyArray<readonly [ColumnRole, RegExp]>;
  /** The issuing government, when the title does not name it. */
  jurisdiction?: string;
}

/** Why the parser read the document as it did: its jurisdiction and every column's role. */
export interface ParseExplanation {
  jurisdiction: { name: string; code: string | null; from: JurisdictionSource };
  tables: Array<{ annex: number; title: string; kind: 'tasks' | 'projects'; headerLine: number; columns: ColumnExplanation[] }>;
}

export interface ParseResult {
  /** False when a fatal or error diagnostic says the graph is unusable or incomplete. */
  ok: boolean;
  graph: DutyGraph;
  diagnostics: Diagnostic[];
  explain: ParseExplanation;
}

const NOTHING_EXPLAINED: ParseExplanation = { jurisdiction: { name: '', code: null, from: 'none' }, tables: [] };
const isBlocking = (d: Diagnostic): boolean => d.severity === 'fatal' || d.severity === 'error';

function emptyGraph(content: string | Uint8Array, sourceName: string): DutyGraph {
  return {
    document: {
      id: ids.document('', sourceName),
      title: sourceName,
      jurisdiction: '',
      sha256: createHash('sha256').update(content).digest('hex'),
      sourceName,
    },
    sections: [],
    tasks: [],
    projects: [],
    units: [],
    enterprises: [],
    places: [],
    relations: [],
  };
}

/** A result for input that could not be read at all: an empty graph and one fatal diagnostic. */
export function failedResult(content: string | Uint8Array, sourceName: string, code: Diagnostic['code'], message: string): ParseResult {
  return { ok: false, graph: emptyGraph(content, sourceName), diagnostics: [{ severity: 'fatal', code, message, source: sourceName, line: 1 }], explain: NOTHING_EXPLAINED };
}

/**
 * Parses a layout read by any reader (text dump, docx, spreadsheet, HTML); `content` is the
 * source as read, for the document's sha256.
 */
export function parseLayout(layout: SourceLayout, content: string | Uint8Array, options: ParseOptions): ParseResult {
  const sourceName = options.sourceName;
  try {
    const extra = options.aliases === undefined ? [] : Array.isArray(options.aliases) ? options.aliases : [options.aliases as AliasTable];
    const registry = new UnitRegistry([...(options.defaultAliases === false ? [] : [defaultAliasTable()]), ...extra]);
    const outlineOptions = { sourceName, ...(options.headerPatterns ? { headerPatterns: options.headerPatterns } : {}) };
    let { outline, diagnostics } = buildOutline(layout.blocks, outlineOptions);
    // No table: the tasks may be paragraphs that name their units inline.
    const inline = outline.tables.length === 0 ? inlineListLayout(layout) : undefined;
    if (inline) ({ outline, diagnostics } = buildOutline(inline.blocks, outlineOptions));
    const tables: ParseExplanation['tables'] = outline.tables.map((t) => ({ annex: t.annex, title: t.title, kind: t.kind, headerLine: t.header.start, columns: t.columns }));
    const fail = (code: Diagnostic['code'], message: string, line: number): ParseResult => {
      diagnostics.push({ severity: 'fatal', code, message, source: sourceName, line });
      return { ok: false, graph: emptyGraph(content, sourceName), diagnostics, explain: { ...NOTHING_EXPLAINED, tables } };
    };
    if (outline.tables.length === 0) {
      const rows = layout.blocks.filter((b) => b.kind === 'row');
      if (layout.blocks.length === 0) return fail('no-table', 'the file holds no text', 1);
      if (rows.length > 0) {
        return fail('no-header', `${rows.length} table rows from line ${rows[0]!.row.start} on, but none is a header naming its columns (序号, 工作任务, 牵头单位, 配合单位, 责任单位 …)`, rows[0]!.row.start);
      }
      return fail('no-table', 'no responsibility table found: no row names columns such as 序号, 工作任务, 牵头单位, 配合单位, 责任单位 or 项目名称', 1);
    }
    const withUnits = outline.tables.filter((t) => t.roles.some((role) => role !== null && UNIT_ROLES.has(role)));
    for (const table of outline.tables.filter((t) => !withUnits.includes(t))) {
      const severity = withUnits.length === 0 ? 'fatal' : 'warning';
      diagnostics.push({ severity, code: 'no-unit-column', message: `the table headed "${table.header.cells.map((c) => c.lines.join('')).join(' | ')}" has no column of units (牵头单位, 配合单位, 责任单位 …), by header or by content`, source: sourceName, line: table.header.start });
    }
    if (withUnits.length === 0) return { ok: false, graph: emptyGraph(content, sourceName), diagnostics, explain: { ...NOTHING_EXPLAINED, tables } };
    const built = buildGraph(outline, { content, sourceLines: layout.sourceLines, sourceName, registry, jurisdiction: options.jurisdiction });
    diagnostics.push(...built.diagnostics);
    if (built.graph.tasks.length === 0 && built.graph.projects.length === 0) {
      const header = outline.tables[0]!.header;
      diagnostics.push({ severity: 'fatal', code: 'no-tasks', message: 'the table has a header but no task or project rows', source: sourceName, line: header.start });
    }
    const { document } = built.graph;
    const explain: ParseExplanation = { jurisdiction: { name: document.jurisdiction, code: document.jurisdictionCode ?? null, from: built.jurisdictionSource }, tables };
    return { ok: !diagnostics.some(isBlocking), graph: built.graph, diagnostics, explain };
  } catch (error) {
    // A bug of ours must not take the caller down: report it as data, like any other finding.
    return failedResult(content, sourceName, 'internal-error', `the parser failed: ${(error as Error).message}`);
  }
}

/** Parses a plan in the TAB text layout (see DOMAIN.md). */
export function parsePlan(text: string, options: ParseOptions): ParseResult {
  const source = typeof text === 'string' ? text : '';
  return parseLayout(readTextLayout(source), source, options);
}
