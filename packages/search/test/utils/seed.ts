// The seed plan parsed once through @dutymap/ingest, and a resolver from readable keys to node ids.
import { fileURLToPath } from 'node:url';
import { parsePlanFile } from '@dutymap/ingest';
import type { DutyGraph } from '@dutymap/model';

export const SEED_PATH = fileURLToPath(new URL('../../../../seeds/quzhou-eco-civilization-plan.txt', import.meta.url));

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

/**
 * Resolves `task:22`, `project:1`, `unit:市农业农村局`, `enterprise:…`, `place:…`, `section:…` (by title) to the
 * node id, so expectations read like the printed tables. Throws on a key the graph does not have.
 */
export function resolver(graph: DutyGraph): (key: string) => string {
  return (key) => {
    const at = key.indexOf(':');
    const kind = key.slice(0, at);
    const value = key.slice(at + 1);
    const found =
      kind === 'task'
        ? graph.tasks.find((t) => t.number === Number(value))
        : kind === 'project'
          ? graph.projects.find((p) => p.number === Number(value))
          : kind === 'unit'
            ? graph.units.find((u) => u.name === value)
            : kind === 'enterprise'
              ? graph.enterprises.find((e) => e.name === value)
              : kind === 'place'
                ? graph.places.find((p) => p.name === value)
                : kind === 'section'
                  ? graph.sections.find((s) => s.title === value)
                  : undefined;
    if (!found) throw new Error(`relevance key ${key} names nothing in the seed graph`);
    return found.id;
  };
}
