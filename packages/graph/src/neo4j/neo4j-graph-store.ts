// The Neo4j adapter: batched, idempotent, all-or-nothing writes; read transactions; typed errors.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { DocumentNode, DutyGraph, Enterprise, Project, Section, Task, Unit } from '@dutymap/model';
import type { DocumentSummary, InferredOption, NodeKind, Stats, UnitDetail } from '@dutymap/model';
import type { GraphStore } from '../graph-store.js';
import { InvalidArgumentError, NotFoundError, StoreClosedError } from '../errors.js';
import * as analysis from '../core/analysis.js';
import * as args from '../core/args.js';
import { enterpriseDetail, placeDetail, projectDetail, taskDetail, type Around, type AroundRow } from '../core/details.js';
import { indexSnapshot, type ResponsibilityRow, type ResponsibilityType, type Snapshot } from '../core/snapshot.js';
import {
  expandNeighbourhood,
  kindOfLabel,
  nodeLabel,
  shortestConnections,
  type EdgeRow,
  type NodeInfo,
  type TraversalSource,
} from '../core/traverse.js';
import { uniqueRelations } from '../core/relations.js';
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
  /** Rows per UNWIND batch when writing (default 1000). */
  batchSize?: number;
  /** Milliseconds to open a connection before giving up (default 5000). Ignored when `driver` is given. */
  connectionTimeoutMs?: number;
  /** Milliseconds to get a connection from the pool, opening one included (default 15000). Ignored when `driver` is given. */
  connectionAcquisitionTimeoutMs?: number;
  /** Milliseconds a transaction that failed on a transient error is retried for (default 10000; 0 = never). Ignored when `driver` is given. */
  maxTransactionRetryTimeMs?: number;
}

/** One parameterised statement of a write plan. */
export interface PlannedStatement {
  text: string;
  params: Record<string, unknown>;
}

const KIND_LABEL: Record<'task' | 'project' | 'enterprise' | 'place', cypher.NodeLabel> = {
  task: 'Task',
  project: 'Project',
  enterprise: 'Enterprise',
  place: 'Place',
};

/** Connects, checks the server answers, creates constraints and indexes (idempotent), and returns the store. */
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

/** The statements that load one document, in order, batched by `batchSize` rows. Exported for the benchmark. */
export function writePlan(graph: DutyGraph, batchSize = 1000): PlannedStatement[] {
  const documentId = graph.document.id;
  const plan: PlannedStatement[] = [];
  const batched = (text: string, rows: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}): void => {
    for (let i = 0; i < rows.length; i += batchSize) plan.push({ text, params: { ...extra, rows: rows.slice(i, i + batchSize) } });
  };
  // A reload replaces the document: what it no longer says must not linger.
  for (const label of cypher.OWNED_LABELS) plan.push({ text: cypher.deleteOwned(label), params: { documentId } });
  plan.push({ text: cypher.UNLINK_SHARED, params: { documentId } });
  const label = (kind: NodeKind, item: object): string => nodeLabel(kind, item as Record<string, unknown>);
  plan.push({
    text: cypher.MERGE_DOCUMENT,
    params: { row: { id: documentId, title: graph.document.title, label: label('document', graph.document), json: JSON.stringify(graph.document) } },
  });
  const owned = (kind: NodeKind, items: ReadonlyArray<Section | Task | Project>) =>
    items.map((item) => ({ id: item.id, documentId, number: 'level' in item ? null : item.number, kind, label: label(kind, item), json: JSON.stringify(item) }));
  batched(cypher.mergeOwned('Section'), owned('section', graph.sections));
  batched(cypher.mergeOwned('Task'), owned('task', graph.tasks));
  batched(cypher.mergeOwned('Project'), owned('project', graph.projects));
  const shared = (kind: NodeKind, items: ReadonlyArray<{ id: string; name: string; kind?: string }>) =>
    items.map((item) => ({ id: item.id, name: item.name, kind, label: label(kind, item), unitKind: kind === 'unit' ? (item.kind ?? null) : null, json: JSON.stringify(item) }));
  batched(cypher.mergeShared('Unit'), shared('unit', graph.units), { documentId });
  batched(cypher.mergeShared('Enterprise'), shared('enterprise', graph.enterprises), { documentId });
  batched(cypher.mergeShared('Place'), shared('place', graph.places), { documentId });
  const relations = uniqueRelations(graph.relations);
  for (const type of cypher.RELATION_TYPES) {
    batched(
      cypher.mergeRelations(type),
      relations.filter((r) => r.type === type).map((r) => ({ ...r.attributes, key: r.key, from: r.from, to: r.to })),
    );
  }
  plan.push({ text: cypher.DELETE_ORPHANS, params: {} });
  return plan;
}

function parse<T>(json: unknown): T {
  return JSON.parse(json as string) as T;
}

