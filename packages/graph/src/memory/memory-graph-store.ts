// The embedded default: documents projected into one graphology multigraph, changed in place per
// document (a load touches only that document's nodes and edges), with the figures lists need kept
// up to date from each document's contribution. Optionally persisted in a data directory.
import { MultiDirectedGraph } from 'graphology';
import type {
  CompareTask,
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
  PlanSummary,
  Partner,
  PlanRef,
  ProjectOfUnit,
  RelationType,
  ResponsibilityLink,
  Section,
  SharedWork,
  Scope,
  Stats,
  TaskOfUnit,
  Unit,
  UnitDetail,
  UnitMatch,
  UnitPlan,
  Workload,
} from '@dutymap/model';
import type { NodeKind } from '@dutymap/model';
import { HYGIENE_CHECKS, LIMITS, RELATION_TYPES } from '@dutymap/model';
import type { GraphStore } from '../graph-store.js';
import { CapacityExceededError, IdConflictError, NotFoundError, StoreClosedError } from '../errors.js';
import * as args from '../core/args.js';
import { bridgeScores } from '../core/bridges.js';
import {
  addTally,
  contributionOf,
  countsOfTally,
  derive,
  DOCUMENT_CHECKS,
  NETWORK_VARIANTS,
  newTally,
  variantOf,
  zeroCounts,
  type Derived,
  type DocumentContribution,
  type NamePair,
  type NameTally,
  type Row,
  type UnitTally,
} from '../core/derived.js';
import { compareCounterparts, comparePlansByYear, counterpart, functionOf, planRef } from '../core/counterparts.js';
import { enterpriseDetail, placeDetail, projectDetail, taskDetail, type Around } from '../core/details.js';
import { boundNetwork, networkOfNames, networkOfWorks, type WorkRows } from '../core/network.js';
import {
  bestEdge,
  chapterOf,
  cmp,
  compareUnitsByName,
  compareWork,
  missingSectionRef,
  pageAcross,
  pageOf,
  pageOfUnsorted,
  projectRef,
  ROLE_OF,
  round6,
  sectionRef,
  sortLinks,
  taskRef,
  unitRef,
  type ResponsibilityType,
} from '../core/order.js';
import { uniqueRelations, type StoredRelation } from '../core/relations.js';
import { expandNeighbourhood, nodeLabel, shortestConnections, type EdgeRow, type NodeInfo, type TraversalSource } from '../core/traverse.js';
import { checkSideSize, compareSides, sideCovers, type SideData } from '../core/compare.js';
import { comparePlans, planSummary } from '../core/plans.js';
import { compareJurisdictions, divisionOf, documentInScope, missingAncestors, isWhole, unitInScope, type CheckedScope } from '../core/scope.js';
import { SnapshotFiles } from './snapshot-files.js';

/** Options of the embedded store. */
export interface MemoryGraphStoreOptions {
  /**
   * Most nodes the store will hold. Default 10,000,000: graphology keeps nodes and edges in JS Maps,
   * which stop at 2^24 (16.7M) entries, and a heap that size is past a default Node process anyway;
   * past this the store raises `capacity-exceeded` (use Neo4j) and keeps its previous content.
   */
  maxNodes?: number;
  /** Most edges the store will hold (default 10,000,000, same reason). */
  maxEdges?: number;
  /**
   * A folder to keep the loaded documents in: each load or removal writes (atomically) that document's
   * file there, and a store created on the folder starts with what it holds. Default: nothing on disk.
   */
  dataDir?: string;
}

const ENGINE_LIMIT = 10_000_000;

interface NodeAttributes {
  kind: NodeKind;
  data: unknown;
}

/** Edge attributes are shared between edges with equal values (never mutated): fewer bytes per edge. */
interface EdgeAttributes {
  type: RelationType;
  inferred: boolean;
  via: string | null;
  openEnded: boolean;
  score: number | null;
}

type Store = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** What the store keeps of a loaded document besides its nodes and edges. */
interface StoredDocument {
  document: DocumentNode;
  sections: Section[];
  /** Sections, tasks and projects: the nodes it owns. */
  owned: string[];
  /** Tasks and projects, for a section's network. */
  works: string[];
  /** Units, enterprises and places it names (other documents may name them too). */
  shared: string[];
  relationCount: number;
  /** Units it names. */
  unitCount: number;
  /** When this version was loaded (ISO 8601). */
  loadedAt: string;
  /**
   * What it derived at load, but its tally contribution: that is computed again from its edges when it
   * goes (keeping it would cost about a hundred bytes per edge).
   */
  derived: Omit<Derived, 'placements' | 'contribution'> & { relations: Pick<DocumentContribution, 'relations' | 'inferredRelations'> };
}

const RESPONSIBILITY = new Set<string>(['LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR']);
const OWNED_KINDS = new Set<NodeKind>(['document', 'section', 'task', 'project']);

/** Creates the embedded graph store; with `dataDir`, it starts with the documents kept there. */
export async function createMemoryGraphStore(options: MemoryGraphStoreOptions = {}): Promise<GraphStore> {
  const store = new MemoryGraphStore(options);
  if (options.dataDir !== undefined) await store.restore(options.dataDir);
  return store;
}

class MemoryGraphStore implements GraphStore {
  private readonly maxNodes: number;
  private readonly maxEdges: number;
  private graph: Store = new MultiDirectedGraph();
  private docs = new Map<string, StoredDocument>();
  /** Shared node id → the documents naming it. */
  private holders = new Map<string, Set<string>>();
  private unitTallies = new Map<string, UnitTally>();
  private names = new Map<string, NameTally>();
  private namePairs = new Map<string, NamePair>();
  /** How many units have work in each network variant (decides whether a network can be drawn unmerged). */
  private unitsWithWork = zeroCounts();
  private unitsByJurisdiction = new Map<string, Set<string>>();
  /** Function key (functionOf) → the units that have it, in every place: counterparts. */
  private unitsByFunction = new Map<string, Set<string>>();
  private bridges = new Map<string, number>();
  /** Jurisdictions whose bridge scores a change made stale: scored again when one of their units is read. */
  private staleBridges = new Set<string>();
  private edgeCount = 0;
  /** Lower-case names of each unit, for findUnits. */
  private unitNames = new Map<string, string>();
  private kindCounts = new Map<NodeKind, number>();
  private relationCounts = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
  private inferredRelations = 0;
  private readonly interned = new Map<string, EdgeAttributes>();
  private files: SnapshotFiles | undefined;
  private closed = false;
  /** One process holds this store, so version and lock live in it (they start afresh with the process). */
  private version = 0;
  private lock: { owner: string; expires: number } | null = null;

