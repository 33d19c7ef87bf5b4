// The embedded default: the documents as loaded, projected into a graphology multigraph.
import { MultiDirectedGraph } from 'graphology';
import type { DutyGraph, Enterprise, RelationType, Unit } from '@dutymap/model';
import type { DocumentSummary, InferredOption, NodeKind, UnitDetail } from '@dutymap/model';
import type { GraphStore } from '../graph-store.js';
import { CapacityExceededError, IdConflictError, NotFoundError, StoreClosedError } from '../errors.js';
import * as analysis from '../core/analysis.js';
import * as args from '../core/args.js';
import { enterpriseDetail, placeDetail, projectDetail, taskDetail, type Around } from '../core/details.js';
import { indexSnapshot, type IndexedSnapshot, type ResponsibilityType, type Snapshot } from '../core/snapshot.js';
import { uniqueRelations } from '../core/relations.js';
import {
  expandNeighbourhood,
  nodeLabel,
  shortestConnections,
  type EdgeRow,
  type NodeInfo,
  type TraversalSource,
} from '../core/traverse.js';

/** Options of the embedded store. */
export interface MemoryGraphStoreOptions {
  /**
   * Most nodes the store will hold. Default 16,000,000: graphology keeps nodes in a JS Map,
   * and V8 Maps stop at 2^24 entries with a RangeError; past this the store raises
   * `capacity-exceeded` and keeps its previous content.
   */
  maxNodes?: number;
  /** Most edges the store will hold (default 16,000,000, same reason). */
  maxEdges?: number;
}

const ENGINE_LIMIT = 16_000_000;

interface NodeAttributes {
  kind: NodeKind;
  data: unknown;
}

/** Edge attributes are shared between edges with equal values (they are never mutated): fewer bytes per edge. */
interface EdgeAttributes {
  type: RelationType;
  inferred: boolean;
  via: string | null;
  openEnded: boolean;
  score: number | null;
}

type Store = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/**
 * A loaded document without its relations: those live only as graph edges (keeping both would
 * cost about a hundred bytes more per edge). A rebuild takes them back from the current graph.
 */
type StoredDocument = Omit<DutyGraph, 'relations'> & { relationCount: number };

type EdgeTriple = readonly [from: string, to: string, attributes: EdgeAttributes];

const RESPONSIBILITY = new Set<string>(['LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR']);

/** Creates the embedded graph store (no server, nothing on disk). */
export function createMemoryGraphStore(options: MemoryGraphStoreOptions = {}): GraphStore {
  return new MemoryGraphStore(options);
}

class MemoryGraphStore implements GraphStore {
  private readonly maxNodes: number;
  private readonly maxEdges: number;
  /** Loaded documents in load order; a reload moves the document last, so its unit properties win. */
  private docs = new Map<string, StoredDocument>();
  /** Edge attribute objects by value, shared by every edge that has those values. */
  private readonly interned = new Map<string, EdgeAttributes>();
  private graph: Store = new MultiDirectedGraph();
  private cache: { snapshot?: IndexedSnapshot; bridges?: Map<string, number> } = {};
  private closed = false;

  constructor(options: MemoryGraphStoreOptions) {
    this.maxNodes = options.maxNodes ?? ENGINE_LIMIT;
    this.maxEdges = options.maxEdges ?? ENGINE_LIMIT;
  }

  async loadDocument(graph: DutyGraph): Promise<DocumentSummary> {
    this.open('loadDocument');
    const checked = args.checkDutyGraph(graph);
    const { relations, ...rest } = checked;
    const triples = uniqueRelations(relations).map((r): EdgeTriple => [r.from, r.to, this.intern({ type: r.type, ...r.attributes })]);
    const next = new Map(this.docs);
    next.delete(checked.document.id);
    next.set(checked.document.id, { ...rest, relationCount: triples.length });
    this.replace(next, { documentId: checked.document.id, triples });
    return summaryOf(checked);
  }

  async removeDocument(documentId: string): Promise<boolean> {
    this.open('removeDocument');
    args.checkId('removeDocument', 'documentId', documentId);
    if (!this.docs.has(documentId)) return false;
    const next = new Map(this.docs);
    next.delete(documentId);
    this.replace(next);
    return true;
  }

  async documents(): Promise<DocumentSummary[]> {
    this.open('documents');
    return analysis.documentSummaries(this.snapshot());
  }

