// Argument checks run first in every adapter, so a bad call fails the same way everywhere.
import { CONTRASTS, DutyGraph, LIMITS, UNIT_KINDS, divisionCodePrefix, isDivisionCode } from '@dutymap/model';
import type { Contrast, ConnectionsOptions, FindUnitsQuery, InferredOption, IntRange, NeighbourhoodOptions, NetworkOptions, RoleFilter, Scope, TasksOfUnitOptions } from '@dutymap/model';
import { InvalidArgumentError } from '../errors.js';
import { checkScope, type CheckedScope } from './scope.js';

export function checkId(fn: string, argument: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > LIMITS.idLength) {
    throw new InvalidArgumentError(fn, argument, value, `a non-empty id string of at most ${LIMITS.idLength} characters`);
  }
  return value;
}

function checkInt(fn: string, argument: string, value: unknown, range: IntRange): number {
  if (value === undefined) return range.default;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < range.min || value > range.max) {
    throw new InvalidArgumentError(fn, argument, value, `an integer from ${range.min} to ${range.max}`);
  }
  return value;
}

export interface CheckedPage {
  limit: number;
  offset: number;
}

function pageOf(fn: string, prefix: string, o: Record<string, unknown>): CheckedPage {
  return { limit: checkInt(fn, `${prefix}.limit`, o['limit'], LIMITS.pageSize), offset: checkInt(fn, `${prefix}.offset`, o['offset'], LIMITS.offset) };
}

