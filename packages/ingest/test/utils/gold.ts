// Scores a parse against a hand-checked gold reading: lead/support/responsible edges per task,
// matched by the start of the task's text.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import type { DutyGraph } from '@dutymap/model';
import { normalizeName } from '../../src/extract/registry.js';

export interface GoldTask {
  text: string;
  lead?: string[];
  support?: string[];
}
export interface GoldProject {
  name: string;
  responsible?: string[];
}
export interface Gold {
  source: string;
  title: string;
  jurisdiction: string;
  /** False when the document never names its jurisdiction: the test passes it as an option. */
  jurisdictionNamed?: boolean;
  /** The year it was issued (its date, document number or own title's year); null when the text never says. */
  year: number | null;
  /** The body that signed or sent it, as written; null when the text never names one. */
  issuer: string | null;
  notes?: string;
  tasks: GoldTask[];
  projects?: GoldProject[];
}

export interface RealFixture {
  slug: string;
  path: string;
  gold: Gold;
}

export const REAL_DIR = new URL('../fixtures/real/', import.meta.url);

/** Every fixture folder under test/fixtures/real with its source file and gold. */
export function realFixtures(): RealFixture[] {
  return readdirSync(REAL_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = new URL(`${entry.name}/`, REAL_DIR);
      const source = readdirSync(dir).find((file) => file.startsWith('source.'));
      if (!source || !existsSync(new URL('gold.json', dir))) throw new Error(`fixture ${entry.name} needs source.* and gold.json`);
      return { slug: entry.name, path: new URL(source, dir).pathname, gold: JSON.parse(readFileSync(new URL('gold.json', dir), 'utf8')) as Gold };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Gold tasks no parsed task's text starts like. */
  unmatchedTasks: string[];
  /** Edges missed or invented, as "role item unit" lines, for a failing test's message. */
  misses: string[];
}

const fold = (text: string): string => normalizeName(text).replace(/[，,。.；;：:、“”"'‘’]/g, '');

/** Precision, recall and F1 of the explicit responsibility edges of `graph` against `gold`. */
export function scoreAgainstGold(graph: DutyGraph, gold: Gold): Score {
  const spellings = new Map(graph.units.map((u) => [u.id, new Set([u.name, ...u.aliases].map(fold))]));
  const items: Array<{ id: string; text: string }> = [
    ...graph.tasks.map((t) => ({ id: t.id, text: fold(`${t.title ?? ''}${t.text}`) })),
    ...graph.tasks.map((t) => ({ id: t.id, text: fold(t.text) })),
    ...graph.projects.map((p) => ({ id: p.id, text: fold(p.name) })),
  ];
  const edgesTo = new Map<string, Array<{ role: string; unitId: string }>>();
  for (const r of graph.relations) {
    if (r.inferred || (r.type !== 'LEADS' && r.type !== 'SUPPORTS' && r.type !== 'RESPONSIBLE_FOR')) continue;
    edgesTo.set(r.to, [...(edgesTo.get(r.to) ?? []), { role: r.type, unitId: r.from }]);
  }
  const used = new Set<string>();
  const unmatchedTasks: string[] = [];
  const misses: string[] = [];
  let tp = 0;
  let fn = 0;
  const goldItems = [
    ...gold.tasks.map((t) => ({ text: t.text, edges: [...(t.lead ?? []).map((u) => ['LEADS', u] as const), ...(t.support ?? []).map((u) => ['SUPPORTS', u] as const)] })),
    ...(gold.projects ?? []).map((p) => ({ text: p.name, edges: (p.responsible ?? []).map((u) => ['RESPONSIBLE_FOR', u] as const) })),
  ];
  for (const item of goldItems) {
    const want = fold(item.text);
    const match = items.find((candidate) => !used.has(candidate.id) && want !== '' && candidate.text.startsWith(want));
    if (!match) {
      unmatchedTasks.push(item.text);
      fn += item.edges.length;
      continue;
    }
    used.add(match.id);
    const found = [...(edgesTo.get(match.id) ?? [])];
    for (const [role, unit] of item.edges) {
      const at = found.findIndex((e) => (role === 'RESPONSIBLE_FOR' || e.role === role) && spellings.get(e.unitId)?.has(fold(unit)));
      if (at >= 0) {
        tp += 1;
        found.splice(at, 1);
      } else {
        fn += 1;
        misses.push(`missing ${role} ${item.text.slice(0, 12)} ${unit}`);
      }
    }
    for (const extra of found) misses.push(`extra ${extra.role} ${item.text.slice(0, 12)} ${[...(spellings.get(extra.unitId) ?? [])][0]}`);
  }
  let fp = misses.filter((m) => m.startsWith('extra')).length;
  for (const [to, edges] of edgesTo) if (!used.has(to)) fp += edges.length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1, unmatchedTasks, misses };
}
