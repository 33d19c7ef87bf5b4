// The Neo4j adapter: batched, idempotent, all-or-nothing writes that also keep what reads need; reads
// that ask Cypher for the answer (see cypher.ts); typed errors.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type {
  Comparison,
  Counterpart,
  DocumentHash,
  DocumentNode,
  DocumentSections,
  DocumentSummary,
  DutyGraph,
  Enterprise,
  Hygiene,
  JurisdictionSummary,
  Page,
  Partner,
  PlanSummary,
  Project,
  ProjectOfUnit,
  ResponsibilityLink,
  Section,
  SectionTreeNode,
  Scope,
  SharedWork,
  Stats,
  Task,
  TaskOfUnit,
  Unit,
  UnitDetail,
  UnitMatch,
  UnitPlan,
  Workload,
} from '@dutymap/model';
import type { NodeKind, RelationType } from '@dutymap/model';
import { HYGIENE_CHECKS, LIMITS } from '@dutymap/model';
import type { GraphStore } from '../graph-store.js';
import { InvalidArgumentError, NotFoundError, StoreClosedError } from '../errors.js';
import * as args from '../core/args.js';
import { bridgeScores } from '../core/bridges.js';
import { comparePlansByYear, counterpart, functionOf, planRef } from '../core/counterparts.js';
import { derive, DOCUMENT_CHECKS, variantOf, type DocumentContribution, type DocumentFindings, type UnitTally } from '../core/derived.js';
import { enterpriseDetail, placeDetail, projectDetail, taskDetail, type Around, type AroundRow } from '../core/details.js';
import { boundNetwork, cutNetwork, keptNodes } from '../core/network.js';
import { cmp, compareUnitsByName, missingSectionRef, pageAcross, pageOf, projectRef, ROLE_OF, round6, sectionRef, sortLinks, taskRef, unitRef, type ResponsibilityType } from '../core/order.js';
import { uniqueRelations } from '../core/relations.js';
import { checkSideSize, compareSides, type SideData } from '../core/compare.js';
import { planSummary } from '../core/plans.js';
import { compareJurisdictions, divisionOf, isWhole, missingAncestors, type CheckedScope } from '../core/scope.js';
import { expandNeighbourhood, kindOfLabel, nodeLabel, shortestConnections, type EdgeRow, type NodeInfo, type TraversalSource } from '../core/traverse.js';
import * as cypher from './cypher.js';
import { translateError } from './translate-error.js';

/** Options of the Neo4j adapter. Entry points read NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD and pass them here. */
export interface Neo4jGraphStoreOptions {
  /** Server address, e.g. bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io. Ignored when `driver` is given. */
  uri?: string;
  /** User name; leave out (with password) for a server with auth disabled, like the local test server. */
  user?: string;
  password?: string;
  /** Database name (default: the server's default database). */
  database?: string;
  /**
   * An existing driver to use instead of creating one; the store does not close it. Create it with
   * `disableLosslessIntegers: true` or counts come back as neo4j Integers.
   */
  driver?: Driver;
  /** Rows per UNWIND batch when writing (default 1000; 1 is the per-row MERGE baseline of the benchmark). */
  batchSize?: number;
  /** Milliseconds to open a connection before giving up (default 5000). Ignored when `driver` is given. */
  connectionTimeoutMs?: number;
  /** Milliseconds to get a connection from the pool, opening one included (default 15000). Ignored when `driver` is given. */
  connectionAcquisitionTimeoutMs?: number;
  /** Milliseconds a transaction that failed on a transient error is retried for (default 10000; 0 = never). Ignored when `driver` is given. */
  maxTransactionRetryTimeMs?: number;
}

/** One parameterised statement of a write plan. */
interface PlannedStatement {
  text: string;
  params: Record<string, unknown>;
}

