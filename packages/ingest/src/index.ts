// @dutymap/ingest: a plan's responsibility tables → DutyGraph + diagnostics.

// Parsing
export { parsePlan, parseLayout } from './parse-plan.js';
export type { ParseOptions, ParseResult } from './parse-plan.js';
export { parsePlanFile, decodeText, SUPPORTED_EXTENSIONS, DEFAULT_MAX_INFLATED_BYTES } from './read-file.js';
export type { ReadOptions } from './read-file.js';

// Readers and the layout they produce, for other file formats
export { readTextLayout } from './layout/text-layout.js';
export type { RawBlock, RawCell, RawRow, SourceLayout } from './layout/blocks.js';

// Column roles and the alias table, to adapt the parser to other plans
export { COLUMN_ROLES, DEFAULT_HEADER_PATTERNS } from './columns/roles.js';
export type { ColumnRole } from './columns/roles.js';
export { AliasTable, defaultAliasTable } from './extract/registry.js';
export { IMPLEMENTS_THRESHOLD } from './extract/implements.js';

// GB/T 2260 divisions: a place's code from its name and back (the API's scope filters and place tree)
export { divisionCodeOf, divisionLabelOf } from './extract/divisions.js';
