// Argument checks run first in every adapter, so a bad call fails the same way everywhere.
import { DutyGraph, UNIT_KINDS } from '@dutymap/model';
import type { ConnectionsOptions, FindUnitsQuery, InferredOption, NeighbourhoodOptions, NetworkOptions, TasksOfUnitOptions } from '@dutymap/model';
import { InvalidArgumentError } from '../errors.js';

export function checkId(fn: string, argument: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 512) {
    throw new InvalidArgumentError(fn, argument, value, 'a non-empty id string');
  }
  return value;
}

function checkInt(fn: string, argument: string, value: unknown, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(fn, argument, value, `an integer from ${min} to ${max}`);
  }
  return value;
}

function checkObject(fn: string, argument: string, value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(fn, argument, value, 'an options object');
  }
  return value as Record<string, unknown>;
}

function checkBoolean(fn: string, argument: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new InvalidArgumentError(fn, argument, value, 'true or false');
  return value;
}

function checkRole(fn: string, value: unknown): 'lead' | 'support' | 'any' {
  if (value === undefined) return 'any';
  if (value !== 'lead' && value !== 'support' && value !== 'any') {
    throw new InvalidArgumentError(fn, 'options.role', value, '"lead", "support" or "any"');
  }
  return value;
}

export function checkInferred(fn: string, options: unknown): Required<InferredOption> {
  const o = checkObject(fn, 'options', options);
  return { includeInferred: checkBoolean(fn, 'options.includeInferred', o['includeInferred']) };
}

export function checkTasksOfUnit(options: unknown): TasksOfUnitOptions & Required<InferredOption> {
  const fn = 'tasksOfUnit';
  const o = checkObject(fn, 'options', options);
  const sectionId = o['sectionId'] === undefined ? undefined : checkId(fn, 'options.sectionId', o['sectionId']);
  return {
    role: checkRole(fn, o['role']),
    includeInferred: checkBoolean(fn, 'options.includeInferred', o['includeInferred']),
    ...(sectionId === undefined ? {} : { sectionId }),
  };
}

export function checkFindUnits(query: unknown): FindUnitsQuery & { limit: number } {
  const fn = 'findUnits';
  const o = checkObject(fn, 'query', query);
  const q = o['q'];
  if (q !== undefined && (typeof q !== 'string' || q.length > 200)) {
    throw new InvalidArgumentError(fn, 'query.q', q, 'a string of at most 200 characters');
  }
  const kind = o['kind'];
  if (kind !== undefined && !(UNIT_KINDS as readonly unknown[]).includes(kind)) {
    throw new InvalidArgumentError(fn, 'query.kind', kind, `one of ${UNIT_KINDS.join(', ')}`);
  }
  return {
    ...(q === undefined ? {} : { q }),
    ...(kind === undefined ? {} : { kind: kind as FindUnitsQuery['kind'] & string }),
    limit: checkInt(fn, 'query.limit', o['limit'], 1, 1000, 50),
  };
}

export function checkConnections(options: unknown): Required<Pick<ConnectionsOptions, 'maxHops' | 'limit' | 'includeInferred'>> {
  const fn = 'connections';
  const o = checkObject(fn, 'options', options);
  return {
    maxHops: checkInt(fn, 'options.maxHops', o['maxHops'], 1, 10, 6),
    limit: checkInt(fn, 'options.limit', o['limit'], 1, 100, 10),
    includeInferred: checkBoolean(fn, 'options.includeInferred', o['includeInferred']),
  };
}

export function checkNeighbourhood(options: unknown): Required<NeighbourhoodOptions> {
  const fn = 'neighbourhood';
  const o = checkObject(fn, 'options', options);
  return {
    depth: checkInt(fn, 'options.depth', o['depth'], 0, 4, 1),
    limit: checkInt(fn, 'options.limit', o['limit'], 1, 5000, 200),
    includeInferred: checkBoolean(fn, 'options.includeInferred', o['includeInferred']),
  };
}

export function checkNetwork(options: unknown): NetworkOptions {
  const fn = 'coResponsibilityNetwork';
  const o = checkObject(fn, 'options', options);
  const sectionId = o['sectionId'] === undefined ? undefined : checkId(fn, 'options.sectionId', o['sectionId']);
  return {
    role: checkRole(fn, o['role']),
    minShared: checkInt(fn, 'options.minShared', o['minShared'], 1, 1_000_000, 1),
    includeInferred: checkBoolean(fn, 'options.includeInferred', o['includeInferred']),
    ...(sectionId === undefined ? {} : { sectionId }),
  };
}

/**
 * Validates a DutyGraph before any write: the schema, document ids, and that every relation
 * joins two nodes of this document. Id clashes with nodes already stored are left to the
 * adapters (they can only be seen while writing) and surface as `id-conflict`.
 */
export function checkDutyGraph(value: unknown): DutyGraph {
  const fn = 'loadDocument';
  const parsed = DutyGraph.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidArgumentError(fn, `graph.${issue?.path.join('.') ?? ''}`, undefined, `a valid DutyGraph (${issue?.message ?? 'schema mismatch'})`, {
      issues: parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const graph = parsed.data;
  const documentId = graph.document.id;
  for (const [key, list] of [
    ['sections', graph.sections],
    ['tasks', graph.tasks],
    ['projects', graph.projects],
  ] as const) {
    list.forEach((item, i) => {
      if (item.documentId !== documentId) {
        throw new InvalidArgumentError(fn, `graph.${key}[${i}].documentId`, item.documentId, `the document id ${documentId}`);
      }
    });
  }
  const ids = new Set<string>([documentId]);
  for (const list of [graph.sections, graph.tasks, graph.projects, graph.units, graph.enterprises, graph.places]) {
    for (const item of list) ids.add(item.id);
  }
  graph.relations.forEach((relation, i) => {
    if (!ids.has(relation.from)) throw new InvalidArgumentError(fn, `graph.relations[${i}].from`, relation.from, 'the id of a node in this document');
    if (!ids.has(relation.to)) throw new InvalidArgumentError(fn, `graph.relations[${i}].to`, relation.to, 'the id of a node in this document');
  });
  return graph;
}