  constructor(options: MemoryGraphStoreOptions) {
    this.maxNodes = options.maxNodes ?? ENGINE_LIMIT;
    this.maxEdges = options.maxEdges ?? ENGINE_LIMIT;
  }

  /** Loads every document kept in `dir`, then keeps each later change there. */
  async restore(dir: string): Promise<void> {
    this.files = new SnapshotFiles(dir);
    for (const { graph, loadedAt } of await this.files.readAll()) this.load(graph, loadedAt);
  }

  async loadDocument(graph: DutyGraph): Promise<DocumentSummary> {
    this.open('loadDocument');
    const checked = args.checkDutyGraph(graph);
    const previous = this.docs.get(checked.document.id);
    // Loading the same content again changes nothing, not even when it was loaded.
    const loadedAt = previous?.document.sha256 === checked.document.sha256 ? previous.loadedAt : new Date().toISOString();
    const summary = this.load(checked, loadedAt);
    this.version += 1;
    await this.files?.write(checked.document.id, checked, loadedAt);
    return summary;
  }

  async removeDocument(documentId: string): Promise<boolean> {
    this.open('removeDocument');
    args.checkId('removeDocument', 'documentId', documentId);
    const doc = this.docs.get(documentId);
    if (!doc) return false;
    this.unload(documentId);
    this.version += 1;
    await this.files?.remove(documentId);
    return true;
  }

  async graphVersion(): Promise<number> {
    this.open('graphVersion');
    return this.version;
  }

  async bumpGraphVersion(): Promise<number> {
    this.open('bumpGraphVersion');
    this.version += 1;
    return this.version;
  }

  async acquireLock(owner: string, ttlMs: number): Promise<boolean> {
    this.open('acquireLock');
    const checked = args.checkLock('acquireLock', owner, ttlMs);
    const now = Date.now();
    if (this.lock && this.lock.owner !== checked.owner && this.lock.expires > now) return false;
    this.lock = { owner: checked.owner, expires: now + checked.ttlMs };
    return true;
  }

  async releaseLock(owner: string): Promise<void> {
    this.open('releaseLock');
    const checked = args.checkLock('releaseLock', owner);
    if (this.lock?.owner === checked.owner) this.lock = null;
  }

  async documents(options?: Parameters<GraphStore['documents']>[0]): Promise<Page<PlanSummary>> {
    this.open('documents');
    const { scope, ...page } = args.checkScopedPage('documents', options);
    const plans = this.scopedDocuments(scope).map((d) => planSummary(d.derived.summary, d.document, d.unitCount, d.loadedAt));
    return pageOf(plans.sort(comparePlans), page);
  }

  async documentHashes(): Promise<DocumentHash[]> {
    this.open('documentHashes');
    return this.sortedDocuments().map((d) => ({ id: d.document.id, sha256: d.document.sha256 }));
  }

  async jurisdictions(options?: Parameters<GraphStore['jurisdictions']>[0]): Promise<Page<JurisdictionSummary>> {
    this.open('jurisdictions');
    const { divisionName, ...page } = args.checkJurisdictions(options);
    const places = new Map<string, { code: string | null; documents: number }>();
    for (const doc of this.docs.values()) {
      const { jurisdiction, jurisdictionCode } = doc.document;
      const place = places.get(jurisdiction) ?? { code: null, documents: 0 };
      places.set(jurisdiction, { code: place.code ?? jurisdictionCode ?? null, documents: place.documents + 1 });
    }
    const listed = [...places].map(([name, p]) => ({ name, code: p.code, documents: p.documents }));
    const above = divisionName ? missingAncestors(listed, divisionName).map((a) => ({ ...a, documents: 0 })) : [];
    const items = [...listed, ...above].map((p) => ({ ...p, ...divisionOf(p.code), units: this.unitsByJurisdiction.get(p.name)?.size ?? 0 }));
    return pageOf(items.sort(compareJurisdictions), page);
  }

  async unit(unitId: string): Promise<UnitDetail> {
    this.open('unit');
    args.checkId('unit', 'unitId', unitId);
    const unit = this.requireUnit(unitId);
    return { unit, function: functionOf(unit), documentIds: [...(this.holders.get(unitId) ?? [])].sort(), ...countsOfTally(this.unitTallies.get(unitId)) };
  }

  async counterparts(unitId: string, options?: Parameters<GraphStore['counterparts']>[1]): Promise<Page<Counterpart>> {
    this.open('counterparts');
    args.checkId('counterparts', 'unitId', unitId);
    const page = args.checkPage('counterparts', options);
    const unit = this.requireUnit(unitId);
    const key = functionOf(unit);
    const others = [...(key === null ? [] : (this.unitsByFunction.get(key) ?? []))].map((id) => this.dataOf<Unit>(id)).filter((u) => u.jurisdiction !== unit.jurisdiction);
    const result = pageOf(others.sort(compareCounterparts), page);
    return {
      ...result,
      items: result.items.map((u) => {
        const plans = this.plansNaming(u.id);
        return counterpart(u, plans.slice(0, LIMITS.detailItems), plans.length, countsOfTally(this.unitTallies.get(u.id)).counts);
      }),
    };
  }

  async unitPlans(unitId: string, options?: Parameters<GraphStore['unitPlans']>[1]): Promise<Page<UnitPlan>> {
    this.open('unitPlans');
    args.checkId('unitPlans', 'unitId', unitId);
    const page = args.checkPage('unitPlans', options);
    this.requireUnit(unitId);
    const result = pageOf(this.plansNaming(unitId), page);
    const wanted = new Set(result.items.map((p) => p.id));
    // Distinct works per role, written edges only: the same counting as the unit's tallies.
    const works = new Map([...wanted].map((id) => [id, { lead: new Set<string>(), support: new Set<string>(), projects: new Set<string>() }]));
    this.graph.forEachOutEdge(unitId, (_edge, a, _source, target) => {
      if (!RESPONSIBILITY.has(a.type) || a.inferred) return;
      const sets = works.get(this.dataOf<{ documentId: string }>(target).documentId);
      sets?.[a.type === 'LEADS' ? 'lead' : a.type === 'SUPPORTS' ? 'support' : 'projects'].add(target);
    });
    return {
      ...result,
      items: result.items.map((document) => {
        const sets = works.get(document.id);
        return { document, counts: { lead: sets?.lead.size ?? 0, support: sets?.support.size ?? 0, projects: sets?.projects.size ?? 0 } };
      }),
    };
  }

