// Shared helpers: the seed plan, parsed once, and lookups by the numbers people use.
import { readFileSync } from 'node:fs';
import type { DutyGraph, Relation } from '@dutymap/model';
import { parsePlan } from '../../src/index.js';

export const SEED_PATH = new URL('../../../../seeds/quzhou-eco-civilization-plan.txt', import.meta.url);
export const SEED_TEXT = readFileSync(SEED_PATH, 'utf8');
export const SEED_NAME = 'quzhou-eco-civilization-plan.txt';

export function parseSeed() {
  return parsePlan(SEED_TEXT, { sourceName: SEED_NAME });
}

type Role = 'LEADS' | 'SUPPORTS' | 'RESPONSIBLE_FOR';

/** Sorted unit names with `role` on task/project `number`; explicit edges unless `inferred`. */
export function unitsWith(graph: DutyGraph, role: Role, number: number, options: { inferred?: boolean } = {}): string[] {
  const target = role === 'RESPONSIBLE_FOR' ? graph.projects.find((p) => p.number === number) : graph.tasks.find((t) => t.number === number);
  if (!target) throw new Error(`no ${role === 'RESPONSIBLE_FOR' ? 'project' : 'task'} ${number}`);
  const names = new Map(graph.units.map((u) => [u.id, u.name]));
  return graph.relations
    .filter((r: Relation) => r.type === role && r.to === target.id && Boolean(r.inferred) === Boolean(options.inferred))
    .map((r) => names.get(r.from) ?? r.from)
    .sort((a, b) => a.localeCompare(b, 'zh'));
}

export const sorted = (names: string[]): string[] => [...names].sort((a, b) => a.localeCompare(b, 'zh'));
