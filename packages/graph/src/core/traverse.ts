// Breadth-first traversals shared by both adapters; an adapter only answers "which edges touch these nodes".
import type { RelationType, UnitKind } from '@dutymap/model';
import type { ConnectionPath, Connections, ConnectionsOptions, CyEdge, CyNode, Neighbourhood, NeighbourhoodOptions, NodeKind, PathNode, UnitRef } from '@dutymap/model';
import { cmp } from './order.js';

export interface NodeInfo {
  id: string;
  kind: NodeKind;
  label: string;
  /** For a unit: its kind (municipal_department, collective, …). */
  unitKind?: UnitKind;
  /** For a unit: its place. */
  jurisdiction?: string;
}

/** One stored edge with both ends described. */
export interface EdgeRow {
  type: RelationType;
  from: NodeInfo;
  to: NodeInfo;
  inferred: boolean;
  via: string | null;
  openEnded: boolean;
}

export interface TraversalSource {
  /** The node with this id, or null. */
  node(id: string): Promise<NodeInfo | null>;
  /** The (:Unit)-[LEADS|SUPPORTS|RESPONSIBLE_FOR]->(:Task|:Project) edges touching `ids` (units and works only carry a few). */
  responsibilityAround(ids: readonly string[]): Promise<EdgeRow[]>;
  /**
   * One layer of a neighbourhood, bounded however many edges a node has: the nodes next to
   * `frontier` that are not `known`, the first `take` by id, and the edges from `frontier` to
   * nodes that are known or among those (inferred edges only with `includeInferred`).
   */
  layer(frontier: readonly string[], known: ReadonlySet<string>, take: number, includeInferred: boolean): Promise<{ fresh: NodeInfo[]; edges: EdgeRow[] }>;
}

/** The stable identity of a relationship: the same in the DutyGraph, the memory store and Neo4j. */
export function relationKey(type: string, from: string, to: string, via: string | null | undefined): string {
  return `${type}|${from}|${to}|${via ?? ''}`;
}

const KIND_OF_LABEL: Record<string, NodeKind> = {
  Document: 'document',
  Section: 'section',
  Task: 'task',
  Project: 'project',
  Unit: 'unit',
  Enterprise: 'enterprise',
  Place: 'place',
};

export function kindOfLabel(label: string): NodeKind | undefined {
  return KIND_OF_LABEL[label];
}

/** A short display label: names as written; a task's text cut to 40 characters. */
export function nodeLabel(kind: NodeKind, data: Record<string, unknown>): string {
  const text = (key: string): string => (typeof data[key] === 'string' ? (data[key] as string) : '');
  switch (kind) {
    case 'task': {
      const body = text('text');
      return `${String(data['number'] ?? '')}. ${body.length > 40 ? `${body.slice(0, 40)}…` : body}`;
    }
    case 'project':
      return `${String(data['number'] ?? '')}. ${text('name')}`;
    case 'section':
    case 'document':
      return text('title');
    default:
      return text('name');
  }
}

const TYPE_ORDER: Record<string, number> = { LEADS: 0, SUPPORTS: 1, RESPONSIBLE_FOR: 2 };

function betterEdge(a: EdgeRow, b: EdgeRow): EdgeRow {
  const byInferred = Number(a.inferred) - Number(b.inferred);
  if (byInferred !== 0) return byInferred < 0 ? a : b;
  return (TYPE_ORDER[a.type] ?? 9) <= (TYPE_ORDER[b.type] ?? 9) ? a : b;
}

