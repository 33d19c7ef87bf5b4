// The alias table: spellings of one body, former names, full and English names, and kinds.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UnitKind } from '@dutymap/model';
import { foldText } from '../text/normalize.js';

export const AliasEntry = z.object({
  name: z.string().min(1),
  fullName: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  predecessors: z.array(z.string()).optional(),
  nameEn: z.string().optional(),
  kind: UnitKind.optional(),
});
export type AliasEntry = z.infer<typeof AliasEntry>;

export const EnterpriseEntry = z.object({ name: z.string().min(1), aliases: z.array(z.string()).optional() });
export type EnterpriseEntry = z.infer<typeof EnterpriseEntry>;

/** The alias table's file format (see packages/ingest/data/aliases.json). */
export const AliasTable = z.object({
  units: z.array(AliasEntry).default([]),
  enterprises: z.array(EnterpriseEntry).default([]),
});
export type AliasTable = z.infer<typeof AliasTable>;

let defaultTable: AliasTable | undefined;

/** The alias table shipped with the package. */
export function defaultAliasTable(): AliasTable {
  defaultTable ??= AliasTable.parse(JSON.parse(readFileSync(new URL('../../data/aliases.json', import.meta.url), 'utf8')));
  return defaultTable;
}

/**
 * Folds look-alikes and traditional characters, removes spaces and unifies brackets, so
 * 各县(市、区)政府, 各縣（市、區）政府 and 市⽣态环境局 with a Kangxi radical meet their usual spelling.
 */
export function normalizeName(name: string): string {
  return foldText(name)
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/人民政府$/, '政府');
}

/** Looks names up in the alias table: a written spelling → the entry of its body. */
export class UnitRegistry {
  private readonly byKey = new Map<string, AliasEntry>();
  private readonly enterpriseByKey = new Map<string, EnterpriseEntry>();

  constructor(tables: readonly AliasTable[]) {
    // Later tables (the user's) override earlier ones (the package's).
    for (const table of tables) {
      for (const entry of table.units) {
        for (const spelling of [entry.name, entry.fullName, ...(entry.aliases ?? []), ...(entry.predecessors ?? [])]) {
          if (spelling) this.byKey.set(normalizeName(spelling), entry);
        }
      }
      for (const entry of table.enterprises) {
        for (const spelling of [entry.name, ...(entry.aliases ?? [])]) this.enterpriseByKey.set(normalizeName(spelling), entry);
      }
    }
  }

  /**
   * The entry of a key. The table's names are written for a city (市…); a province's or
   * county's document (省发改委, 县财政局) finds the same entry with its own level prefix.
   */
  unit(key: string): AliasEntry | undefined {
    const direct = this.byKey.get(key);
    if (direct) return direct;
    const level = /^(省|县|区)/.exec(key)?.[1];
    const entry = level ? this.byKey.get(`市${key.slice(1)}`) : undefined;
    if (!entry || !level) return undefined;
    const relevel = (name: string) => (name.startsWith('市') ? `${level}${name.slice(1)}` : name);
    return {
      ...entry,
      name: relevel(entry.name),
      ...(entry.fullName ? { fullName: relevel(entry.fullName) } : {}),
      aliases: (entry.aliases ?? []).map(relevel),
      predecessors: (entry.predecessors ?? []).map(relevel),
      ...(entry.nameEn ? { nameEn: entry.nameEn.replace(/^Municipal /, { 省: 'Provincial ', 县: 'County ', 区: 'District ' }[level] ?? 'Municipal ') } : {}),
    };
  }

  enterprise(name: string): EnterpriseEntry | undefined {
    return this.enterpriseByKey.get(normalizeName(name));
  }

  /** Every enterprise spelling in the table, longest first, for scanning text. */
  enterpriseSpellings(): string[] {
    return [...this.enterpriseByKey.keys()].sort((a, b) => b.length - a.length);
  }
}