  async unit(unitId: string): Promise<UnitDetail> {
    this.open('unit');
    args.checkId('unit', 'unitId', unitId);
    const snapshot = this.snapshot();
    const unit = analysis.requireUnit(snapshot, unitId);
    const documentIds = [...this.docs.values()]
      .filter((doc) => doc.units.some((u) => u.id === unitId))
      .map((doc) => doc.document.id)
      .sort();
    return { unit, documentIds, ...analysis.countsOf(snapshot, unitId) };
  }

  async findUnits(query?: Parameters<GraphStore['findUnits']>[0]) {
    this.open('findUnits');
    return analysis.findUnits(this.snapshot(), args.checkFindUnits(query));
  }

  async tasksOfUnit(unitId: string, options?: Parameters<GraphStore['tasksOfUnit']>[1]) {
    this.open('tasksOfUnit');
    args.checkId('tasksOfUnit', 'unitId', unitId);
    return analysis.tasksOfUnit(this.snapshot(), unitId, args.checkTasksOfUnit(options));
  }

  async projectsOfUnit(unitId: string, options?: InferredOption) {
    this.open('projectsOfUnit');
    args.checkId('projectsOfUnit', 'unitId', unitId);
    return analysis.projectsOfUnit(this.snapshot(), unitId, args.checkInferred('projectsOfUnit', options));
  }

  async partners(unitId: string, options?: InferredOption) {
    this.open('partners');
    args.checkId('partners', 'unitId', unitId);
    return analysis.partners(this.snapshot(), unitId, args.checkInferred('partners', options));
  }

  async sharedWork(unitA: string, unitB: string, options?: InferredOption) {
    this.open('sharedWork');
    args.checkId('sharedWork', 'unitA', unitA);
    args.checkId('sharedWork', 'unitB', unitB);
    return analysis.sharedWork(this.snapshot(), unitA, unitB, args.checkInferred('sharedWork', options));
  }

  async connections(unitA: string, unitB: string, options?: Parameters<GraphStore['connections']>[2]) {
    this.open('connections');
    args.checkId('connections', 'unitA', unitA);
    args.checkId('connections', 'unitB', unitB);
    const checked = args.checkConnections(options);
    const snapshot = this.snapshot();
    const from = analysis.requireUnit(snapshot, unitA);
    const to = analysis.requireUnit(snapshot, unitB);
    return shortestConnections(this.traversal(), from, to, checked);
  }

  async neighbourhood(nodeId: string, options?: Parameters<GraphStore['neighbourhood']>[1]) {
    this.open('neighbourhood');
    args.checkId('neighbourhood', 'nodeId', nodeId);
    const checked = args.checkNeighbourhood(options);
    const source = this.traversal();
    const start = await source.node(nodeId);
    if (!start) throw new NotFoundError('node', nodeId);
    return expandNeighbourhood(source, start, checked);
  }

  async coResponsibilityNetwork(options?: Parameters<GraphStore['coResponsibilityNetwork']>[0]) {
    this.open('coResponsibilityNetwork');
    return analysis.network(this.snapshot(), args.checkNetwork(options));
  }

  async sections() {
    this.open('sections');
    const snapshot = this.snapshot();
    return analysis.sectionTrees(analysis.documentSummaries(snapshot), snapshot);
  }

  async task(taskId: string) {
    this.open('task');
    return taskDetail(this.around('task', 'taskId', taskId, 'task'));
  }

  async project(projectId: string) {
    this.open('project');
    return projectDetail(this.around('project', 'projectId', projectId, 'project'));
  }

  async enterprise(enterpriseId: string) {
    this.open('enterprise');
    const around = this.around('enterprise', 'enterpriseId', enterpriseId, 'enterprise');
    const unitId = (around.data as Enterprise).unitId;
    const unit = unitId !== undefined && this.kindOf(unitId) === 'unit' ? (this.graph.getNodeAttribute(unitId, 'data') as Unit) : null;
    return enterpriseDetail(around, unit);
  }

  async place(placeId: string) {
    this.open('place');
    return placeDetail(this.around('place', 'placeId', placeId, 'place'));
  }

  async workload(unitId: string) {
    this.open('workload');
    args.checkId('workload', 'unitId', unitId);
    return analysis.workload(this.snapshot(), unitId, this.bridges());
  }

  async stats() {
    this.open('stats');
    const snapshot = this.snapshot();
    const relations = { LEADS: 0, SUPPORTS: 0, RESPONSIBLE_FOR: 0, MENTIONS: 0, IMPLEMENTS: 0, IN_SECTION: 0, PART_OF: 0 };
    let inferredRelations = 0;
    this.graph.forEachEdge((_edge, attributes) => {
      relations[attributes.type] += 1;
      if (attributes.inferred) inferredRelations += 1;
    });
    return {
      documents: snapshot.documents.length,
      sections: snapshot.sections.length,
      tasks: snapshot.tasks.length,
      projects: snapshot.projects.length,
      units: snapshot.units.length,
      enterprises: this.countKind('enterprise'),
      places: this.countKind('place'),
      relations,
      inferredRelations,
      workloads: analysis.workloads(snapshot),
    };
  }