/** Which page of a list (LIMITS.pageSize, LIMITS.offset). */
export function checkPage(fn: string, options: unknown): CheckedPage {
  return pageOf(fn, 'options', checkObject(fn, 'options', options));
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

function checkRole(fn: string, value: unknown): RoleFilter {
  if (value === undefined) return 'any';
  if (value !== 'lead' && value !== 'support' && value !== 'any') {
    throw new InvalidArgumentError(fn, 'options.role', value, '"lead", "support" or "any"');
  }
  return value;
}

export function checkInferred(fn: string, options: unknown): Required<InferredOption> & CheckedPage {
  const o = checkObject(fn, 'options', options);
  return { includeInferred: checkBoolean(fn, 'options.includeInferred', o['includeInferred']), ...pageOf(fn, 'options', o) };
}

export type CheckedTasksOfUnit = Required<Pick<TasksOfUnitOptions, 'role' | 'includeInferred'>> & { sectionId: string | null } & CheckedScope & CheckedPage;

export function checkTasksOfUnit(options: unknown): CheckedTasksOfUnit {
  const fn = 'tasksOfUnit';
  const o = checkObject(fn, 'options', options);
  return {
    role: checkRole(fn, o['role']),
    includeInferred: checkBoolean(fn, 'options.includeInferred', o['includeInferred']),
    sectionId: o['sectionId'] === undefined ? null : checkId(fn, 'options.sectionId', o['sectionId']),
    ...checkScope(fn, 'options', o),
    ...pageOf(fn, 'options', o),
  };
}

export type CheckedFindUnits = { q: string; kind: FindUnitsQuery['kind'] | null; scope: CheckedScope } & CheckedPage;

export function checkFindUnits(query: unknown): CheckedFindUnits {
  const fn = 'findUnits';
  const o = checkObject(fn, 'query', query);
  const q = o['q'];
  if (q !== undefined && (typeof q !== 'string' || q.length > LIMITS.nameQueryLength)) {
    throw new InvalidArgumentError(fn, 'query.q', q, `a string of at most ${LIMITS.nameQueryLength} characters`);
  }
  const kind = o['kind'];
  if (kind !== undefined && !(UNIT_KINDS as readonly unknown[]).includes(kind)) {
    throw new InvalidArgumentError(fn, 'query.kind', kind, `one of ${UNIT_KINDS.join(', ')}`);
  }
  return { q: (q ?? '').trim().toLowerCase(), kind: (kind as FindUnitsQuery['kind']) ?? null, scope: checkScope(fn, 'query', o), ...pageOf(fn, 'query', o) };
}

export function checkConnections(options: unknown): Required<Pick<ConnectionsOptions, 'maxHops' | 'limit' | 'includeInferred'>> {
  const fn = 'connections';
  const o = checkObject(fn, 'options', options);
  return {
    maxHops: checkInt(fn, 'options.maxHops', o['maxHops'], LIMITS.connectionHops),
    limit: checkInt(fn, 'options.limit', o['limit'], LIMITS.connectionPaths),
    includeInferred: checkBoolean(fn, 'options.includeInferred', o['includeInferred']),
  };
}

export function checkNeighbourhood(options: unknown): Required<NeighbourhoodOptions> {
  const fn = 'neighbourhood';
  const o = checkObject(fn, 'options', options);
  return {
    depth: checkInt(fn, 'options.depth', o['depth'], LIMITS.neighbourhoodDepth),
    limit: checkInt(fn, 'options.limit', o['limit'], LIMITS.neighbourhoodNodes),
    includeInferred: checkBoolean(fn, 'options.includeInferred', o['includeInferred']),
  };
}

export type CheckedNetwork = Required<Omit<NetworkOptions, 'sectionId' | keyof Scope>> & { sectionId: string | null; scope: CheckedScope };

export function checkNetwork(options: unknown): CheckedNetwork {
  const fn = 'coResponsibilityNetwork';
  const o = checkObject(fn, 'options', options);
  return {
    role: checkRole(fn, o['role']),
    minShared: checkInt(fn, 'options.minShared', o['minShared'], LIMITS.minShared),
    includeInferred: checkBoolean(fn, 'options.includeInferred', o['includeInferred']),
    maxElements: checkInt(fn, 'options.maxElements', o['maxElements'], LIMITS.networkElements),
    sectionId: o['sectionId'] === undefined ? null : checkId(fn, 'options.sectionId', o['sectionId']),
    scope: checkScope(fn, 'options', o),
  };
}

/** The checks' page and scope (HygieneOptions). */
/** A page of jurisdictions, and the optional namer of divisions above them. */
export function checkJurisdictions(options: unknown): CheckedPage & { divisionName: ((code: string) => string | undefined) | null } {
  const fn = 'jurisdictions';
  const o = checkObject(fn, 'options', options);
  const divisionName = o['divisionName'];
  if (divisionName !== undefined && typeof divisionName !== 'function') throw new InvalidArgumentError(fn, 'options.divisionName', divisionName, 'a function from a code to a name');
  return { ...pageOf(fn, 'options', o), divisionName: (divisionName as ((code: string) => string | undefined) | undefined) ?? null };
}

/** A page of a scope (hygiene, documents). */
export function checkScopedPage(fn: string, options: unknown): CheckedPage & { scope: CheckedScope } {
  const o = checkObject(fn, 'options', options);
  return { ...pageOf(fn, 'options', o), scope: checkScope(fn, 'options', o) };
}

/** A Scope argument on its own (stats). */
export function checkScopeArgument(fn: string, scope: unknown): CheckedScope {
  return checkScope(fn, 'scope', checkObject(fn, 'scope', scope));
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

/** A lock's owner and time to live (acquireLock). */
export function checkLock(fn: string, owner: unknown, ttlMs?: unknown): { owner: string; ttlMs: number } {
  const checkedOwner = checkId(fn, 'owner', owner);
  if (ttlMs === undefined) return { owner: checkedOwner, ttlMs: 0 };
  if (typeof ttlMs !== 'number' || !Number.isInteger(ttlMs) || ttlMs < 1 || ttlMs > 3_600_000) {
    throw new InvalidArgumentError(fn, 'ttlMs', ttlMs, 'an integer number of milliseconds from 1 to 3600000');
  }
  return { owner: checkedOwner, ttlMs };
}

/** A checked side of a comparison: a plan or a place. */
export type CheckedSide = { kind: 'document'; key: string } | { kind: 'jurisdiction'; key: string; codePrefix: string | null };

function checkSide(argument: string, value: unknown): CheckedSide {
  const fn = 'compare';
  const o = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === 'document') return { kind: 'document', key: checkId(fn, `${argument}.document`, o['document']) };
  if (keys.includes('jurisdiction') && keys.every((key) => key === 'jurisdiction' || key === 'jurisdictionCode')) {
    const name = o['jurisdiction'];
    if (typeof name !== 'string' || name.trim() === '' || name.length > LIMITS.jurisdictionLength) {
      throw new InvalidArgumentError(fn, `${argument}.jurisdiction`, name, `a place name of at most ${LIMITS.jurisdictionLength} characters`);
    }
    const code = o['jurisdictionCode'];
    if (code !== undefined && (typeof code !== 'string' || !isDivisionCode(code))) throw new InvalidArgumentError(fn, `${argument}.jurisdictionCode`, code, 'a six-digit GB/T 2260 code');
    return { kind: 'jurisdiction', key: name, codePrefix: code === undefined ? null : divisionCodePrefix(code) };
  }
  throw new InvalidArgumentError(fn, argument, value, '{document: id} or {jurisdiction: name, jurisdictionCode?: code}');
}

export type CheckedCompare = { a: CheckedSide; b: CheckedSide; contrast: Contrast | null } & CheckedPage;

/** Two different sides, a page, and an optional contrast filter. */
export function checkCompare(a: unknown, b: unknown, options: unknown): CheckedCompare {
  const fn = 'compare';
  const [sideA, sideB] = [checkSide('a', a), checkSide('b', b)];
  if (sideA.kind === sideB.kind && sideA.key === sideB.key) throw new InvalidArgumentError(fn, 'b', sideB.key, 'a side other than a');
  const o = checkObject(fn, 'options', options);
  const contrast = o['contrast'];
  if (contrast !== undefined && !(CONTRASTS as readonly unknown[]).includes(contrast)) {
    throw new InvalidArgumentError(fn, 'options.contrast', contrast, `one of ${CONTRASTS.join(', ')}`);
  }
  return { a: sideA, b: sideB, contrast: (contrast as Contrast | undefined) ?? null, ...pageOf(fn, 'options', o) };
}