  async findUnits(query?: Parameters<GraphStore['findUnits']>[0]): Promise<Page<UnitMatch>> {
    this.open('findUnits');
    const checked = args.checkFindUnits(query);
    const matches: Array<{ unit: Unit; total: number }> = [];
    for (const [id, names] of this.unitNames) {
      if (checked.q !== '' && !names.includes(checked.q)) continue;
      const unit = this.dataOf<Unit>(id);
      if (checked.kind !== null && unit.kind !== checked.kind) continue;
      if (!this.unitInScope(checked.scope, unit)) continue;
      const t = this.unitTallies.get(id);
      matches.push({ unit, total: t ? t.lead + t.support + t.projects : 0 });
    }
    const page = pageOfUnsorted(matches, matches.length, checked, (a, b) => b.total - a.total || compareUnitsByName(a.unit, b.unit));
    return { ...page, items: page.items.map(({ unit }) => unitMatch(unit, this.unitTallies.get(unit.id))) };
  }

  async tasksOfUnit(unitId: string, options?: Parameters<GraphStore['tasksOfUnit']>[1]): Promise<Page<TaskOfUnit>> {
    this.open('tasksOfUnit');
    args.checkId('tasksOfUnit', 'unitId', unitId);
    const checked = args.checkTasksOfUnit(options);
    this.requireUnit(unitId);
    const found: Array<{ task: DutyGraph['tasks'][number]; own: OwnRow }> = [];
    for (const [workId, own] of this.ownRows(unitId, checked.includeInferred)) {
      if (own.type === 'RESPONSIBLE_FOR' || this.kindOf(workId) !== 'task') continue;
      const role = own.type === 'LEADS' ? 'lead' : 'support';
      if (checked.role !== 'any' && role !== checked.role) continue;
      const task = this.dataOf<DutyGraph['tasks'][number]>(workId);
      if (!isWhole(checked) && !documentInScope(checked, (this.docs.get(task.documentId) as StoredDocument).document)) continue;
      if (checked.sectionId !== null && !this.within(task.sectionId, checked.sectionId)) continue;
      found.push({ task, own });
    }
    found.sort((a, b) => compareWork(a.task, b.task));
    const page = pageOf(found, checked);
    return {
      ...page,
      items: page.items.map(({ task, own }) => {
        const chapter = this.chapter(task.sectionId);
        return {
          task,
          role: own.type === 'LEADS' ? 'lead' : 'support',
          inferred: own.inferred,
          via: own.via,
          section: this.sectionRefOf(task.sectionId),
          chapter: chapter ? sectionRef(chapter) : null,
          coUnits: this.links(task.id, checked.includeInferred, unitId),
          provenance: task.provenance,
        };
      }),
    };
  }

  async projectsOfUnit(unitId: string, options?: Parameters<GraphStore['projectsOfUnit']>[1]): Promise<Page<ProjectOfUnit>> {
    this.open('projectsOfUnit');
    args.checkId('projectsOfUnit', 'unitId', unitId);
    const checked = args.checkInferred('projectsOfUnit', options);
    this.requireUnit(unitId);
    const found: Array<{ project: DutyGraph['projects'][number]; own: OwnRow }> = [];
    for (const [workId, own] of this.ownRows(unitId, checked.includeInferred)) {
      if (this.kindOf(workId) === 'project') found.push({ project: this.dataOf(workId), own });
    }
    found.sort((a, b) => compareWork(a.project, b.project));
    const page = pageOf(found, checked);
    return {
      ...page,
      items: page.items.map(({ project, own }) => ({
        project,
        inferred: own.inferred,
        via: own.via,
        section: this.sectionRefOf(project.sectionId),
        coUnits: this.links(project.id, checked.includeInferred, unitId),
        provenance: project.provenance,
      })),
    };
  }

  async partners(unitId: string, options?: Parameters<GraphStore['partners']>[1]): Promise<Page<Partner>> {
    this.open('partners');
    args.checkId('partners', 'unitId', unitId);
    const checked = args.checkInferred('partners', options);
    this.requireUnit(unitId);
    const byPartner = new Map<string, Partner>();
    for (const [workId, own] of this.ownRows(unitId, checked.includeInferred)) {
      const onWork = this.unitRowsOn(workId, checked.includeInferred);
      const weight = onWork.size > 1 ? 1 / (onWork.size - 1) : 0;
      for (const [otherId, rows] of onWork) {
        if (otherId === unitId) continue;
        const theirs = bestEdge(rows) as OwnRow;
        let entry = byPartner.get(otherId);
        if (!entry) {
          entry = { unit: unitRef(this.dataOf<Unit>(otherId)), shared: 0, leadLead: 0, leadSupport: 0, supportLead: 0, supportSupport: 0, project: 0, weight: 0 };
          byPartner.set(otherId, entry);
        }
        entry.shared += 1;
        entry.weight += weight;
        if (own.type === 'RESPONSIBLE_FOR' || theirs.type === 'RESPONSIBLE_FOR') entry.project += 1;
        else if (own.type === 'LEADS' && theirs.type === 'LEADS') entry.leadLead += 1;
        else if (own.type === 'LEADS') entry.leadSupport += 1;
        else if (theirs.type === 'LEADS') entry.supportLead += 1;
        else entry.supportSupport += 1;
      }
    }
    const sorted = [...byPartner.values()]
      .map((e) => ({ ...e, weight: round6(e.weight) }))
      .sort((a, b) => b.weight - a.weight || b.shared - a.shared || compareUnitsByName(a.unit, b.unit));
    return pageOf(sorted, checked);
  }