  async hygiene() {
    this.open('hygiene');
    return analysis.hygiene(this.snapshot());
  }

  async close(): Promise<void> {
    this.closed = true;
    this.docs = new Map();
    this.graph = new MultiDirectedGraph();
    this.cache = {};
  }

  private open(fn: string): void {
    if (this.closed) throw new StoreClosedError(fn);
  }

  /** Builds the graph of `docs` aside and swaps it in only when complete: a failed load leaves no trace. */
  private replace(docs: Map<string, StoredDocument>, added?: { documentId: string; triples: EdgeTriple[] }): void {
    let nodes = 0;
    let edges = 0;
    for (const doc of docs.values()) {
      nodes += 1 + doc.sections.length + doc.tasks.length + doc.projects.length + doc.units.length + doc.enterprises.length + doc.places.length;
      edges += doc.relationCount;
    }
    if (nodes > this.maxNodes || edges > this.maxEdges) {
      throw new CapacityExceededError(
        `loadDocument: the embedded store holds at most ${this.maxNodes} nodes and ${this.maxEdges} edges; this load needs ${nodes} and ${edges}. Use the Neo4j adapter for data this size.`,
        { details: { nodes, edges, maxNodes: this.maxNodes, maxEdges: this.maxEdges } },
      );
    }
    let graph: Store;
    try {
      const kept = this.edgesByDocument();
      graph = build(docs, (documentId) => (documentId === added?.documentId ? added.triples : (kept.get(documentId) ?? [])));
    } catch (error) {
      if (error instanceof RangeError) {
        throw new CapacityExceededError(`loadDocument: the embedded store ran out of room (${error.message})`, { cause: error });
      }
      throw error;
    }
    this.docs = docs;
    this.graph = graph;
    this.cache = {};
  }

  private intern(attributes: EdgeAttributes): EdgeAttributes {
    const signature = `${attributes.type}|${attributes.inferred}|${attributes.via ?? ''}|${attributes.openEnded}|${attributes.score ?? ''}`;
    let shared = this.interned.get(signature);
    if (!shared) {
      shared = Object.freeze(attributes);
      this.interned.set(signature, shared);
    }
    return shared;
  }

  /** The current edges by the document that wrote them: every edge touches a node one document owns. */
  private edgesByDocument(): Map<string, EdgeTriple[]> {
    const byDocument = new Map<string, EdgeTriple[]>();
    const owner = (id: string, a: NodeAttributes): string | undefined =>
      a.kind === 'document' ? id : a.kind === 'section' || a.kind === 'task' || a.kind === 'project' ? (a.data as { documentId: string }).documentId : undefined;
    this.graph.forEachEdge((_edge, attributes, source, target, sourceAttributes, targetAttributes) => {
      const documentId = owner(source, sourceAttributes) ?? owner(target, targetAttributes);
      if (documentId === undefined) return;
      const list = byDocument.get(documentId) ?? [];
      list.push([source, target, attributes]);
      byDocument.set(documentId, list);
    });
    return byDocument;
  }

  private snapshot(): IndexedSnapshot {
    if (this.cache.snapshot) return this.cache.snapshot;
    const snapshot: Snapshot = { documents: [], sections: [], tasks: [], projects: [], units: [], rows: [], implementsRows: [] };
    this.graph.forEachNode((_id, { kind, data }) => {
      if (kind === 'document') snapshot.documents.push(data as Snapshot['documents'][number]);
      else if (kind === 'section') snapshot.sections.push(data as Snapshot['sections'][number]);
      else if (kind === 'task') snapshot.tasks.push(data as Snapshot['tasks'][number]);
      else if (kind === 'project') snapshot.projects.push(data as Snapshot['projects'][number]);
      else if (kind === 'unit') snapshot.units.push(data as Unit);
    });
    this.graph.forEachEdge((_edge, a, source, target, sourceAttributes) => {
      if (RESPONSIBILITY.has(a.type) && sourceAttributes.kind === 'unit') {
        snapshot.rows.push({ workId: target, unitId: source, type: a.type as ResponsibilityType, inferred: a.inferred, via: a.via, openEnded: a.openEnded });
      } else if (a.type === 'IMPLEMENTS') {
        snapshot.implementsRows.push({ projectId: source, taskId: target, score: a.score });
      }
    });
    this.cache.snapshot = indexSnapshot(snapshot);
    return this.cache.snapshot;
  }

