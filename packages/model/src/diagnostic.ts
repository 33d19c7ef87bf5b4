// Diagnostics: what a parser found wrong with its input, as data with a location.
import { z } from 'zod';

export const DIAGNOSTIC_CODES = [
  'unreadable-file',
  'unsupported-format',
  'archive-too-large',
  'no-table',
  'no-tasks',
  'no-header',
  'no-unit-column',
  'unknown-column',
  'column-from-content',
  'task-without-text',
  'unit-without-task',
  'no-jurisdiction',
  'missing-cell',
  'extra-cell',
  'bad-number',
  'duplicate-number',
  'empty-units',
  'orphan-row',
  'unknown-unit',
  'bad-alias-table',
  'internal-error',
] as const;
export const DiagnosticCode = z.enum(DIAGNOSTIC_CODES);
export type DiagnosticCode = z.infer<typeof DiagnosticCode>;

export const Severity = z.enum(['fatal', 'error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Diagnostic = z
  .object({
    severity: Severity,
    code: DiagnosticCode,
    message: z.string(),
    /** 1-based line in the source, when the finding has one. */
    line: z.number().int().positive().optional().describe('1-based line in the source, when the finding has one'),
    /** The column role or field concerned (牵头单位 → lead). */
    field: z.string().optional().describe('the column role or field concerned (牵头单位 → lead)'),
    source: z.string().optional().describe('the file it was found in'),
  })
  .meta({ id: 'Diagnostic', description: 'what a parser found wrong with its input, with where' });
export type Diagnostic = z.infer<typeof Diagnostic>;

/** Formats a diagnostic the way compilers do: `file:line: severity code: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.source, d.line].filter((part) => part !== undefined).join(':');
  const field = d.field ? ` [${d.field}]` : '';
  return `${where ? `${where}: ` : ''}${d.severity} ${d.code}${field}: ${d.message}`;
}