  async sharedWork(unitA: string, unitB: string, options?: Parameters<GraphStore['sharedWork']>[2]): Promise<SharedWork> {
    this.open('sharedWork');
    args.checkId('sharedWork', 'unitA', unitA);
    args.checkId('sharedWork', 'unitB', unitB);
    const { includeInferred } = args.checkInferred('sharedWork', options);
    const result: SharedWork = { a: unitRef(this.requireUnit(unitA)), b: unitRef(this.requireUnit(unitB)), tasks: [], projects: [] };
    const ofB = this.ownRows(unitB, includeInferred);
    for (const [workId, rowA] of this.ownRows(unitA, includeInferred)) {
      const rowB = ofB.get(workId);
      if (!rowB) continue;
      const inferred = rowA.inferred || rowB.inferred;
      const kind = this.kindOf(workId);
      if (kind === 'task' && rowA.type !== 'RESPONSIBLE_FOR' && rowB.type !== 'RESPONSIBLE_FOR') {
        result.tasks.push({ task: taskRef(this.dataOf(workId)), roleA: rowA.type === 'LEADS' ? 'lead' : 'support', roleB: rowB.type === 'LEADS' ? 'lead' : 'support', inferred });
      } else if (kind === 'project') {
        result.projects.push({ project: projectRef(this.dataOf(workId)), inferred });
      }
    }
    result.tasks.sort((x, y) => compareWork(x.task, y.task));
    result.projects.sort((x, y) => compareWork(x.project, y.project));
    return result;
  }

  async connections(unitA: string, unitB: string, options?: Parameters<GraphStore['connections']>[2]) {
    this.open('connections');
    args.checkId('connections', 'unitA', unitA);
    args.checkId('connections', 'unitB', unitB);
    const checked = args.checkConnections(options);
    const from = unitRef(this.requireUnit(unitA));
    const to = unitRef(this.requireUnit(unitB));
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
    const checked = args.checkNetwork(options);
    const variant = variantOf(checked.role, checked.includeInferred);
    const info = (id: string) => (this.kindOf(id) === 'unit' ? this.dataOf<Unit>(id) : undefined);
    if (checked.sectionId !== null) {
      // One document's part: bounded by the document.
      const section = this.kindOf(checked.sectionId) === 'section' ? this.dataOf<Section>(checked.sectionId) : undefined;
      const doc = this.docs.get(section?.documentId ?? checked.sectionId);
      const inScope = doc !== undefined && documentInScope(checked.scope, doc.document);
      const works = (inScope ? doc.works : []).filter((id) => this.within(this.dataOf<{ sectionId: string }>(id).sectionId, checked.sectionId as string));
      return boundNetwork(networkOfWorks(works.map((id) => this.workRows(id)), variant, checked.minShared, info), checked.maxElements, false);
    }
    if (!isWhole(checked.scope)) {
      // The works of the plans in scope, never merged: one place's units have distinct names.
      const works = this.scopedDocuments(checked.scope).flatMap((d) => d.works);
      return boundNetwork(networkOfWorks(works.map((id) => this.workRows(id)), variant, checked.minShared, info), checked.maxElements, false);
    }
    // Every unit with work: drawn as they are only when they fit (so the work read stays bounded).
    if (this.unitsWithWork[variant] <= checked.maxElements) {
      const works = new Set<string>();
      for (const [id, tally] of this.unitTallies) {
        if (tally.works[variant] > 0) this.graph.forEachOutEdge(id, (_e, a, _s, target) => RESPONSIBILITY.has(a.type) && works.add(target));
      }
      const network = networkOfWorks([...works].map((id) => this.workRows(id)), variant, checked.minShared, info);
      if (network.nodes.length + network.edges.length <= checked.maxElements) return boundNetwork(network, checked.maxElements, false);
    }
    return boundNetwork(networkOfNames(this.names.values(), this.namePairs.values(), variant, checked.minShared), checked.maxElements, true);
  }

  async sections(options?: Parameters<GraphStore['sections']>[0]): Promise<Page<DocumentSections>> {
    this.open('sections');
    const { scope, ...checked } = args.checkScopedPage('sections', options);
    const page = pageOf(this.scopedDocuments(scope), checked);
    return { ...page, items: page.items.map((d) => ({ document: d.derived.summary, sections: d.derived.sections })) };
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
    return enterpriseDetail(around, unitId !== undefined && this.kindOf(unitId) === 'unit' ? this.dataOf<Unit>(unitId) : null);
  }

  async place(placeId: string) {
    this.open('place');
    return placeDetail(this.around('place', 'placeId', placeId, 'place'));
  }

  async workload(unitId: string): Promise<Workload> {
    this.open('workload');
    args.checkId('workload', 'unitId', unitId);
    return this.workloadOf(this.requireUnit(unitId));
  }

  async workloads(options?: Parameters<GraphStore['workloads']>[0]): Promise<Page<Workload>> {
    this.open('workloads');
    const page = args.checkPage('workloads', options);
    const units: Array<{ unit: Unit; led: number }> = [];
    for (const [id, tally] of this.unitTallies) if (tally.works.anyInferred > 0) units.push({ unit: this.dataOf<Unit>(id), led: tally.lead });
    const result = pageOfUnsorted(units, units.length, page, (a, b) => b.led - a.led || compareUnitsByName(a.unit, b.unit));
    return { ...result, items: result.items.map(({ unit }) => this.workloadOf(unit)) };
  }

  async stats(scope?: Scope): Promise<Stats> {
    this.open('stats');
    const checked = args.checkScopeArgument('stats', scope);
    if (!isWhole(checked)) return this.scopedStats(checked);
    const count = (kind: NodeKind) => this.kindCounts.get(kind) ?? 0;
    return {
      documents: count('document'),
      sections: count('section'),
      tasks: count('task'),
      projects: count('project'),
      units: count('unit'),
      enterprises: count('enterprise'),
      places: count('place'),
      relations: { ...this.relationCounts },
      inferredRelations: this.inferredRelations,
    };
  }

  async compare(a: Parameters<GraphStore['compare']>[0], b: Parameters<GraphStore['compare']>[1], options?: Parameters<GraphStore['compare']>[2]): Promise<Comparison> {
    this.open('compare');
    const checked = args.checkCompare(a, b, options);
    return compareSides(this.sideData('a', checked.a), this.sideData('b', checked.b), checked);
  }