  private bridges(): Map<string, number> {
    this.cache.bridges ??= analysis.bridgeScores(this.snapshot());
    return this.cache.bridges;
  }

  private countKind(kind: NodeKind): number {
    let count = 0;
    this.graph.forEachNode((_id, a) => {
      if (a.kind === kind) count += 1;
    });
    return count;
  }

  private kindOf(id: string): NodeKind | undefined {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'kind') : undefined;
  }

  private info(id: string): NodeInfo {
    const { kind, data } = this.graph.getNodeAttributes(id);
    const info: NodeInfo = { id, kind, label: nodeLabel(kind, data as Record<string, unknown>) };
    if (kind === 'unit') info.unitKind = (data as Unit).kind;
    return info;
  }

  private traversal(): TraversalSource {
    const graph = this.graph;
    return {
      node: async (id) => (graph.hasNode(id) ? this.info(id) : null),
      edgesAround: async (ids, responsibilityOnly) => {
        const rows: EdgeRow[] = [];
        for (const id of ids) {
          if (!graph.hasNode(id)) continue;
          graph.forEachEdge(id, (_edge, a, source, target, sourceAttributes) => {
            if (responsibilityOnly && (!RESPONSIBILITY.has(a.type) || sourceAttributes.kind !== 'unit')) return;
            rows.push({ type: a.type, from: this.info(source), to: this.info(target), inferred: a.inferred, via: a.via, openEnded: a.openEnded });
          });
        }
        return rows;
      },
    };
  }

  private around(fn: string, argument: string, id: string, kind: NodeKind): Around {
    args.checkId(fn, argument, id);
    if (this.kindOf(id) !== kind) throw new NotFoundError(kind, id);
    const data = this.graph.getNodeAttribute(id, 'data');
    const rows: Around['rows'] = [];
    this.graph.forEachEdge(id, (_edge, a, source, _target, sourceAttributes, targetAttributes) => {
      const out = source === id;
      const other = out ? targetAttributes : sourceAttributes;
      rows.push({ type: a.type, direction: out ? 'out' : 'in', inferred: a.inferred, via: a.via, openEnded: a.openEnded, score: a.score, other: { kind: other.kind, data: other.data } });
    });
    const documentId = (data as { documentId?: string }).documentId;
    const doc = documentId === undefined ? undefined : this.docs.get(documentId);
    return { kind, data, rows, sections: doc?.sections ?? [], document: doc?.document ?? null };
  }
}

function summaryOf(graph: Omit<DutyGraph, 'relations'>): DocumentSummary {
  const d = graph.document;
  return {
    id: d.id,
    title: d.title,
    jurisdiction: d.jurisdiction,
    sourceName: d.sourceName,
    sha256: d.sha256,
    taskCount: graph.tasks.length,
    projectCount: graph.projects.length,
  };
}

function build(docs: ReadonlyMap<string, StoredDocument>, edgesOf: (documentId: string) => readonly EdgeTriple[]): Store {
  const graph: Store = new MultiDirectedGraph();
  const put = (id: string, kind: NodeKind, data: unknown, shared: boolean): void => {
    if (!graph.hasNode(id)) {
      graph.addNode(id, { kind, data });
      return;
    }
    const existing = graph.getNodeAttribute(id, 'kind');
    if (!shared || existing !== kind) {
      throw new IdConflictError(`loadDocument: id "${id}" of a ${kind} is already used by a ${existing}`, {
        details: { id, kind, existing },
      });
    }
    // Units, enterprises and places are shared by documents: the most recently loaded wins.
    graph.replaceNodeAttributes(id, { kind, data });
  };
  for (const doc of docs.values()) {
    put(doc.document.id, 'document', doc.document, false);
    for (const s of doc.sections) put(s.id, 'section', s, false);
    for (const t of doc.tasks) put(t.id, 'task', t, false);
    for (const p of doc.projects) put(p.id, 'project', p, false);
    for (const u of doc.units) put(u.id, 'unit', u, true);
    for (const e of doc.enterprises) put(e.id, 'enterprise', e, true);
    for (const p of doc.places) put(p.id, 'place', p, true);
  }
  for (const doc of docs.values()) {
    for (const [from, to, attributes] of edgesOf(doc.document.id)) graph.addDirectedEdge(from, to, attributes);
  }
  return graph;
}
