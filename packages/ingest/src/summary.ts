// A person-readable account of a parsed plan: counts and the most involved units.
import type { Diagnostic, DutyGraph } from '@dutymap/model';
import type { ParseExplanation } from './parse-plan.js';

export interface UnitInvolvement {
  unitId: string;
  name: string;
  lead: number;
  support: number;
  projects: number;
  total: number;
}

/** Explicit (not inferred) responsibilities per unit, most involved first, ties by name. */
export function unitInvolvement(graph: DutyGraph): UnitInvolvement[] {
  const byId = new Map(graph.units.map((u) => [u.id, { unitId: u.id, name: u.name, lead: 0, support: 0, projects: 0, total: 0 }]));
  for (const r of graph.relations) {
    const row = byId.get(r.from);
    if (!row || r.inferred) continue;
    if (r.type === 'LEADS') row.lead += 1;
    else if (r.type === 'SUPPORTS') row.support += 1;
    else if (r.type === 'RESPONSIBLE_FOR') row.projects += 1;
    else continue;
    row.total += 1;
  }
  return [...byId.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh'));
}

const pad = (text: string, width: number): string => {
  // CJK characters take two columns in a terminal.
  const columns = [...text].reduce((n, ch) => n + (/[\u2e80-\uffdc]/.test(ch) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(0, width - columns));
};

export function formatSummary(graph: DutyGraph, diagnostics: readonly Diagnostic[], top = 10): string {
  const count = (kind: string) => graph.sections.filter((s) => s.kind === kind).length;
  const relations = new Map<string, { explicit: number; inferred: number }>();
  for (const r of graph.relations) {
    const entry = relations.get(r.type) ?? { explicit: 0, inferred: 0 };
    if (r.inferred) entry.inferred += 1;
    else entry.explicit += 1;
    relations.set(r.type, entry);
  }
  const severities = ['fatal', 'error', 'warning', 'info'].map((s) => `${diagnostics.filter((d) => d.severity === s).length} ${s}`);
  const lines = [
    `${graph.document.title}${graph.document.jurisdiction ? ` (${graph.document.jurisdiction})` : ''} — ${graph.document.sourceName}`,
    ...(graph.document.year || graph.document.issuer ? [`  issued${graph.document.year ? ` ${graph.document.year}` : ''}${graph.document.issuer ? ` by ${graph.document.issuer}` : ''}`] : []),
    `  ${count('annex')} tables · ${count('chapter')} chapters · ${count('group')} work-content groups · ${count('category')} project categories`,
    `  ${graph.tasks.length} tasks · ${graph.projects.length} projects · ${graph.units.length} units · ${graph.enterprises.length} enterprises · ${graph.places.length} places`,
    `  relations: ${[...relations].map(([type, n]) => `${type} ${n.explicit}${n.inferred ? ` (+${n.inferred} inferred)` : ''}`).join(', ')}`,
    `  diagnostics: ${severities.join(', ')}`,
    '',
    `Most involved units          lead  support  projects`,
  ];
  unitInvolvement(graph)
    .slice(0, top)
    .forEach((u, i) => {
      lines.push(`${String(i + 1).padStart(3)}. ${pad(u.name, 24)}${String(u.lead).padStart(5)}${String(u.support).padStart(9)}${String(u.projects).padStart(10)}`);
    });
  return lines.join('\n');
}

/** The role of every column of every table and why, and where the jurisdiction came from. */
export function formatExplanation(file: string, explain: ParseExplanation): string {
  const { jurisdiction } = explain;
  const lines = [
    `${file}`,
    `  jurisdiction: ${jurisdiction.name || '(none)'}${jurisdiction.code ? ` [${jurisdiction.code}]` : ''} — from ${jurisdiction.from}`,
  ];
  for (const table of explain.tables) {
    lines.push(`  table ${table.annex} (${table.kind}, header at line ${table.headerLine})${table.title ? ` ${table.title}` : ''}`);
    for (const c of table.columns) {
      lines.push(`    ${String(c.index + 1).padStart(2)}. ${pad(c.header || '(blank)', 20)} → ${(c.role ?? 'ignored').padEnd(14)} by ${c.by}: ${c.reason}`);
      lines.push(`        ${c.profile}`);
    }
  }
  return lines.join('\n');
}