  async hygiene(options?: Parameters<GraphStore['hygiene']>[0]): Promise<Hygiene> {
    this.open('hygiene');
    const { scope, ...page } = args.checkScopedPage('hygiene', options);
    const docs = this.scopedDocuments(scope);
    const result: Record<string, Page<unknown>> = {};
    for (const check of DOCUMENT_CHECKS) {
      // Findings are by document, then number: a page reads only the documents it covers.
      const { total, slices } = pageAcross(docs.map((d) => d.derived.findings[check].length), page);
      const items = slices.flatMap((x) => (docs[x.list]?.derived.findings[check] ?? []).slice(x.start, x.end) as unknown[]);
      result[check] = { items, total, ...page };
    }
    const supportOnly: Unit[] = [];
    for (const [id, t] of this.unitTallies) {
      if (t.lead !== 0 || t.support === 0) continue;
      const unit = this.dataOf<Unit>(id);
      if (this.unitInScope(scope, unit)) supportOnly.push(unit);
    }
    const units = pageOfUnsorted(supportOnly, supportOnly.length, page, compareUnitsByName);
    result['supportOnlyUnits'] = {
      ...units,
      items: units.items.map((u) => {
        const t = this.unitTallies.get(u.id) as UnitTally;
        return { unit: unitRef(u), supports: t.support, projects: t.projects };
      }),
    };
    return Object.fromEntries(HYGIENE_CHECKS.map((check) => [check, result[check]])) as unknown as Hygiene;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.docs = new Map();
    this.graph = new MultiDirectedGraph();
    this.unitTallies = new Map();
    this.names = new Map();
    this.namePairs = new Map();
    this.holders = new Map();
    this.unitsByFunction = new Map();
  }

  // ------------------------------------------------------------------ writes

  /**
   * Loads a checked graph. Everything that can fail (id clashes, capacity) is checked before the
   * first change, so a failed load leaves the store as it was.
   */
  private load(graph: DutyGraph, loadedAt: string): DocumentSummary {
    const documentId = graph.document.id;
    const previous = this.docs.get(documentId);
    const relations = uniqueRelations(graph.relations);
    this.checkIds(graph, previous);
    this.checkCapacity(graph, previous, relations.length);
    const derived = derive(graph, relations);
    if (previous) this.unload(documentId);

    const put = (id: string, kind: NodeKind, data: unknown): void => {
      if (this.graph.hasNode(id)) {
        // Units, enterprises and places are shared by documents: the most recently loaded wins.
        this.graph.replaceNodeAttributes(id, { kind, data });
        return;
      }
      this.graph.addNode(id, { kind, data });
      this.kindCounts.set(kind, (this.kindCounts.get(kind) ?? 0) + 1);
    };
    put(documentId, 'document', graph.document);
    for (const s of graph.sections) put(s.id, 'section', s);
    for (const t of graph.tasks) put(t.id, 'task', t);
    for (const p of graph.projects) put(p.id, 'project', p);
    const shared: string[] = [];
    const share = (id: string, kind: NodeKind, data: unknown): void => {
      const fresh = !this.graph.hasNode(id);
      if (kind === 'unit' && !fresh) this.indexFunction(this.dataOf<Unit>(id), -1);
      put(id, kind, data);
      shared.push(id);
      const holders = this.holders.get(id) ?? new Set<string>();
      holders.add(documentId);
      this.holders.set(id, holders);
      if (kind === 'unit') {
        const unit = data as Unit;
        this.indexFunction(unit, 1);
        this.unitNames.set(id, [unit.name, unit.fullName ?? '', unit.nameEn ?? '', ...unit.aliases, ...unit.predecessors].join('\n').toLowerCase());
        if (fresh) {
          const list = this.unitsByJurisdiction.get(unit.jurisdiction) ?? new Set<string>();
          list.add(id);
          this.unitsByJurisdiction.set(unit.jurisdiction, list);
        }
      }
    };
    for (const u of graph.units) share(u.id, 'unit', u);
    for (const e of graph.enterprises) share(e.id, 'enterprise', e);
    for (const p of graph.places) share(p.id, 'place', p);
    // Short keys of our own: graphology's generated ones are longer, and a key is stored per edge.
    for (const r of relations) this.graph.addDirectedEdgeWithKey((this.edgeCount++).toString(36), r.from, r.to, this.intern(r));

    this.applyContribution(derived.contribution, 1);
    this.docs.set(documentId, {
      document: graph.document,
      sections: graph.sections,
      owned: [...graph.sections, ...graph.tasks, ...graph.projects].map((n) => n.id),
      works: [...graph.tasks, ...graph.projects].map((n) => n.id),
      shared,
      relationCount: relations.length,
      unitCount: graph.units.length,
      loadedAt,
      derived: {
        summary: derived.summary,
        sections: derived.sections,
        findings: derived.findings,
        relations: { relations: derived.contribution.relations, inferredRelations: derived.contribution.inferredRelations },
      },
    });
    this.staleBridges.add(graph.document.jurisdiction);
    return derived.summary;
  }

  /** Takes a document out: its owned nodes (and with them every edge it wrote), and shared nodes no one else names. */
  private unload(documentId: string): void {
    const doc = this.docs.get(documentId) as StoredDocument;
    this.applyContribution(this.contributionOf(doc), -1);
    this.staleBridges.add(doc.document.jurisdiction);
    const drop = (id: string): void => {
      const kind = this.graph.getNodeAttribute(id, 'kind');
      this.graph.dropNode(id);
      this.kindCounts.set(kind, (this.kindCounts.get(kind) ?? 1) - 1);
    };
    for (const id of doc.owned) drop(id);
    drop(documentId);
    for (const id of doc.shared) {
      const holders = this.holders.get(id);
      holders?.delete(documentId);
      if (holders && holders.size > 0) continue;
      this.holders.delete(id);
      if (this.kindOf(id) === 'unit') {
        this.unitNames.delete(id);
        this.unitTallies.delete(id);
        this.bridges.delete(id);
        this.unitsByJurisdiction.get(this.dataOf<Unit>(id).jurisdiction)?.delete(id);
        this.indexFunction(this.dataOf<Unit>(id), -1);
      }
      drop(id);
    }
    this.docs.delete(documentId);
  }

