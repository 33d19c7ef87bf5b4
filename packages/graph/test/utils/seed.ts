// The seed plan parsed once through @dutymap/ingest, and lookups by the names people use.
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

/** A helper bound to one graph: the id of a unit by name, of a task or project by number. */
export function lookup(graph: DutyGraph) {
  return {
    unit(name: string): string {
      const unit = graph.units.find((u) => u.name === name);
      if (!unit) throw new Error(`no unit named ${name} in the seed graph`);
      return unit.id;
    },
    task(number: number): string {
      const task = graph.tasks.find((t) => t.number === number);
      if (!task) throw new Error(`no task ${number}`);
      return task.id;
    },
    project(number: number): string {
      const project = graph.projects.find((p) => p.number === number);
      if (!project) throw new Error(`no project ${number}`);
      return project.id;
    },
    taskNumber(id: string): number {
      const task = graph.tasks.find((t) => t.id === id);
      if (!task) throw new Error(`no task ${id}`);
      return task.number;
    },
  };
}
