// The library entry: a plan's text → { ok, graph, diagnostics }. Never throws on bad input.
import type { Diagnostic, DutyGraph } from '@dutymap/model';
import { ids } from '@dutymap/model';
import { createHash } from 'node:crypto';
import type { SourceLayout } from './layout/blocks.js';
import { readTextLayout } from './layout/text-layout.js';
import type { ColumnRole } from './columns/roles.js';
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

export interface ParseResult {
  /** False when a fatal diagnostic says the graph is unusable. */
  ok: boolean;
  graph: DutyGraph;
  diagnostics: Diagnostic[];
}

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
  return { ok: false, graph: emptyGraph(content, sourceName), diagnostics: [{ severity: 'fatal', code, message, source: sourceName }] };
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
    const { outline, diagnostics } = buildOutline(layout.blocks, { sourceName, ...(options.headerPatterns ? { headerPatterns: options.headerPatterns } : {}) });
    if (outline.tables.length === 0) {
      diagnostics.push({
        severity: 'fatal',
        code: 'no-table',
        message: 'no responsibility table found: no row names columns such as 序号, 工作任务, 牵头单位, 配合单位, 责任单位 or 项目名称',
        source: sourceName,
        line: 1,
      });
      return { ok: false, graph: emptyGraph(content, sourceName), diagnostics };
    }
    const built = buildGraph(outline, { content, sourceLines: layout.sourceLines, sourceName, registry, jurisdiction: options.jurisdiction });
    diagnostics.push(...built.diagnostics);
    if (built.graph.tasks.length === 0 && built.graph.projects.length === 0) {
      const header = outline.tables[0]!.header;
      diagnostics.push({ severity: 'fatal', code: 'no-tasks', message: 'the table has a header but no task or project rows', source: sourceName, line: header.start });
    }
    return { ok: !diagnostics.some((d) => d.severity === 'fatal'), graph: built.graph, diagnostics };
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