function num(value: unknown): number {
  return neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value ?? 0);
}

function kindOf(labels: readonly string[]): NodeKind {
  for (const label of labels) {
    const kind = kindOfLabel(label);
    if (kind) return kind;
  }
  return 'document';
}

function info(id: unknown, kind: unknown, label: unknown, unitKind: unknown): NodeInfo {
  const node: NodeInfo = { id: id as string, kind: kind as NodeKind, label: label as string };
  if (kind === 'unit') node.unitKind = unitKind as Unit['kind'];
  return node;
}

class Neo4jGraphStore implements GraphStore {
  private closed = false;

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
    } finally {
      await session.close();
    }
  }

  async loadDocument(graph: DutyGraph): Promise<DocumentSummary> {
    this.open('loadDocument');
    const checked = args.checkDutyGraph(graph);
    const plan = writePlan(checked, this.batchSize);
    await this.write('loadDocument', async (tx) => {
      for (const statement of plan) await tx.run(statement.text, statement.params);
    });
    const d = checked.document;
    return { id: d.id, title: d.title, jurisdiction: d.jurisdiction, sourceName: d.sourceName, sha256: d.sha256, taskCount: checked.tasks.length, projectCount: checked.projects.length };
  }

  async removeDocument(documentId: string): Promise<boolean> {
    this.open('removeDocument');
    args.checkId('removeDocument', 'documentId', documentId);
    return this.write('removeDocument', async (tx) => {
      const exists = await tx.run(cypher.DOCUMENT_EXISTS, { documentId });
      if (num(exists.records[0]?.get('n')) === 0) return false;
      for (const label of cypher.OWNED_LABELS) await tx.run(cypher.deleteOwned(label), { documentId });
      await tx.run(cypher.DELETE_DOCUMENT, { documentId });
      await tx.run(cypher.UNLINK_SHARED, { documentId });
      await tx.run(cypher.DELETE_ORPHANS);
      return true;
    });
  }

  async documents(): Promise<DocumentSummary[]> {
    this.open('documents');
    return this.read('documents', (tx) => this.documentSummaries(tx));
  }

  async unit(unitId: string): Promise<UnitDetail> {
    this.open('unit');
    args.checkId('unit', 'unitId', unitId);
    return this.read('unit', async (tx) => {
      const { snapshot, documentIds } = await this.localSnapshot(tx, [unitId]);
      const unit = analysis.requireUnit(snapshot, unitId);
      return { unit, documentIds: [...(documentIds.get(unitId) ?? [])].sort(), ...analysis.countsOf(snapshot, unitId) };
    });
  }

  async findUnits(query?: Parameters<GraphStore['findUnits']>[0]) {
    this.open('findUnits');
    const checked = args.checkFindUnits(query);
    return this.read('findUnits', async (tx) => analysis.findUnits(indexSnapshot(await this.fullSnapshot(tx)), checked));
  }

  async tasksOfUnit(unitId: string, options?: Parameters<GraphStore['tasksOfUnit']>[1]) {
    this.open('tasksOfUnit');
    args.checkId('tasksOfUnit', 'unitId', unitId);
    const checked = args.checkTasksOfUnit(options);
    return this.read('tasksOfUnit', async (tx) => analysis.tasksOfUnit((await this.localSnapshot(tx, [unitId])).snapshot, unitId, checked));
  }

  async projectsOfUnit(unitId: string, options?: InferredOption) {
    this.open('projectsOfUnit');
    args.checkId('projectsOfUnit', 'unitId', unitId);
    const checked = args.checkInferred('projectsOfUnit', options);
    return this.read('projectsOfUnit', async (tx) => analysis.projectsOfUnit((await this.localSnapshot(tx, [unitId])).snapshot, unitId, checked));
  }

  async partners(unitId: string, options?: InferredOption) {
    this.open('partners');
    args.checkId('partners', 'unitId', unitId);
    const checked = args.checkInferred('partners', options);
    return this.read('partners', async (tx) => analysis.partners((await this.localSnapshot(tx, [unitId])).snapshot, unitId, checked));
  }

  async sharedWork(unitA: string, unitB: string, options?: InferredOption) {
    this.open('sharedWork');
    args.checkId('sharedWork', 'unitA', unitA);
    args.checkId('sharedWork', 'unitB', unitB);
    const checked = args.checkInferred('sharedWork', options);
    return this.read('sharedWork', async (tx) => analysis.sharedWork((await this.localSnapshot(tx, [unitA, unitB])).snapshot, unitA, unitB, checked));
  }

  async connections(unitA: string, unitB: string, options?: Parameters<GraphStore['connections']>[2]) {
    this.open('connections');
    args.checkId('connections', 'unitA', unitA);
    args.checkId('connections', 'unitB', unitB);
    const checked = args.checkConnections(options);
    return this.read('connections', async (tx) => {
      const units = indexSnapshot({ ...emptySnapshot(), units: await this.unitsById(tx, [unitA, unitB]) });
      const from = analysis.requireUnit(units, unitA);
      const to = analysis.requireUnit(units, unitB);
      return shortestConnections(this.traversal(tx), from, to, checked);
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
    return this.read('coResponsibilityNetwork', async (tx) => analysis.network(indexSnapshot(await this.fullSnapshot(tx)), checked));
  }

  async sections() {
    this.open('sections');
    return this.read('sections', async (tx) => {
      const summaries = await this.documentSummaries(tx);
      return analysis.sectionTrees(summaries, indexSnapshot(await this.fullSnapshot(tx)));
    });
  }

  async task(taskId: string) {
    this.open('task');
    args.checkId('task', 'taskId', taskId);
    return this.read('task', async (tx) => taskDetail(await this.around(tx, 'task', taskId)));
  }

  async project(projectId: string) {
    this.open('project');
    args.checkId('project', 'projectId', projectId);
    return this.read('project', async (tx) => projectDetail(await this.around(tx, 'project', projectId)));
  }

  async enterprise(enterpriseId: string) {
    this.open('enterprise');
    args.checkId('enterprise', 'enterpriseId', enterpriseId);
    return this.read('enterprise', async (tx) => {
      const around = await this.around(tx, 'enterprise', enterpriseId);
      const unitId = (around.data as Enterprise).unitId;
      const [unit] = unitId === undefined ? [] : await this.unitsById(tx, [unitId]);
      return enterpriseDetail(around, unit ?? null);
    });
  }

  async place(placeId: string) {
    this.open('place');
    args.checkId('place', 'placeId', placeId);
    return this.read('place', async (tx) => placeDetail(await this.around(tx, 'place', placeId)));
  }

  async workload(unitId: string) {
    this.open('workload');
    args.checkId('workload', 'unitId', unitId);
    return this.read('workload', async (tx) => {
      const snapshot = indexSnapshot(await this.fullSnapshot(tx));
      analysis.requireUnit(snapshot, unitId);
      return analysis.workload(snapshot, unitId, analysis.bridgeScores(snapshot));
    });
  }

  async stats(): Promise<Stats> {
    this.open('stats');
    return this.read('stats', async (tx) => {
      const snapshot = indexSnapshot(await this.fullSnapshot(tx));
      const relations = { LEADS: 0, SUPPORTS: 0, RESPONSIBLE_FOR: 0, MENTIONS: 0, IMPLEMENTS: 0, IN_SECTION: 0, PART_OF: 0 };
      let inferredRelations = 0;
      for (const record of (await tx.run(cypher.RELATION_COUNTS)).records) {
        relations[record.get('type') as keyof typeof relations] = num(record.get('n'));
        inferredRelations += num(record.get('inferred'));
      }
      const counts = (await tx.run(cypher.COUNT_LABELS)).records[0];
      return {
        documents: snapshot.documents.length,
        sections: snapshot.sections.length,
        tasks: snapshot.tasks.length,
        projects: snapshot.projects.length,
        units: snapshot.units.length,
        enterprises: num(counts?.get('enterprises')),
        places: num(counts?.get('places')),
        relations,
        inferredRelations,
        workloads: analysis.workloads(snapshot),
      };
    });
  }

  async hygiene() {
    this.open('hygiene');
    return this.read('hygiene', async (tx) => analysis.hygiene(indexSnapshot(await this.fullSnapshot(tx))));
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

  private async jsonOf<T>(tx: ManagedTransaction, label: cypher.NodeLabel): Promise<T[]> {
    return (await tx.run(cypher.allOf(label))).records.map((r) => parse<T>(r.get('json')));
  }

  private async documentSummaries(tx: ManagedTransaction): Promise<DocumentSummary[]> {
    return (await tx.run(cypher.DOCUMENTS)).records.map((r) => {
      const d = parse<DocumentNode>(r.get('json'));
      return {
        id: d.id,
        title: d.title,
        jurisdiction: d.jurisdiction,
        sourceName: d.sourceName,
        sha256: d.sha256,
        taskCount: num(r.get('taskCount')),
        projectCount: num(r.get('projectCount')),
      };
    });
  }

  private async fullSnapshot(tx: ManagedTransaction): Promise<Snapshot> {
    return {
      documents: await this.jsonOf<DocumentNode>(tx, 'Document'),
      sections: await this.jsonOf<Section>(tx, 'Section'),
      tasks: await this.jsonOf<Task>(tx, 'Task'),
      projects: await this.jsonOf<Project>(tx, 'Project'),
      units: await this.jsonOf<Unit>(tx, 'Unit'),
      rows: (await tx.run(cypher.ALL_RESPONSIBILITY)).records.map((r) => ({
        workId: r.get('workId') as string,
        unitId: r.get('unitId') as string,
        type: r.get('type') as ResponsibilityType,
        inferred: r.get('inferred') === true,
        via: (r.get('via') as string | null) ?? null,
        openEnded: r.get('openEnded') === true,
      })),
      implementsRows: (await tx.run(cypher.ALL_IMPLEMENTS)).records.map((r) => ({
        projectId: r.get('projectId') as string,
        taskId: r.get('taskId') as string,
        score: (r.get('score') as number | null) ?? null,
      })),
    };
  }

  private async unitsById(tx: ManagedTransaction, unitIds: string[]): Promise<Unit[]> {
    return (await tx.run(cypher.UNITS_BY_ID, { unitIds })).records.map((r) => parse<Unit>(r.get('json')));
  }

  /** The tasks/projects around some units with every unit on them, and their documents' sections. */
  private async localSnapshot(tx: ManagedTransaction, unitIds: string[]) {
    const unitRecords = (await tx.run(cypher.UNITS_BY_ID, { unitIds })).records;
    const units = new Map<string, Unit>();
    const documentIds = new Map<string, string[]>();
    for (const r of unitRecords) {
      const unit = parse<Unit>(r.get('json'));
      units.set(unit.id, unit);
      documentIds.set(unit.id, (r.get('documentIds') as string[] | null) ?? []);
    }
    const snapshot = emptySnapshot();
    const docs = new Set<string>();
    const work: QueryResult<RecordShape> = await tx.run(cypher.WORK_AROUND_UNITS, { unitIds });
    for (const r of work.records) {
      const workId = r.get('workId') as string;
      if (r.get('isTask') === true) snapshot.tasks.push(parse<Task>(r.get('workJson')));
      else snapshot.projects.push(parse<Project>(r.get('workJson')));
      docs.add(r.get('documentId') as string);
      for (const link of r.get('links') as Array<Record<string, unknown>>) {
        const unitId = link['unitId'] as string;
        if (!units.has(unitId)) units.set(unitId, parse<Unit>(link['unitJson']));
        snapshot.rows.push({
          workId,
          unitId,
          type: link['type'] as ResponsibilityType,
          inferred: link['inferred'] === true,
          via: (link['via'] as string | null) ?? null,
          openEnded: link['openEnded'] === true,
        } satisfies ResponsibilityRow);
      }
    }
    if (docs.size > 0) {
      snapshot.sections = (await tx.run(cypher.SECTIONS_OF_DOCUMENTS, { documentIds: [...docs] })).records.map((r) => parse<Section>(r.get('json')));
    }
    snapshot.units = [...units.values()];
    return { snapshot: indexSnapshot(snapshot), documentIds };
  }

  private traversal(tx: ManagedTransaction): TraversalSource {
    const edges = (result: QueryResult<RecordShape>): EdgeRow[] =>
      result.records.map((r) => ({
        type: r.get('type') as EdgeRow['type'],
        from: info(r.get('fromId'), r.get('fromKind'), r.get('fromLabel'), r.get('fromUnitKind')),
        to: info(r.get('toId'), r.get('toKind'), r.get('toLabel'), r.get('toUnitKind')),
        inferred: r.get('inferred') === true,
        via: (r.get('via') as string | null) ?? null,
        openEnded: r.get('openEnded') === true,
      }));
    return {
      node: async (id) => {
        const record = (await tx.run(cypher.NODE, { id })).records[0];
        return record ? info(record.get('id'), record.get('kind'), record.get('label'), record.get('unitKind')) : null;
      },
      edgesAround: async (ids, responsibilityOnly) =>
        edges(await tx.run(responsibilityOnly ? cypher.RESPONSIBILITY_AROUND : cypher.EDGES_AROUND, { ids: [...ids] })),
    };
  }

  private async around(tx: ManagedTransaction, kind: keyof typeof KIND_LABEL, id: string): Promise<Around> {
    const record = (await tx.run(cypher.around(KIND_LABEL[kind]), { id })).records[0];
    if (!record) throw new NotFoundError(kind, id);
    const data = parse<unknown>(record.get('json'));
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
    const documentId = (record.get('documentId') as string | null) ?? undefined;
    if (documentId === undefined) return { kind, data, rows, sections: [], document: null };
    const sections = (await tx.run(cypher.SECTIONS_OF_DOCUMENTS, { documentIds: [documentId] })).records.map((r) => parse<Section>(r.get('json')));
    const doc = (await tx.run(cypher.DOCUMENT_JSON, { documentId })).records[0];
    return { kind, data, rows, sections, document: doc ? parse<DocumentNode>(doc.get('json')) : null };
  }
}

function emptySnapshot(): Snapshot {
  return { documents: [], sections: [], tasks: [], projects: [], units: [], rows: [], implementsRows: [] };
}