/** All shortest unit–work–unit paths between two units, found layer by layer from `from`. */
export async function shortestConnections(
  source: TraversalSource,
  from: UnitRef,
  to: UnitRef,
  options: Required<Pick<ConnectionsOptions, 'maxHops' | 'limit' | 'includeInferred'>>,
): Promise<Connections> {
  const result: Connections = { from, to, hops: null, pathCount: 0, paths: [], viaUnits: [] };
  if (from.id === to.id) {
    return { ...result, hops: 0, pathCount: 1, paths: [{ nodes: [{ id: from.id, kind: 'unit', label: from.name, jurisdiction: from.jurisdiction }], edges: [] }] };
  }
  const dist = new Map<string, number>([[from.id, 0]]);
  const info = new Map<string, NodeInfo>([[from.id, { id: from.id, kind: 'unit', label: from.name, unitKind: from.kind, jurisdiction: from.jurisdiction }]]);
  // preds.get(y).get(x): the best edge from x (one layer nearer `from`) to y.
  const preds = new Map<string, Map<string, EdgeRow>>();
  let frontier = [from.id];
  for (let depth = 0; depth < options.maxHops && frontier.length > 0 && !dist.has(to.id); depth += 1) {
    const inFrontier = new Set(frontier);
    const next = new Set<string>();
    for (const edge of await source.responsibilityAround(frontier)) {
      if (edge.inferred && !options.includeInferred) continue;
      for (const [x, y] of [
        [edge.from, edge.to],
        [edge.to, edge.from],
      ] as const) {
        if (!inFrontier.has(x.id)) continue;
        if (!dist.has(y.id)) {
          dist.set(y.id, depth + 1);
          info.set(y.id, y);
          next.add(y.id);
        }
        if (dist.get(y.id) !== depth + 1) continue;
        const byPred = preds.get(y.id) ?? new Map<string, EdgeRow>();
        const known = byPred.get(x.id);
        byPred.set(x.id, known ? betterEdge(known, edge) : edge);
        preds.set(y.id, byPred);
      }
    }
    frontier = [...next].sort(cmp);
  }
  const hops = dist.get(to.id);
  if (hops === undefined) return result;

  // Nodes on some shortest path: walk back from `to`.
  const onPath = new Set<string>([to.id]);
  const successors = new Map<string, string[]>();
  const stack = [to.id];
  while (stack.length > 0) {
    const y = stack.pop() as string;
    for (const x of preds.get(y)?.keys() ?? []) {
      const list = successors.get(x) ?? [];
      list.push(y);
      successors.set(x, list);
      if (!onPath.has(x)) {
        onPath.add(x);
        stack.push(x);
      }
    }
  }
  for (const list of successors.values()) list.sort(cmp);

  // Count paths from `from` to every node, nearest layers first.
  const count = new Map<string, number>([[from.id, 1]]);
  const byDistance = [...onPath].sort((a, b) => (dist.get(a) ?? 0) - (dist.get(b) ?? 0) || cmp(a, b));
  for (const y of byDistance) {
    if (y === from.id) continue;
    let total = 0;
    for (const x of preds.get(y)?.keys() ?? []) if (onPath.has(x)) total += count.get(x) ?? 0;
    count.set(y, total);
  }

  const paths: ConnectionPath[] = [];
  const walk = (node: string, trail: string[]): void => {
    if (paths.length >= options.limit) return;
    if (node === to.id) {
      paths.push(toPath(trail, info, preds));
      return;
    }
    for (const next of successors.get(node) ?? []) walk(next, [...trail, next]);
  };
  walk(from.id, [from.id]);

  const viaUnits = [...onPath]
    .filter((id) => id !== from.id && id !== to.id && info.get(id)?.kind === 'unit')
    .map((id) => info.get(id) as NodeInfo)
    .sort((a, b) => cmp(a.label, b.label) || cmp(a.id, b.id))
    .map((n) => ({ id: n.id, name: n.label, kind: n.unitKind ?? 'municipal_department', jurisdiction: n.jurisdiction ?? '' }));
  return { ...result, hops, pathCount: count.get(to.id) ?? 0, paths, viaUnits };
}

function toPath(trail: readonly string[], info: ReadonlyMap<string, NodeInfo>, preds: ReadonlyMap<string, ReadonlyMap<string, EdgeRow>>): ConnectionPath {
  const nodes: PathNode[] = trail.map((id) => {
    const n = info.get(id) as NodeInfo;
    return { id, kind: n.kind as PathNode['kind'], label: n.label, ...(n.kind === 'unit' ? { jurisdiction: n.jurisdiction ?? '' } : {}) };
  });
  const edges = trail.slice(1).map((id, i) => {
    const edge = preds.get(id)?.get(trail[i] as string) as EdgeRow;
    return { type: edge.type, inferred: edge.inferred };
  });
  return { nodes, edges };
}

/** Nodes and edges within `depth` of a node, nearest first, cut at `limit` nodes, as Cytoscape elements. */
export async function expandNeighbourhood(
  source: TraversalSource,
  start: NodeInfo,
  options: Required<NeighbourhoodOptions>,
): Promise<Neighbourhood> {
  const depthOf = new Map<string, number>([[start.id, 0]]);
  const nodes: CyNode[] = [{ data: { id: start.id, label: start.label, kind: start.kind, depth: 0 } }];
  const edges = new Map<string, CyEdge>();
  let truncated = false;
  let frontier = [start.id];
  for (let depth = 0; depth < options.depth && frontier.length > 0; depth += 1) {
    const room = options.limit - nodes.length;
    // One more than there is room for: its presence says the cut happened.
    const { fresh, edges: rows } = await source.layer(frontier, new Set(depthOf.keys()), room + 1, options.includeInferred);
    const added = fresh.slice(0, room).map((n) => n.id);
    if (fresh.length > room) truncated = true;
    for (const n of fresh.slice(0, room)) {
      depthOf.set(n.id, depth + 1);
      nodes.push({ data: { id: n.id, label: n.label, kind: n.kind, depth: depth + 1 } });
    }
    for (const row of rows) {
      if (!depthOf.has(row.from.id) || !depthOf.has(row.to.id)) continue;
      const id = relationKey(row.type, row.from.id, row.to.id, row.via);
      edges.set(id, {
        data: { id, source: row.from.id, target: row.to.id, type: row.type, inferred: row.inferred, openEnded: row.openEnded },
      });
    }
    frontier = added;
  }
  return {
    nodes,
    edges: [...edges.values()].sort((a, b) => cmp(a.data.id, b.data.id)),
    truncated,
  };
}
