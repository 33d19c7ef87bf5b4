// The seed plan parsed once through @dutymap/ingest, for the test suites of graph, search and api.
import { fileURLToPath } from 'node:url';
import { parsePlanFile } from '@dutymap/ingest';
import type { DutyGraph } from '@dutymap/model';

export const SEED_PATH = fileURLToPath(new URL('../../seeds/quzhou-eco-civilization-plan.txt', import.meta.url));

let cached: Promise<DutyGraph> | undefined;

/** The seed's DutyGraph; fails loudly if ingest reports a fatal diagnostic. */
export function seedGraph(): Promise<DutyGraph> {
  cached ??= parsePlanFile(SEED_PATH).then(({ graph, diagnostics }) => {
    const fatal = diagnostics.filter((d) => d.severity === 'fatal');
    if (fatal.length > 0) throw new Error(`seed did not parse: ${fatal.map((d) => d.message).join('; ')}`);
    return graph;
  });
  return cached;
}