  private checkIds(graph: DutyGraph, previous: StoredDocument | undefined): void {
    const mine = new Set(previous ? [graph.document.id, ...previous.owned] : []);
    const seen = new Map<string, NodeKind>();
    const claim = (id: string, kind: NodeKind): void => {
      const existing = seen.get(id) ?? (this.graph.hasNode(id) && !mine.has(id) ? this.graph.getNodeAttribute(id, 'kind') : undefined);
      if (existing !== undefined && (existing !== kind || OWNED_KINDS.has(kind))) {
        throw new IdConflictError(`loadDocument: id "${id}" of a ${kind} is already used by a ${existing}`, { details: { id, kind, existing } });
      }
      seen.set(id, kind);
    };
    claim(graph.document.id, 'document');
    for (const s of graph.sections) claim(s.id, 'section');
    for (const t of graph.tasks) claim(t.id, 'task');
    for (const p of graph.projects) claim(p.id, 'project');
    // A shared node may be named again (same kind); the check above only catches it within this document.
    const again = (id: string, kind: NodeKind) => {
      const existing = seen.get(id) ?? (this.graph.hasNode(id) && !mine.has(id) ? this.graph.getNodeAttribute(id, 'kind') : undefined);
      if (existing !== undefined && existing !== kind) {
        throw new IdConflictError(`loadDocument: id "${id}" of a ${kind} is already used by a ${existing}`, { details: { id, kind, existing } });
      }
      seen.set(id, kind);
    };
    for (const u of graph.units) again(u.id, 'unit');
    for (const e of graph.enterprises) again(e.id, 'enterprise');
    for (const p of graph.places) again(p.id, 'place');
  }

  private checkCapacity(graph: DutyGraph, previous: StoredDocument | undefined, edges: number): void {
    const owned = 1 + graph.sections.length + graph.tasks.length + graph.projects.length;
    const sharedNew = [...graph.units, ...graph.enterprises, ...graph.places].filter((n) => !this.graph.hasNode(n.id)).length;
    const nodes = this.graph.order - (previous ? previous.owned.length + 1 : 0) + owned + sharedNew;
    const edgeCount = this.graph.size - (previous?.relationCount ?? 0) + edges;
    if (nodes > this.maxNodes || edgeCount > this.maxEdges) {
      throw new CapacityExceededError(
        `loadDocument: the embedded store holds at most ${this.maxNodes} nodes and ${this.maxEdges} edges; this load needs ${nodes} and ${edgeCount}. Use the Neo4j adapter (NEO4J_URI) for data this size.`,
        { details: { nodes, edges: edgeCount, maxNodes: this.maxNodes, maxEdges: this.maxEdges } },
      );
    }
  }

  private applyContribution(contribution: Derived['contribution'], sign: 1 | -1): void {
    for (const { id, tally } of contribution.units) {
      const total = this.unitTallies.get(id) ?? newTally();
      const before = NETWORK_VARIANTS.map((v) => total.works[v] > 0);
      addTally(total, tally, sign);
      NETWORK_VARIANTS.forEach((v, i) => {
        const now = total.works[v] > 0;
        if (now !== before[i]) this.unitsWithWork[v] += now ? 1 : -1;
      });
      this.unitTallies.set(id, total);
    }
    for (const n of contribution.names) {
      const total = this.names.get(n.name) ?? { name: n.name, kind: n.kind, works: zeroCounts() };
      if (sign > 0) total.kind = n.kind;
      for (const v of NETWORK_VARIANTS) total.works[v] += sign * n.works[v];
      if (total.works.anyInferred > 0) this.names.set(n.name, total);
      else this.names.delete(n.name);
    }
    for (const p of contribution.namePairs) {
      const key = `${p.a}\u0000${p.b}`;
      const total = this.namePairs.get(key) ?? { a: p.a, b: p.b, shared: zeroCounts(), weight: zeroCounts() };
      for (const v of NETWORK_VARIANTS) {
        total.shared[v] += sign * p.shared[v];
        total.weight[v] += sign * p.weight[v];
      }
      if (total.shared.anyInferred > 0) this.namePairs.set(key, total);
      else this.namePairs.delete(key);
    }
    for (const type of RELATION_TYPES) this.relationCounts[type] += sign * contribution.relations[type];
    this.inferredRelations += sign * contribution.inferredRelations;
  }

  /** What a loaded document added to the tallies, computed again from its edges (the same as at load). */
  private contributionOf(doc: StoredDocument): DocumentContribution {
    const units = new Map<string, Unit>();
    const rowsByWork = new Map<string, Row[]>();
    for (const workId of doc.works) {
      const rows: Row[] = [];
      this.graph.forEachInEdge(workId, (_edge, a, source, _target, sourceAttributes) => {
        if (!RESPONSIBILITY.has(a.type) || sourceAttributes.kind !== 'unit') return;
        units.set(source, sourceAttributes.data as Unit);
        rows.push({ unitId: source, type: a.type as ResponsibilityType, inferred: a.inferred, openEnded: a.openEnded });
      });
      // In the order the document wrote them, as at load (edges are kept in insertion order).
      if (rows.length > 0) rowsByWork.set(workId, rows);
    }
    const taskIds = new Set(doc.works.filter((id) => this.kindOf(id) === 'task'));
    return contributionOf(units, taskIds, rowsByWork, doc.derived.relations);
  }

  /** A unit's bridge score, its jurisdiction scored again first if a change made it stale. */
  private bridgeOf(unit: Unit): number {
    if (this.staleBridges.delete(unit.jurisdiction)) this.rescore(unit.jurisdiction);
    return this.bridges.get(unit.id) ?? 0;
  }

  /** Bridge scores of one jurisdiction's units. */
  private rescore(jurisdiction: string): void {
    const all = [...(this.unitsByJurisdiction.get(jurisdiction) ?? [])];
    for (const id of all) this.bridges.delete(id);
    const units = all.filter((id) => (this.unitTallies.get(id)?.works.any ?? 0) > 0);
    const pairs: Array<[string, string]> = [];
    for (const id of units) {
      for (const [workId] of this.ownRows(id, false)) {
        for (const other of this.unitRowsOn(workId, false).keys()) if (other > id) pairs.push([id, other]);
      }
    }
    for (const [id, score] of bridgeScores(units, pairs)) this.bridges.set(id, score);
  }