/** Connects, checks the server answers, creates constraints and indexes (idempotent), and returns the store. */
/** Counts of a scope (see STATS_IN_SCOPE); the plans' relation counts summed from their contributions. */
async function scopedStats(tx: ManagedTransaction, scope: CheckedScope): Promise<Stats> {
  const r = (await tx.run(cypher.STATS_IN_SCOPE, scope)).records[0];
  const relations = Object.fromEntries(cypher.RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
  let inferredRelations = 0;
  for (const text of (r?.get('contributions') as string[] | undefined) ?? []) {
    const c = parse<Pick<DocumentContribution, 'relations' | 'inferredRelations'>>(text);
    for (const t of cypher.RELATION_TYPES) relations[t] += c.relations[t];
    inferredRelations += c.inferredRelations;
  }
  const summaries = ((r?.get('summaries') as string[] | undefined) ?? []).map((text) => parse<DocumentSummary>(text));
  return {
    documents: num(r?.get('documents')),
    sections: num(r?.get('sections')),
    tasks: summaries.reduce((n, d) => n + d.taskCount, 0),
    projects: summaries.reduce((n, d) => n + d.projectCount, 0),
    units: num(r?.get('units')),
    enterprises: num(r?.get('enterprises')),
    places: num(r?.get('places')),
    relations,
    inferredRelations,
  };
}

export async function createNeo4jGraphStore(options: Neo4jGraphStoreOptions): Promise<GraphStore> {
  const fn = 'createNeo4jGraphStore';
  if (options.driver === undefined && (typeof options.uri !== 'string' || !/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(options.uri))) {
    throw new InvalidArgumentError(fn, 'options.uri', options.uri, 'a bolt:// or neo4j:// URI');
  }
  if ((options.user === undefined) !== (options.password === undefined)) {
    throw new InvalidArgumentError(fn, 'options.user/options.password', options.user ?? '(unset)', 'both user and password, or neither');
  }
  const batchSize = options.batchSize ?? 1000;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new InvalidArgumentError(fn, 'options.batchSize', batchSize, 'a positive integer');
  const ms = (name: string, value: number): number => {
    if (!Number.isInteger(value) || value < 0) throw new InvalidArgumentError(fn, `options.${name}`, value, 'an integer number of milliseconds ≥ 0');
    return value;
  };
  const timeouts = {
    connectionTimeout: ms('connectionTimeoutMs', options.connectionTimeoutMs ?? 5_000),
    connectionAcquisitionTimeout: ms('connectionAcquisitionTimeoutMs', options.connectionAcquisitionTimeoutMs ?? 15_000),
    maxTransactionRetryTime: ms('maxTransactionRetryTimeMs', options.maxTransactionRetryTimeMs ?? 10_000),
  };
  const owned = options.driver === undefined;
  const driver =
    options.driver ??
    neo4j.driver(
      options.uri as string,
      // No credentials: the driver sends the "none" scheme, which a server with auth disabled accepts.
      options.user !== undefined ? neo4j.auth.basic(options.user, options.password as string) : undefined,
      { disableLosslessIntegers: true, ...timeouts },
    );
  const store = new Neo4jGraphStore(driver, options.database, owned, batchSize);
  try {
    await driver.verifyConnectivity(options.database === undefined ? {} : { database: options.database });
    await store.ensureSchema();
  } catch (error) {
    if (owned) await driver.close().catch(() => undefined);
    throw translateError(error, fn);
  }
  return store;
}

/** A plan as DOCUMENTS returns it. */
interface PlanRow {
  summary: string;
  document: string;
  loadedAt: string | null;
  units: number;
}

/** What a reload or removal finds of the stored version of a document. */
interface Previous {
  contribution: DocumentContribution;
  sharedIds: string[];
  jurisdiction: string;
}

/** The statements that take a document's part out of the tallies (before its nodes go). */
function subtractPlan(previous: Previous, batchSize: number): PlannedStatement[] {
  const plan: PlannedStatement[] = [];
  const batched = (text: string, rows: readonly unknown[]) => {
    for (let i = 0; i < rows.length; i += batchSize) plan.push({ text, params: { sign: -1, rows: rows.slice(i, i + batchSize) } });
  };
  batched(cypher.ADD_UNIT_TALLIES, previous.contribution.units);
  batched(cypher.ADD_NAME_PAIRS, previous.contribution.namePairs);
  batched(cypher.ADD_NAME_TALLIES, previous.contribution.names);
  return plan;
}

/** The statements that load one document, in order, batched by `batchSize` rows, after its previous version (if any) is undone. */
function writePlan(graph: DutyGraph, previous: Previous | null, batchSize: number, loadedAt: string): PlannedStatement[] {
  const documentId = graph.document.id;
  const relations = uniqueRelations(graph.relations);
  const derived = derive(graph, relations);
  const plan: PlannedStatement[] = previous ? subtractPlan(previous, batchSize) : [];
  const batched = (text: string, rows: readonly unknown[], extra: Record<string, unknown> = {}): void => {
    for (let i = 0; i < rows.length; i += batchSize) plan.push({ text, params: { ...extra, rows: rows.slice(i, i + batchSize) } });
  };
  // A reload replaces the document: what it no longer says must not linger.
  for (const label of cypher.OWNED_LABELS) plan.push({ text: cypher.deleteOwned(label), params: { documentId } });
  if (previous) batched(cypher.UNLINK_SHARED, previous.sharedIds, { documentId });
  const label = (kind: NodeKind, item: object): string => nodeLabel(kind, item as Record<string, unknown>);
  const sharedIds = [...graph.units, ...graph.enterprises, ...graph.places].map((n) => n.id);
  const findings = derived.findings;
  plan.push({
    text: cypher.MERGE_DOCUMENT,
    params: {
      row: {
        id: documentId,
        title: graph.document.title,
        label: label('document', graph.document),
        json: JSON.stringify(graph.document),
        jurisdiction: graph.document.jurisdiction,
        jurisdictionCode: graph.document.jurisdictionCode ?? null,
        year: graph.document.year ?? null,
        loadedAt,
        sha256: graph.document.sha256,
        summary: JSON.stringify(derived.summary),
        sections: JSON.stringify(derived.sections),
        findings: JSON.stringify(findings),
        contribution: JSON.stringify(derived.contribution),
        sharedIds,
        inferredRelations: derived.contribution.inferredRelations,
        checks: Object.fromEntries(DOCUMENT_CHECKS.map((c) => [c, findings[c].length])),
      },
    },
  });
  const owned = (kind: NodeKind, items: ReadonlyArray<Section | Task | Project>) =>
    items.map((item) => {
      const placement = derived.placements.get(item.id);
      return {
        id: item.id,
        documentId,
        number: 'level' in item ? null : item.number,
        kind,
        label: label(kind, item),
        json: JSON.stringify(item),
        sectionId: 'sectionId' in item ? item.sectionId : null,
        sectionPath: placement?.sectionPath ?? null,
        chapterId: placement?.chapterId ?? null,
      };
    });
  batched(cypher.mergeOwned('Section'), owned('section', graph.sections));
  batched(cypher.mergeOwned('Task'), owned('task', graph.tasks));
  batched(cypher.mergeOwned('Project'), owned('project', graph.projects));
  const shared = (kind: NodeKind, items: ReadonlyArray<{ id: string; name: string; kind?: string; jurisdiction?: string }>) =>
    items.map((item) => ({
      ...(kind === 'unit' ? unitPlaceAndFunction(item as Unit) : { function: null, jurisdictionCode: null }),
      id: item.id,
      name: item.name,
      kind,
      label: label(kind, item),
      unitKind: kind === 'unit' ? (item.kind ?? null) : null,
      jurisdiction: item.jurisdiction ?? null,
      names: kind === 'unit' ? unitNames(item as Unit) : null,
      json: JSON.stringify(item),
    }));
  batched(cypher.mergeShared('Unit'), shared('unit', graph.units), { documentId });
  batched(cypher.mergeShared('Enterprise'), shared('enterprise', graph.enterprises), { documentId });
  batched(cypher.mergeShared('Place'), shared('place', graph.places), { documentId });
  for (const type of cypher.RELATION_TYPES) {
    batched(
      cypher.createRelations(type),
      relations.filter((r) => r.type === type).map((r) => ({ ...r.attributes, from: r.from, to: r.to })),
    );
  }
  const add = (text: string, rows: readonly unknown[]) => batched(text, rows, { sign: 1 });
  add(cypher.ADD_UNIT_TALLIES, derived.contribution.units);
  add(cypher.ADD_NAME_TALLIES, derived.contribution.names);
  add(cypher.ADD_NAME_PAIRS, derived.contribution.namePairs);
  if (previous) batched(cypher.DELETE_ORPHANS, previous.sharedIds);
  return plan;
}

/** What counterparts match and order units on: the function key ('' for none: absent means stored by an older version) and the place's code. */
function unitPlaceAndFunction(unit: Unit): { function: string; jurisdictionCode: string | null } {
  return { function: functionOf(unit) ?? '', jurisdictionCode: unit.jurisdictionCode ?? null };
}

/** Units written per start-up batch when giving older units their function key. */
const FUNCTION_BATCH = 2000;

/** Every name of a unit, lower-cased, for findUnits' CONTAINS. */
function unitNames(unit: Unit): string {
  return [unit.name, unit.fullName ?? '', unit.nameEn ?? '', ...unit.aliases, ...unit.predecessors].join('\n').toLowerCase();
}

/** Counts Cypher needs as integers (LIMIT, SKIP, list slices): JS numbers travel as floats otherwise. */
function ints<T extends object>(params: T, keys: ReadonlyArray<keyof T>): Record<string, unknown> {
  return { ...params, ...Object.fromEntries(keys.map((k) => [k, neo4j.int(params[k] as unknown as number)])) };
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

function parse<T>(json: unknown): T {
  return JSON.parse(json as string) as T;
}

function kindOf(labels: readonly string[]): NodeKind {
  for (const label of labels) {
    const kind = kindOfLabel(label);
    if (kind) return kind;
  }
  return 'document';
}

function info(id: unknown, kind: unknown, label: unknown, unitKind: unknown, jurisdiction: unknown): NodeInfo {
  const node: NodeInfo = { id: id as string, kind: kind as NodeKind, label: label as string };
  if (kind === 'unit') {
    node.unitKind = unitKind as Unit['kind'];
    node.jurisdiction = jurisdiction as string;
  }
  return node;
}

/** A co-unit as the queries return it. */
interface CoUnit {
  json: string;
  type: ResponsibilityType;
  inferred: boolean;
  via: string | null;
  openEnded: boolean;
}

function coUnits(list: readonly CoUnit[]): ResponsibilityLink[] {
  return sortLinks(list.map((c) => ({ unit: unitRef(parse<Unit>(c.json)), role: ROLE_OF[c.type], inferred: c.inferred === true, via: c.via ?? null, openEnded: c.openEnded === true })));
}

function tallyOf(record: { get(key: string): unknown }): Pick<UnitTally, (typeof cypher.TALLY_FIELDS)[number]> {
  return Object.fromEntries(cypher.TALLY_FIELDS.map((f) => [f, num(record.get(f))])) as Pick<UnitTally, (typeof cypher.TALLY_FIELDS)[number]>;
}

function workloadFrom(unit: Unit, tally: Pick<UnitTally, (typeof cypher.TALLY_FIELDS)[number]>, bridge: number, chapters: readonly string[], allTasks: number): Workload {
  return {
    unit: unitRef(unit),
    tasksLed: tally.lead,
    tasksSupported: tally.support,
    projects: tally.projects,
    inferred: { tasksLed: tally.inferredLead, tasksSupported: tally.inferredSupport, projects: tally.inferredProjects },
    shareOfTasks: allTasks === 0 ? 0 : round6(tally.tasks / allTasks),
    chapters: chapters.map((c) => parse<Section>(c)).sort((a, b) => cmp(a.id, b.id)).map(sectionRef),
    bridgeScore: bridge,
  };
}

/** One side of a comparison: its plans (checked for size first), their tasks and the written roles the side counts. */
async function sideData(tx: ManagedTransaction, which: 'a' | 'b', side: args.CheckedSide): Promise<SideData> {
  const codePrefix = side.kind === 'jurisdiction' ? side.codePrefix : null;
  const docs = (await tx.run(cypher.COMPARE_PLANS[side.kind], { key: side.key, codePrefix })).records.map((r) => ({ document: parse<DocumentNode>(r.get('json')), summary: parse<DocumentSummary>(r.get('summary')) }));
  const first = docs[0];
  if (!first) throw new NotFoundError(side.kind, side.key);
  const label = side.kind === 'document' ? first.document.title : side.key;
  checkSideSize(which, label, docs.reduce((n, d) => n + d.summary.taskCount, 0));
  const params = { documentIds: docs.map((d) => d.document.id), jurisdiction: side.kind === 'jurisdiction' ? side.key : null, codePrefix };
  const tasks: SideData['tasks'] = [];
  const edges: Array<{ taskId: string; unitId: string; lead: boolean }> = [];
  for (const record of (await tx.run(cypher.COMPARE_TASKS, params)).records) {
    const task = parse<Task>(record.get('json'));
    tasks.push({ id: task.id, documentId: task.documentId, number: task.number, text: task.text, years: task.years });
    for (const r of record.get('roles') as Array<{ id: string; lead: boolean }>) edges.push({ taskId: task.id, unitId: r.id, lead: r.lead === true });
  }
  const ids = [...new Set(edges.map((e) => e.unitId))];
  const units = new Map((await tx.run(cypher.COMPARE_UNITS, { ids })).records.map((r) => parse<Unit>(r.get('json'))).map((u) => [u.id, u]));
  const roles = edges.map((e) => ({ taskId: e.taskId, unit: units.get(e.unitId) as Unit, lead: e.lead }));
  const plans = docs.map((d) => ({ id: d.document.id, title: d.document.title, year: d.document.year ?? null, tasks: d.summary.taskCount }));
  return { kind: side.kind, key: side.key, label, jurisdiction: side.kind === 'document' ? first.document.jurisdiction : side.key, plans, tasks, roles };
}

const TYPES_OF: Record<string, ResponsibilityType[]> = { any: ['LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR'], lead: ['LEADS'], support: ['SUPPORTS'] };

class Neo4jGraphStore implements GraphStore {
  private closed = false;
  /**
   * Shared by every session of this store: a read starts after the writes this process committed
   * (causal consistency), even on a cluster member that has not caught up yet.
   */
  private readonly bookmarks = neo4j.bookmarkManager();

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly ownsDriver: boolean,
    private readonly batchSize: number,
  ) {}

  async ensureSchema(): Promise<void> {
    const session = this.driver.session(this.sessionConfig('WRITE'));
    try {
      // Schema statements cannot share a transaction with data writes; each runs on its own.
      for (const statement of cypher.SCHEMA) await session.run(statement);
      await session.run(cypher.AWAIT_INDEXES);
    } finally {
      await session.close();
    }
    await this.giveUnitsTheirFunction();
  }

  /**
   * A store loaded by a version before counterparts has units without a function key: they get it (and their
   * place's code) from their JSON here, a batch per transaction, so counterparts finds them without a reload.
   * Once done, this is one scan that finds nothing.
   */
  private async giveUnitsTheirFunction(): Promise<void> {
    for (;;) {
      const done = await this.write('giveUnitsTheirFunction', async (tx) => {
        const missing = (await tx.run(cypher.UNITS_WITHOUT_FUNCTION, { limit: neo4j.int(FUNCTION_BATCH) })).records;
        const rows = missing.map((r) => ({ id: r.get('id') as string, ...unitPlaceAndFunction(parse<Unit>(r.get('json'))) }));
        if (rows.length > 0) await tx.run(cypher.SET_FUNCTIONS, { rows });
        return rows.length < FUNCTION_BATCH;
      });
      if (done) return;
    }
  }

  async loadDocument(graph: DutyGraph): Promise<DocumentSummary> {
    this.open('loadDocument');
    const checked = args.checkDutyGraph(graph);
    await this.write('loadDocument', async (tx) => {
      const previous = await this.previous(tx, checked.document.id);
      for (const statement of writePlan(checked, previous, this.batchSize, new Date().toISOString())) await tx.run(statement.text, statement.params);
      await this.rescore(tx, checked.document.jurisdiction);
      await tx.run(cypher.BUMP_VERSION);
    });
    const d = checked.document;
    return { id: d.id, title: d.title, jurisdiction: d.jurisdiction, sourceName: d.sourceName, sha256: d.sha256, taskCount: checked.tasks.length, projectCount: checked.projects.length };
  }

  async removeDocument(documentId: string): Promise<boolean> {
    this.open('removeDocument');
    args.checkId('removeDocument', 'documentId', documentId);
    return this.write('removeDocument', async (tx) => {
      const previous = await this.previous(tx, documentId);
      if (!previous) return false;
      for (const statement of subtractPlan(previous, this.batchSize)) await tx.run(statement.text, statement.params);
      for (const label of cypher.OWNED_LABELS) await tx.run(cypher.deleteOwned(label), { documentId });
      await tx.run(cypher.DELETE_DOCUMENT, { documentId });
      await tx.run(cypher.UNLINK_SHARED, { documentId, rows: previous.sharedIds });
      await tx.run(cypher.DELETE_ORPHANS, { rows: previous.sharedIds });
      await this.rescore(tx, previous.jurisdiction);
      await tx.run(cypher.BUMP_VERSION);
      return true;
    });
  }

  async graphVersion(): Promise<number> {
    this.open('graphVersion');
    return this.read('graphVersion', async (tx) => num((await tx.run(cypher.GRAPH_VERSION)).records[0]?.get('version')));
  }

  async bumpGraphVersion(): Promise<number> {
    this.open('bumpGraphVersion');
    return this.write('bumpGraphVersion', async (tx) => num((await tx.run(cypher.BUMP_VERSION)).records[0]?.get('version')));
  }

  async acquireLock(owner: string, ttlMs: number): Promise<boolean> {
    this.open('acquireLock');
    const checked = args.checkLock('acquireLock', owner, ttlMs);
    return this.write('acquireLock', async (tx) => {
      await tx.run(cypher.CLAIM_LOCK);
      return (await tx.run(cypher.TAKE_LOCK, { owner: checked.owner, ttlMs: neo4j.int(checked.ttlMs) })).records[0]?.get('free') === true;
    });
  }

  async releaseLock(owner: string): Promise<void> {
    this.open('releaseLock');
    const checked = args.checkLock('releaseLock', owner);
    await this.write('releaseLock', async (tx) => {
      await tx.run(cypher.RELEASE_LOCK, { owner: checked.owner });
    });
  }

  async documents(options?: Parameters<GraphStore['documents']>[0]): Promise<Page<PlanSummary>> {
    this.open('documents');
    const { scope, ...page } = args.checkScopedPage('documents', options);
    return this.read('documents', async (tx) => {
      const params = ints({ ...page, ...scope }, ['offset', 'limit']);
      const record = (await tx.run(isWhole(scope) ? cypher.DOCUMENTS : cypher.DOCUMENTS_SCOPED, params)).records[0];
      const items = ((record?.get('items') as PlanRow[] | undefined) ?? []).map((r) => planSummary(parse<DocumentSummary>(r.summary), parse<DocumentNode>(r.document), num(r.units), r.loadedAt ?? null));
      return { items, total: num(record?.get('total')), ...page };
    });
  }

  async documentHashes(): Promise<DocumentHash[]> {
    this.open('documentHashes');
    return this.read('documentHashes', async (tx) => (await tx.run(cypher.DOCUMENT_HASHES)).records.map((r) => ({ id: r.get('id') as string, sha256: r.get('sha256') as string })));
  }

  async jurisdictions(options?: Parameters<GraphStore['jurisdictions']>[0]): Promise<Page<JurisdictionSummary>> {
    this.open('jurisdictions');
    const { divisionName, ...page } = args.checkJurisdictions(options);
    return this.read('jurisdictions', async (tx) => {
      const items = (await tx.run(cypher.JURISDICTIONS)).records.map((r) => {
        const code = (r.get('code') as string | null) ?? null;
        return { name: r.get('name') as string, code, ...divisionOf(code), documents: num(r.get('documents')), units: num(r.get('units')) };
      });
      const above = divisionName ? missingAncestors(items, divisionName) : [];
      if (above.length > 0) {
        const units = new Map((await tx.run(cypher.UNITS_OF_PLACES, { names: above.map((a) => a.name) })).records.map((r) => [r.get('name') as string, num(r.get('units'))]));
        for (const a of above) items.push({ ...a, ...divisionOf(a.code), documents: 0, units: units.get(a.name) ?? 0 });
      }
      return pageOf(items.sort(compareJurisdictions), page);
    });
  }

  async unit(unitId: string): Promise<UnitDetail> {
    this.open('unit');
    args.checkId('unit', 'unitId', unitId);
    return this.read('unit', async (tx) => {
      const record = (await tx.run(cypher.UNIT, { id: unitId })).records[0];
      if (!record) throw new NotFoundError('unit', unitId);
      const t = tallyOf(record);
      return {
        unit: parse<Unit>(record.get('json')),
        function: (record.get('function') as string | null) || null,
        documentIds: [...((record.get('documentIds') as string[] | null) ?? [])].sort(),
        counts: { lead: t.lead, support: t.support, projects: t.projects },
        inferredCounts: { lead: t.inferredLead, support: t.inferredSupport, projects: t.inferredProjects },
      };
    });
  }

  async counterparts(unitId: string, options?: Parameters<GraphStore['counterparts']>[1]): Promise<Page<Counterpart>> {
    this.open('counterparts');
    args.checkId('counterparts', 'unitId', unitId);
    const page = args.checkPage('counterparts', options);
    return this.read('counterparts', async (tx) => {
      const record = (await tx.run(cypher.COUNTERPARTS, ints({ unitId, ...page, cap: LIMITS.detailItems }, ['offset', 'limit', 'cap']))).records[0];
      if (!record) throw new NotFoundError('unit', unitId);
      const items = (record.get('items') as Array<Record<string, unknown>>).map((row) =>
        counterpart(parse<Unit>(row['json']), (row['plans'] as string[]).map((d) => planRef(parse<DocumentNode>(d))), num(row['planTotal']), { lead: num(row['lead']), support: num(row['support']), projects: num(row['projects']) }),
      );
      return { items, total: num(record.get('total')), ...page };
    });
  }

  async unitPlans(unitId: string, options?: Parameters<GraphStore['unitPlans']>[1]): Promise<Page<UnitPlan>> {
    this.open('unitPlans');
    args.checkId('unitPlans', 'unitId', unitId);
    const page = args.checkPage('unitPlans', options);
    return this.read('unitPlans', async (tx) => {
      const record = (await tx.run(cypher.UNIT_PLANS, ints({ unitId, ...page }, ['offset', 'limit']))).records[0];
      if (!record) throw new NotFoundError('unit', unitId);
      const counts = new Map((record.get('counts') as Array<Record<string, unknown>>).map((c) => [c['documentId'] as string | null, { lead: num(c['lead']), support: num(c['support']), projects: num(c['projects']) }]));
      const items = (record.get('items') as string[])
        .map((d) => planRef(parse<DocumentNode>(d)))
        .sort(comparePlansByYear)
        .map((document) => ({ document, counts: counts.get(document.id) ?? { lead: 0, support: 0, projects: 0 } }));
      return { items, total: num(record.get('total')), ...page };
    });
  }

  async findUnits(query?: Parameters<GraphStore['findUnits']>[0]): Promise<Page<UnitMatch>> {
    this.open('findUnits');
    const checked = args.checkFindUnits(query);
    return this.read('findUnits', async (tx) => {
      const params = ints({ q: checked.q, kind: checked.kind, ...checked.scope, offset: checked.offset, limit: checked.limit }, ['offset', 'limit']);
      const text = checked.q !== '' ? cypher.FIND_UNITS_BY_NAME : isWhole(checked.scope) ? cypher.FIND_UNITS : cypher.FIND_UNITS_IN_SCOPE;
      const record = (await tx.run(text, params)).records[0];
      const items = ((record?.get('items') as Array<Record<string, unknown>>) ?? []).map((row): UnitMatch => {
        const unit = parse<Unit>(row['json']);
        return { ...unitRef(unit), counts: { lead: num(row['lead']), support: num(row['support']), projects: num(row['projects']) }, aliases: unit.aliases, fullName: unit.fullName ?? null, nameEn: unit.nameEn ?? null };
      });
      return { items, total: num(record?.get('total')), limit: checked.limit, offset: checked.offset };
    });
  }

  async tasksOfUnit(unitId: string, options?: Parameters<GraphStore['tasksOfUnit']>[1]): Promise<Page<TaskOfUnit>> {
    this.open('tasksOfUnit');
    args.checkId('tasksOfUnit', 'unitId', unitId);
    const checked = args.checkTasksOfUnit(options);
    return this.read('tasksOfUnit', async (tx) => {
      const record = (await tx.run(cypher.TASKS_OF_UNIT, ints({ unitId, ...checked }, ['offset', 'limit']))).records[0];
      if (!record) throw new NotFoundError('unit', unitId);
      const items = (record.get('items') as Array<Record<string, unknown>>).map((row): TaskOfUnit => {
        const task = parse<Task>(row['json']);
        return {
          task,
          role: row['type'] === 'LEADS' ? 'lead' : 'support',
          inferred: row['inferred'] === true,
          via: (row['via'] as string | null) ?? null,
          section: row['section'] ? sectionRef(parse<Section>(row['section'])) : missingSectionRef(task.sectionId),
          chapter: row['chapter'] ? sectionRef(parse<Section>(row['chapter'])) : null,
          coUnits: coUnits(row['co'] as CoUnit[]),
          provenance: task.provenance,
        };
      });
      return { items, total: num(record.get('total')), limit: checked.limit, offset: checked.offset };
    });
  }

  async projectsOfUnit(unitId: string, options?: Parameters<GraphStore['projectsOfUnit']>[1]): Promise<Page<ProjectOfUnit>> {
    this.open('projectsOfUnit');
    args.checkId('projectsOfUnit', 'unitId', unitId);
    const checked = args.checkInferred('projectsOfUnit', options);
    return this.read('projectsOfUnit', async (tx) => {
      const record = (await tx.run(cypher.PROJECTS_OF_UNIT, ints({ unitId, ...checked }, ['offset', 'limit']))).records[0];
      if (!record) throw new NotFoundError('unit', unitId);
      const items = (record.get('items') as Array<Record<string, unknown>>).map((row): ProjectOfUnit => {
        const project = parse<Project>(row['json']);
        return {
          project,
          inferred: row['inferred'] === true,
          via: (row['via'] as string | null) ?? null,
          section: row['section'] ? sectionRef(parse<Section>(row['section'])) : missingSectionRef(project.sectionId),
          coUnits: coUnits(row['co'] as CoUnit[]),
          provenance: project.provenance,
        };
      });
      return { items, total: num(record.get('total')), limit: checked.limit, offset: checked.offset };
    });
  }

  async partners(unitId: string, options?: Parameters<GraphStore['partners']>[1]): Promise<Page<Partner>> {
    this.open('partners');
    args.checkId('partners', 'unitId', unitId);
    const checked = args.checkInferred('partners', options);
    return this.read('partners', async (tx) => {
      await this.requireUnits(tx, [unitId]);
      const partners = (await tx.run(cypher.PARTNERS, { unitId, includeInferred: checked.includeInferred })).records.map(
        (r): Partner => ({
          unit: unitRef(parse<Unit>(r.get('json'))),
          shared: num(r.get('shared')),
          leadLead: num(r.get('leadLead')),
          leadSupport: num(r.get('leadSupport')),
          supportLead: num(r.get('supportLead')),
          supportSupport: num(r.get('supportSupport')),
          project: num(r.get('project')),
          weight: round6(num(r.get('weight'))),
        }),
      );
      // A unit's partners are few (its own work bounds them): sorted here with the embedded store's comparator.
      partners.sort((a, b) => b.weight - a.weight || b.shared - a.shared || compareUnitsByName(a.unit, b.unit));
      return { items: partners.slice(checked.offset, checked.offset + checked.limit), total: partners.length, limit: checked.limit, offset: checked.offset };
    });
  }

  async sharedWork(unitA: string, unitB: string, options?: Parameters<GraphStore['sharedWork']>[2]): Promise<SharedWork> {
    this.open('sharedWork');
    args.checkId('sharedWork', 'unitA', unitA);
    args.checkId('sharedWork', 'unitB', unitB);
    const { includeInferred } = args.checkInferred('sharedWork', options);
    return this.read('sharedWork', async (tx) => {
      await this.requireUnits(tx, [unitA, unitB]);
      const record = (await tx.run(cypher.SHARED_WORK, { unitA, unitB, includeInferred })).records[0];
      const result: SharedWork = { a: unitRef(parse<Unit>(record?.get('a'))), b: unitRef(parse<Unit>(record?.get('b'))), tasks: [], projects: [] };
      for (const work of (record?.get('works') as Array<Record<string, unknown>>) ?? []) {
        const [a, b, inferred] = [work['a'] as ResponsibilityType, work['b'] as ResponsibilityType, work['inferred'] === true];
        if (work['isTask'] === true && a !== 'RESPONSIBLE_FOR' && b !== 'RESPONSIBLE_FOR') {
          result.tasks.push({ task: taskRef(parse<Task>(work['json'])), roleA: a === 'LEADS' ? 'lead' : 'support', roleB: b === 'LEADS' ? 'lead' : 'support', inferred });
        } else if (work['isTask'] !== true) {
          result.projects.push({ project: projectRef(parse<Project>(work['json'])), inferred });
        }
      }
      result.tasks.sort((x, y) => cmp(x.task.documentId, y.task.documentId) || x.task.number - y.task.number || cmp(x.task.id, y.task.id));
      result.projects.sort((x, y) => cmp(x.project.documentId, y.project.documentId) || x.project.number - y.project.number || cmp(x.project.id, y.project.id));
      return result;
    });
  }

  async connections(unitA: string, unitB: string, options?: Parameters<GraphStore['connections']>[2]) {
    this.open('connections');
    args.checkId('connections', 'unitA', unitA);
    args.checkId('connections', 'unitB', unitB);
    const checked = args.checkConnections(options);
    return this.read('connections', async (tx) => {
      const [from, to] = await this.requireUnits(tx, [unitA, unitB]);
      return shortestConnections(this.traversal(tx), unitRef(from as Unit), unitRef(to as Unit), checked);
    });
  }

  async neighbourhood(nodeId: string, options?: Parameters<GraphStore['neighbourhood']>[1]) {
    this.open('neighbourhood');
    args.checkId('neighbourhood', 'nodeId', nodeId);
    const checked = args.checkNeighbourhood(options);
    return this.read('neighbourhood', async (tx) => {
      const source = this.traversal(tx);
      const start = await source.node(nodeId);
      if (!start) throw new NotFoundError('node', nodeId);
      return expandNeighbourhood(source, start, checked);
    });
  }

  async coResponsibilityNetwork(options?: Parameters<GraphStore['coResponsibilityNetwork']>[0]) {
    this.open('coResponsibilityNetwork');
    const checked = args.checkNetwork(options);
    const variant = variantOf(checked.role, checked.includeInferred);
    const params = { types: TYPES_OF[checked.role], includeInferred: checked.includeInferred, minShared: checked.minShared };
    return this.read('coResponsibilityNetwork', async (tx) => {
      if (checked.sectionId !== null) {
        return boundNetwork(await this.network(tx, cypher.SECTION_NETWORK, { ...params, ...checked.scope, sectionId: checked.sectionId }), checked.maxElements, false);
      }
      // The works of the plans in scope, never merged: one place's units have distinct names.
      if (!isWhole(checked.scope)) return boundNetwork(await this.network(tx, cypher.SCOPED_NETWORK, { ...params, ...checked.scope }), checked.maxElements, false);
      const units = num((await tx.run(cypher.unitsWithWork(variant), ints({ cap: checked.maxElements }, ['cap']))).records[0]?.get('n'));
      if (units <= checked.maxElements) {
        const network = await this.network(tx, cypher.fullNetwork(variant), params);
        if (network.nodes.length + network.edges.length <= checked.maxElements) return boundNetwork(network, checked.maxElements, false);
      }
      // Merged by name: counted first, then only what the answer holds is read (all of it, or the busiest names).
      const size = (await tx.run(cypher.namedNetworkSize(variant), params)).records[0];
      const total = { nodes: num(size?.get('nodes')), edges: num(size?.get('edges')) };
      const truncated = total.nodes + total.edges > checked.maxElements;
      const named = await this.network(tx, cypher.namedNetwork(variant), { ...params, limit: neo4j.int(truncated ? keptNodes(checked.maxElements) : total.nodes) });
      return cutNetwork(named.nodes, named.edges, total, checked.maxElements, true, truncated);
    });
  }

  async sections(options?: Parameters<GraphStore['sections']>[0]): Promise<Page<DocumentSections>> {
    this.open('sections');
    const { scope, ...checked } = args.checkScopedPage('sections', options);
    return this.read('sections', async (tx) => {
      const record = (await tx.run(isWhole(scope) ? cypher.SECTIONS : cypher.SECTIONS_SCOPED, ints({ ...checked, ...scope }, ['offset', 'limit']))).records[0];
      const items = ((record?.get('items') as Array<{ summary: string; sections: string }>) ?? []).map((d) => ({
        document: parse<DocumentSummary>(d.summary),
        sections: parse<SectionTreeNode[]>(d.sections),
      }));
      return { items, total: num(record?.get('total')), limit: checked.limit, offset: checked.offset };
    });
  }

  async task(taskId: string) {
    this.open('task');
    args.checkId('task', 'taskId', taskId);
    return this.read('task', async (tx) => taskDetail(await this.around(tx, 'Task', taskId)));
  }

  async project(projectId: string) {
    this.open('project');
    args.checkId('project', 'projectId', projectId);
    return this.read('project', async (tx) => projectDetail(await this.around(tx, 'Project', projectId)));
  }

  async enterprise(enterpriseId: string) {
    this.open('enterprise');
    args.checkId('enterprise', 'enterpriseId', enterpriseId);
    return this.read('enterprise', async (tx) => {
      const around = await this.named(tx, 'Enterprise', enterpriseId);
      const unitId = (around.data as Enterprise).unitId;
      const [unit] = unitId === undefined ? [] : await this.unitsById(tx, [unitId]);
      return enterpriseDetail(around, unit ?? null);
    });
  }

  async place(placeId: string) {
    this.open('place');
    args.checkId('place', 'placeId', placeId);
    return this.read('place', async (tx) => placeDetail(await this.named(tx, 'Place', placeId)));
  }

  async workload(unitId: string): Promise<Workload> {
    this.open('workload');
    args.checkId('workload', 'unitId', unitId);
    return this.read('workload', async (tx) => {
      const record = (await tx.run(cypher.WORKLOAD, { id: unitId })).records[0];
      if (!record) throw new NotFoundError('unit', unitId);
      return workloadFrom(parse<Unit>(record.get('json')), tallyOf(record), num(record.get('bridge')), record.get('chapters') as string[], num(record.get('allTasks')));
    });
  }

  async workloads(options?: Parameters<GraphStore['workloads']>[0]): Promise<Page<Workload>> {
    this.open('workloads');
    const page = args.checkPage('workloads', options);
    return this.read('workloads', async (tx) => {
      const record = (await tx.run(cypher.WORKLOADS, ints(page, ['offset', 'limit']))).records[0];
      const allTasks = num(record?.get('allTasks'));
      const items = ((record?.get('items') as Array<Record<string, unknown>>) ?? [])
        .map((row) => workloadFrom(parse<Unit>(row['json']), tallyOf({ get: (k) => row[k] }), num(row['bridge']), row['chapters'] as string[], allTasks))
        .sort((a, b) => b.tasksLed - a.tasksLed || compareUnitsByName(a.unit, b.unit));
      return { items, total: num(record?.get('total')), ...page };
    });
  }

  async stats(scope?: Scope): Promise<Stats> {
    this.open('stats');
    const checked = args.checkScopeArgument('stats', scope);
    if (!isWhole(checked)) return this.read('stats', (tx) => scopedStats(tx, checked));
    return this.read('stats', async (tx) => {
      const r = (await tx.run(cypher.STATS)).records[0];
      const get = (key: string) => num(r?.get(key));
      return {
        documents: get('documents'),
        sections: get('Section'),
        tasks: get('Task'),
        projects: get('Project'),
        units: get('Unit'),
        enterprises: get('Enterprise'),
        places: get('Place'),
        relations: Object.fromEntries(cypher.RELATION_TYPES.map((t) => [t, get(t)])) as Record<RelationType, number>,
        inferredRelations: get('inferredRelations'),
      };
    });
  }

  async compare(a: Parameters<GraphStore['compare']>[0], b: Parameters<GraphStore['compare']>[1], options?: Parameters<GraphStore['compare']>[2]): Promise<Comparison> {
    this.open('compare');
    const checked = args.checkCompare(a, b, options);
    return this.read('compare', async (tx) => compareSides(await sideData(tx, 'a', checked.a), await sideData(tx, 'b', checked.b), checked));
  }

  async hygiene(options?: Parameters<GraphStore['hygiene']>[0]): Promise<Hygiene> {
    this.open('hygiene');
    const { scope, ...page } = args.checkScopedPage('hygiene', options);
    return this.read('hygiene', async (tx) => {
      const counts = (await tx.run(cypher.CHECK_COUNTS, scope)).records.map((r) => ({ id: r.get('id') as string, counts: Object.fromEntries(cypher.CHECK_FIELDS.map((c) => [c, num(r.get(c))])) }));
      const slices = new Map(DOCUMENT_CHECKS.map((check) => [check, pageAcross(counts.map((d) => d.counts[check] ?? 0), page)]));
      const needed = [...new Set([...slices.values()].flatMap((s) => s.slices.map((x) => counts[x.list]?.id as string)))];
      const findings = new Map(
        needed.length === 0 ? [] : (await tx.run(cypher.FINDINGS, { ids: needed })).records.map((r) => [r.get('id') as string, parse<DocumentFindings>(r.get('findings'))]),
      );
      const result: Record<string, Page<unknown>> = {};
      for (const check of DOCUMENT_CHECKS) {
        const { slices: parts, total } = slices.get(check) as ReturnType<typeof pageAcross>;
        const items = parts.flatMap((x) => (findings.get(counts[x.list]?.id as string)?.[check] ?? []).slice(x.start, x.end) as unknown[]);
        result[check] = { items, total, ...page };
      }
      const supportOnly = (await tx.run(isWhole(scope) ? cypher.SUPPORT_ONLY_UNITS : cypher.SUPPORT_ONLY_UNITS_IN_SCOPE, ints({ ...page, ...scope }, ['offset', 'limit']))).records[0];
      result['supportOnlyUnits'] = {
        items: ((supportOnly?.get('items') as Array<Record<string, unknown>>) ?? []).map((u) => ({ unit: unitRef(parse<Unit>(u['json'])), supports: num(u['supports']), projects: num(u['projects']) })),
        total: num(supportOnly?.get('total')),
        ...page,
      };
      return Object.fromEntries(HYGIENE_CHECKS.map((check) => [check, result[check]])) as unknown as Hygiene;
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.ownsDriver) await this.driver.close();
  }

  private open(fn: string): void {
    if (this.closed) throw new StoreClosedError(fn);
  }

  private sessionConfig(mode: 'READ' | 'WRITE') {
    return {
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
      ...(this.database === undefined ? {} : { database: this.database }),
    };
  }

  private async read<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session(this.sessionConfig('READ'));
    try {
      return await session.executeRead(work);
    } catch (error) {
      throw translateError(error, operation);
    } finally {
      await session.close();
    }
  }

  /** One write transaction: every statement commits together or none does. */
  private async write<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session(this.sessionConfig('WRITE'));
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw translateError(error, operation);
    } finally {
      await session.close();
    }
  }

  private async previous(tx: ManagedTransaction, documentId: string): Promise<Previous | null> {
    const record = (await tx.run(cypher.PREVIOUS, { documentId })).records[0];
    if (!record) return null;
    return {
      contribution: parse<DocumentContribution>(record.get('contribution')),
      sharedIds: (record.get('sharedIds') as string[] | null) ?? [],
      jurisdiction: (record.get('jurisdiction') as string | null) ?? '',
    };
  }

  /** Bridge scores of one jurisdiction's units, recomputed in the transaction that changed it (bounded by the jurisdiction). */
  private async rescore(tx: ManagedTransaction, jurisdiction: string): Promise<void> {
    const units = (await tx.run(cypher.JURISDICTION_UNITS, { jurisdiction })).records.map((r) => ({ id: r.get('id') as string, working: r.get('working') === true }));
    const pairs = (await tx.run(cypher.JURISDICTION_PAIRS, { jurisdiction })).records.map((r) => [r.get('a') as string, r.get('b') as string] as const);
    const scores = bridgeScores(units.filter((u) => u.working).map((u) => u.id), pairs);
    const rows = units.map((u) => ({ id: u.id, score: scores.get(u.id) ?? 0 }));
    for (let i = 0; i < rows.length; i += this.batchSize) await tx.run(cypher.SET_BRIDGES, { rows: rows.slice(i, i + this.batchSize) });
  }

  private async unitsById(tx: ManagedTransaction, unitIds: string[]): Promise<Unit[]> {
    return (await tx.run(cypher.UNITS_BY_ID, { unitIds })).records.map((r) => parse<Unit>(r.get('json')));
  }

  /** The units, in the order asked; not-found names the first missing one. */
  private async requireUnits(tx: ManagedTransaction, unitIds: string[]): Promise<Unit[]> {
    const found = new Map((await this.unitsById(tx, unitIds)).map((u) => [u.id, u]));
    return unitIds.map((id) => {
      const unit = found.get(id);
      if (!unit) throw new NotFoundError('unit', id);
      return unit;
    });
  }

  private async network(tx: ManagedTransaction, text: string, params: Record<string, unknown>) {
    const record = (await tx.run(text, params)).records[0];
    return {
      nodes: ((record?.get('nodes') as Array<Record<string, unknown>>) ?? []).map((n) => ({ id: n['id'] as string, name: n['name'] as string, kind: n['kind'] as Unit['kind'], jurisdiction: n['jurisdiction'] as string, jurisdictionCode: (n['code'] as string | null) ?? null, works: num(n['works']) })),
      edges: ((record?.get('edges') as Array<Record<string, unknown>>) ?? []).map((e) => ({ source: e['source'] as string, target: e['target'] as string, shared: num(e['shared']), weight: num(e['weight']) })),
    };
  }

  private traversal(tx: ManagedTransaction): TraversalSource {
    const edges = (result: QueryResult<RecordShape>): EdgeRow[] =>
      result.records.map((r) => ({
        type: r.get('type') as EdgeRow['type'],
        from: info(r.get('fromId'), r.get('fromKind'), r.get('fromLabel'), r.get('fromUnitKind'), r.get('fromJurisdiction')),
        to: info(r.get('toId'), r.get('toKind'), r.get('toLabel'), r.get('toUnitKind'), r.get('toJurisdiction')),
        inferred: r.get('inferred') === true,
        via: (r.get('via') as string | null) ?? null,
        openEnded: r.get('openEnded') === true,
      }));
    return {
      node: async (id) => {
        const record = (await tx.run(cypher.NODE, { id })).records[0];
        return record ? info(record.get('id'), record.get('kind'), record.get('label'), record.get('unitKind'), record.get('jurisdiction')) : null;
      },
      responsibilityAround: async (ids) => edges(await tx.run(cypher.RESPONSIBILITY_AROUND, { ids: [...ids] })),
      layer: async (frontier, known, take, includeInferred) => {
        const params = ints({ frontier: [...frontier], known: [...known], take, includeInferred }, ['take']);
        const fresh = (await tx.run(cypher.LAYER_FRESH, params)).records.map((r) => info(r.get('id'), r.get('kind'), r.get('label'), r.get('unitKind'), r.get('jurisdiction')));
        const ends = [...known, ...fresh.map((n) => n.id)];
        return { fresh, edges: edges(await tx.run(cypher.LAYER_EDGES_TO, { frontier: [...frontier], ends, includeInferred })) };
      },
    };
  }

  private async around(tx: ManagedTransaction, label: 'Task' | 'Project', id: string): Promise<Around> {
    const kind = label === 'Task' ? 'task' : 'project';
    const record = (await tx.run(cypher.around(label), { id })).records[0];
    if (!record) throw new NotFoundError(kind, id);
    const rows: AroundRow[] = (record.get('rows') as Array<Record<string, unknown> | null>)
      .filter((row): row is Record<string, unknown> => row !== null)
      .map((row) => ({
        type: row['type'] as AroundRow['type'],
        direction: row['out'] === true ? 'out' : 'in',
        inferred: row['inferred'] === true,
        via: (row['via'] as string | null) ?? null,
        openEnded: row['openEnded'] === true,
        score: (row['score'] as number | null) ?? null,
        other: { kind: kindOf(row['labels'] as string[]), data: parse<unknown>(row['json']) },
      }));
    const documentId = record.get('documentId') as string;
    const sections = (await tx.run(cypher.SECTIONS_OF_DOCUMENT, { documentId })).records.map((r) => parse<Section>(r.get('json')));
    const doc = (await tx.run(cypher.DOCUMENT_JSON, { documentId })).records[0];
    return { kind, data: parse<unknown>(record.get('json')), rows, sections, document: doc ? parse<DocumentNode>(doc.get('json')) : null };
  }

  /** An enterprise or place with the first few of the works naming it, and how many there are. */
  private async named(tx: ManagedTransaction, label: 'Enterprise' | 'Place', id: string): Promise<Around> {
    const kind = label === 'Enterprise' ? 'enterprise' : 'place';
    const record = (await tx.run(cypher.named(label), ints({ id, cap: LIMITS.detailItems }, ['cap']))).records[0];
    if (!record) throw new NotFoundError(kind, id);
    const row = (type: RelationType, direction: 'in' | 'out', other: 'task' | 'project') => (json: string): AroundRow => ({
      type,
      direction,
      inferred: false,
      via: null,
      openEnded: false,
      score: null,
      other: { kind: other, data: parse<unknown>(json) },
    });
    return {
      kind,
      data: parse<unknown>(record.get('json')),
      rows: [
        ...(record.get('tasks') as string[]).map(row('MENTIONS', 'in', 'task')),
        ...(record.get('projects') as string[]).map(row('MENTIONS', 'in', 'project')),
        ...(record.get('responsibleFor') as string[]).map(row('RESPONSIBLE_FOR', 'out', 'project')),
      ],
      sections: [],
      document: null,
      totals: { mentionedInTasks: num(record.get('taskTotal')), mentionedInProjects: num(record.get('projectTotal')), responsibleFor: num(record.get('responsibleForTotal')) },
    };
  }
}
