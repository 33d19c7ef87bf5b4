// The seed plan (parsed once, shared with the other suites) and a resolver from readable keys to node ids.
import type { DutyGraph } from '@dutymap/model';

export { SEED_PATH, seedGraph } from '../../../../scripts/test-support/seed.js';

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
