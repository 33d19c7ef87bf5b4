// The seed plan (parsed once, shared with the other suites) and lookups by the names people use.
import type { DutyGraph } from '@dutymap/model';

export { SEED_PATH, seedGraph } from '../../../../scripts/test-support/seed.js';

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