  private intern(relation: StoredRelation): EdgeAttributes {
    const a = relation.attributes;
    const signature = `${relation.type}|${a.inferred}|${a.via ?? ''}|${a.openEnded}|${a.score ?? ''}`;
    let shared = this.interned.get(signature);
    if (!shared) {
      shared = Object.freeze({ type: relation.type, ...a });
      this.interned.set(signature, shared);
    }
    return shared;
  }

  // ------------------------------------------------------------------ reads

  private open(fn: string): void {
    if (this.closed) throw new StoreClosedError(fn);
  }

  private scopedDocuments(scope: CheckedScope): StoredDocument[] {
    const docs = this.sortedDocuments();
    return isWhole(scope) ? docs : docs.filter((d) => documentInScope(scope, d.document));
  }

  private unitInScope(scope: CheckedScope, unit: Unit): boolean {
    return unitInScope(scope, unit, this.holders.get(unit.id) ?? []);
  }

  /** The plans in scope summed, the units in scope counted, the enterprises and places those plans name. */
  private scopedStats(scope: CheckedScope): Stats {
    const docs = this.scopedDocuments(scope);
    const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
    const named = { enterprise: new Set<string>(), place: new Set<string>() };
    let inferredRelations = 0;
    for (const d of docs) {
      for (const t of RELATION_TYPES) relations[t] += d.derived.relations.relations[t];
      inferredRelations += d.derived.relations.inferredRelations;
      for (const id of d.shared) {
        const kind = this.kindOf(id);
        if (kind === 'enterprise' || kind === 'place') named[kind].add(id);
      }
    }
    let units = 0;
    for (const id of this.unitNames.keys()) if (this.unitInScope(scope, this.dataOf<Unit>(id))) units += 1;
    return {
      documents: docs.length,
      sections: docs.reduce((n, d) => n + d.sections.length, 0),
      tasks: docs.reduce((n, d) => n + d.derived.summary.taskCount, 0),
      projects: docs.reduce((n, d) => n + d.derived.summary.projectCount, 0),
      units,
      enterprises: named.enterprise.size,
      places: named.place.size,
      relations,
      inferredRelations,
    };
  }

  /** The plans naming a unit or other shared node, by year, title, id. */
  private plansNaming(id: string): PlanRef[] {
    return [...(this.holders.get(id) ?? [])].map((d) => planRef((this.docs.get(d) as StoredDocument).document)).sort(comparePlansByYear);
  }

  /** Keeps the function index in step with a unit's data (a later load may rename or re-kind it). */
  private indexFunction(unit: Unit, sign: 1 | -1): void {
    const key = functionOf(unit);
    if (key === null) return;
    const ids = this.unitsByFunction.get(key) ?? new Set<string>();
    if (sign > 0) ids.add(unit.id);
    else ids.delete(unit.id);
    if (ids.size > 0) this.unitsByFunction.set(key, ids);
    else this.unitsByFunction.delete(key);
  }

  /** One side of a comparison: its plans, their tasks, and the written roles of the units it counts. */
  private sideData(which: 'a' | 'b', side: args.CheckedSide): SideData {
    const docs = side.kind === 'document' ? [this.docs.get(side.key)].filter((d) => d !== undefined) : this.sortedDocuments().filter((d) => sideCovers(side, d.document));
    const first = docs[0];
    if (!first) throw new NotFoundError(side.kind, side.key);
    const label = side.kind === 'document' ? first.document.title : side.key;
    checkSideSize(which, label, docs.reduce((n, d) => n + d.derived.summary.taskCount, 0));
    const tasks: CompareTask[] = [];
    const roles: SideData['roles'] = [];
    for (const doc of docs) {
      for (const id of doc.works) {
        if (this.kindOf(id) !== 'task') continue;
        const task = this.dataOf<DutyGraph['tasks'][number]>(id);
        tasks.push({ id, documentId: task.documentId, number: task.number, text: task.text, years: task.years });
        this.graph.forEachInEdge(id, (_edge, e, _source, _target, source) => {
          if ((e.type !== 'LEADS' && e.type !== 'SUPPORTS') || e.inferred || source.kind !== 'unit') return;
          const unit = source.data as Unit;
          // A place counts its own units; a plan every unit it names.
          if (side.kind === 'jurisdiction' && !sideCovers(side, unit)) return;
          roles.push({ taskId: id, unit, lead: e.type === 'LEADS' });
        });
      }
    }
    const plans = docs.map((d) => ({ id: d.document.id, title: d.document.title, year: d.document.year ?? null, tasks: d.derived.summary.taskCount }));
    return { kind: side.kind, key: side.key, label, jurisdiction: side.kind === 'document' ? first.document.jurisdiction : side.key, plans, tasks, roles };
  }

  private sortedDocuments(): StoredDocument[] {
    return [...this.docs.values()].sort((a, b) => cmp(a.document.id, b.document.id));
  }

  private kindOf(id: string): NodeKind | undefined {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'kind') : undefined;
  }

  private dataOf<T>(id: string): T {
    return this.graph.getNodeAttribute(id, 'data') as T;
  }

  private requireUnit(unitId: string): Unit {
    if (this.kindOf(unitId) !== 'unit') throw new NotFoundError('unit', unitId);
    return this.dataOf<Unit>(unitId);
  }

  private section(id: string): Section | undefined {
    return this.kindOf(id) === 'section' ? this.dataOf<Section>(id) : undefined;
  }

  private sectionRefOf(sectionId: string) {
    const section = this.section(sectionId);
    return section ? sectionRef(section) : missingSectionRef(sectionId);
  }

  private chapter(sectionId: string): Section | null {
    return chapterOf({ get: (id: string) => this.section(id) } as ReadonlyMap<string, Section>, sectionId);
  }

  /** Whether a section is the given one or lies below it (the document counts as above all its sections). */
  private within(sectionId: string, ancestorId: string): boolean {
    let current: string | undefined = sectionId;
    for (let guard = 0; current !== undefined && guard < 10; guard += 1) {
      if (current === ancestorId) return true;
      current = this.section(current)?.parentId;
    }
    return false;
  }

  /** The unit's own edge on each task/project it is on (see bestEdge). */
  private ownRows(unitId: string, includeInferred: boolean): Map<string, OwnRow> {
    const byWork = new Map<string, OwnRow[]>();
    this.graph.forEachOutEdge(unitId, (_edge, a, _source, target) => {
      if (!RESPONSIBILITY.has(a.type) || (a.inferred && !includeInferred)) return;
      const list = byWork.get(target) ?? [];
      list.push(a as OwnRow);
      byWork.set(target, list);
    });
    return new Map([...byWork].map(([work, rows]) => [work, bestEdge(rows) as OwnRow]));
  }

  /** Units on a work with their edges on it. */
  private unitRowsOn(workId: string, includeInferred: boolean): Map<string, OwnRow[]> {
    const byUnit = new Map<string, OwnRow[]>();
    this.graph.forEachInEdge(workId, (_edge, a, source, _target, sourceAttributes) => {
      if (!RESPONSIBILITY.has(a.type) || sourceAttributes.kind !== 'unit' || (a.inferred && !includeInferred)) return;
      const list = byUnit.get(source) ?? [];
      list.push(a as OwnRow);
      byUnit.set(source, list);
    });
    return byUnit;
  }

  private workRows(workId: string): WorkRows {
    const rows: WorkRows['rows'] = [];
    this.graph.forEachInEdge(workId, (_edge, a, source, _target, sourceAttributes) => {
      if (RESPONSIBILITY.has(a.type) && sourceAttributes.kind === 'unit') rows.push({ unitId: source, type: a.type as ResponsibilityType, inferred: a.inferred });
    });
    return { rows };
  }

  /** Every unit's link on a work but one, leads first (see sortLinks). */
  private links(workId: string, includeInferred: boolean, exceptUnitId: string): ResponsibilityLink[] {
    const links: ResponsibilityLink[] = [];
    this.graph.forEachInEdge(workId, (_edge, a, source, _target, sourceAttributes) => {
      if (source === exceptUnitId || !RESPONSIBILITY.has(a.type) || sourceAttributes.kind !== 'unit' || (a.inferred && !includeInferred)) return;
      links.push({ unit: unitRef(sourceAttributes.data as Unit), role: ROLE_OF[a.type as ResponsibilityType], inferred: a.inferred, via: a.via, openEnded: a.openEnded });
    });
    return sortLinks(links);
  }

  private workloadOf(unit: Unit): Workload {
    const tally = this.unitTallies.get(unit.id) ?? newTally();
    const chapters = new Map<string, Section>();
    this.graph.forEachOutEdge(unit.id, (_edge, a, _source, target) => {
      if (!RESPONSIBILITY.has(a.type) || a.inferred) return;
      const chapter = this.chapter(this.dataOf<{ sectionId: string }>(target).sectionId);
      if (chapter) chapters.set(chapter.id, chapter);
    });
    const allTasks = this.kindCounts.get('task') ?? 0;
    return {
      unit: unitRef(unit),
      tasksLed: tally.lead,
      tasksSupported: tally.support,
      projects: tally.projects,
      inferred: { tasksLed: tally.inferredLead, tasksSupported: tally.inferredSupport, projects: tally.inferredProjects },
      shareOfTasks: allTasks === 0 ? 0 : round6(tally.tasks / allTasks),
      chapters: [...chapters.values()].sort((a, b) => cmp(a.id, b.id)).map(sectionRef),
      bridgeScore: this.bridgeOf(unit),
    };
  }

  private info(id: string): NodeInfo {
    const { kind, data } = this.graph.getNodeAttributes(id);
    const info: NodeInfo = { id, kind, label: nodeLabel(kind, data as Record<string, unknown>) };
    if (kind === 'unit') {
      info.unitKind = (data as Unit).kind;
      info.jurisdiction = (data as Unit).jurisdiction;
    }
    return info;
  }

  private edgeRow(a: EdgeAttributes, source: string, target: string): EdgeRow {
    return { type: a.type, from: this.info(source), to: this.info(target), inferred: a.inferred, via: a.via, openEnded: a.openEnded };
  }

  private traversal(): TraversalSource {
    const graph = this.graph;
    return {
      node: async (id) => (graph.hasNode(id) ? this.info(id) : null),
      responsibilityAround: async (ids) => {
        const rows: EdgeRow[] = [];
        for (const id of ids) {
          if (!graph.hasNode(id)) continue;
          graph.forEachEdge(id, (_edge, a, source, target, sourceAttributes) => {
            if (RESPONSIBILITY.has(a.type) && sourceAttributes.kind === 'unit') rows.push(this.edgeRow(a, source, target));
          });
        }
        return rows;
      },
      layer: async (frontier, known, take, includeInferred) => {
        const candidates = new Set<string>();
        const each = (visit: (a: EdgeAttributes, source: string, target: string, other: string) => void) => {
          for (const id of frontier) {
            graph.forEachEdge(id, (_edge, a, source, target) => {
              if (!a.inferred || includeInferred) visit(a, source, target, source === id ? target : source);
            });
          }
        };
        each((_a, _s, _t, other) => {
          if (!known.has(other)) candidates.add(other);
        });
        const fresh = [...candidates].sort(cmp).slice(0, take);
        const ends = new Set([...fresh]);
        const edges: EdgeRow[] = [];
        each((a, source, target, other) => {
          if (known.has(other) || ends.has(other)) edges.push(this.edgeRow(a, source, target));
        });
        return { fresh: fresh.map((id) => this.info(id)), edges };
      },
    };
  }

  private around(fn: string, argument: string, id: string, kind: NodeKind): Around {
    args.checkId(fn, argument, id);
    if (this.kindOf(id) !== kind) throw new NotFoundError(kind, id);
    const data = this.dataOf<unknown>(id);
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

type OwnRow = EdgeAttributes & { type: ResponsibilityType };

function unitMatch(unit: Unit, tally: UnitTally | undefined): UnitMatch {
  return { ...unitRef(unit), counts: countsOfTally(tally).counts, aliases: unit.aliases, fullName: unit.fullName ?? null, nameEn: unit.nameEn ?? null };
}
