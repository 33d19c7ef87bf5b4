// The co-responsibility network, bounded: computed from the works in scope when it is small enough,
// else merged by unit name from the tallies kept at load, else cut to the heaviest part.
import type { Network, NetworkEdge, NetworkNode, UnitKind } from '@dutymap/model';
import { cmp, compareUnitsByName, firstOf, round6, type ResponsibilityType } from './order.js';
import { inVariant, type NamePair, type NameTally, type NetworkVariant } from './derived.js';

/** The unit edges on one task/project, as an adapter reads them. */
export interface WorkRows {
  rows: Array<{ unitId: string; type: ResponsibilityType; inferred: boolean }>;
}

export interface UnitInfo {
  name: string;
  kind: UnitKind;
  jurisdiction: string;
  jurisdictionCode?: string | undefined;
}

/** Pairs of units on the same works, with `works` per unit: the network of the given works. */
export function networkOfWorks(works: Iterable<WorkRows>, variant: NetworkVariant, minShared: number, unitInfo: (id: string) => UnitInfo | undefined): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const pairs = new Map<string, NetworkEdge>();
  const counts = new Map<string, number>();
  for (const work of works) {
    const ids = [...new Set(work.rows.filter((r) => inVariant(variant, r.type, r.inferred)).map((r) => r.unitId))].filter((id) => unitInfo(id) !== undefined).sort(cmp);
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    const weight = ids.length > 1 ? 1 / (ids.length - 1) : 0;
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const source = ids[i] as string;
        const target = ids[j] as string;
        const key = `${source}|${target}`;
        const edge = pairs.get(key) ?? { source, target, shared: 0, weight: 0 };
        edge.shared += 1;
        edge.weight += weight;
        pairs.set(key, edge);
      }
    }
  }
  const nodes = [...counts].map(([id, works]) => {
    const { name, kind, jurisdiction, jurisdictionCode } = unitInfo(id) as UnitInfo;
    return { id, name, kind, jurisdiction, jurisdictionCode: jurisdictionCode ?? null, works };
  });
  const edges = [...pairs.values()].filter((e) => e.shared >= minShared);
  return { nodes, edges };
}

/** The id of a merged node: every unit of this name. */
export function nameNodeId(name: string): string {
  return `name:${name}`;
}

/** The network merged by unit name, from the names' tallies; ids are the names until boundNetwork marks them. */
export function networkOfNames(names: Iterable<NameTally>, pairs: Iterable<NamePair>, variant: NetworkVariant, minShared: number): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const nodes: NetworkNode[] = [];
  for (const n of names) if (n.works[variant] > 0) nodes.push({ id: n.name, name: n.name, kind: n.kind, jurisdiction: '', jurisdictionCode: null, works: n.works[variant] });
  const edges: NetworkEdge[] = [];
  for (const p of pairs) {
    const shared = p.shared[variant];
    if (shared > 0 && shared >= minShared) edges.push({ source: p.a, target: p.b, shared, weight: p.weight[variant] });
  }
  return { nodes, edges };
}

/** How many of the busiest nodes a cut network keeps: a fifth of the room (edges take the rest). */
export function keptNodes(maxElements: number): number {
  return Math.max(1, Math.floor(maxElements / 5));
}

/** The busiest nodes first (then by name): the order a cut keeps them in, the same in Cypher (ORDER BY works DESC, name). */
export const byWorks = (a: NetworkNode, b: NetworkNode): number => b.works - a.works || compareUnitsByName(a, b);

/**
 * The answer: as is when it fits in `maxElements`, else the busiest nodes (a fifth of the room)
 * and the heaviest edges between them (see cutNetwork).
 */
export function boundNetwork(network: { nodes: NetworkNode[]; edges: NetworkEdge[] }, maxElements: number, aggregated: boolean): Network {
  const total = { nodes: network.nodes.length, edges: network.edges.length };
  if (total.nodes + total.edges <= maxElements) return cutNetwork(network.nodes, network.edges, total, maxElements, aggregated, false);
  const nodes = firstOf(network.nodes, keptNodes(maxElements), byWorks);
  const kept = new Set(nodes.map((n) => n.id));
  return cutNetwork(nodes, network.edges.filter((e) => kept.has(e.source) && kept.has(e.target)), total, maxElements, aggregated, true);
}

/**
 * Shapes a network whose nodes are already chosen (all, or the busiest when `truncated`) from the edges
 * between them: when truncated, the heaviest that fit. Sorted: nodes by name, edges by their ends. In an
 * aggregated network the ids (names) become `name:` ids last, on the few elements kept.
 */
export function cutNetwork(nodes: NetworkNode[], edgesAmong: NetworkEdge[], total: { nodes: number; edges: number }, maxElements: number, aggregated: boolean, truncated: boolean): Network {
  // Weights rounded before they order anything: adapters sum them in different orders.
  const edges = truncated
    ? firstOf(edgesAmong, maxElements - nodes.length, (a, b) => b.shared - a.shared || round6(b.weight) - round6(a.weight) || cmp(a.source, b.source) || cmp(a.target, b.target))
    : edgesAmong;
  const id = aggregated ? nameNodeId : (x: string) => x;
  return {
    nodes: [...nodes].sort(compareUnitsByName).map((n) => ({ ...n, id: id(n.id) })),
    edges: edges
      .map((e) => ({ source: id(e.source), target: id(e.target), shared: e.shared, weight: round6(e.weight) }))
      .sort((x, y) => cmp(x.source, y.source) || cmp(x.target, y.target)),
    aggregated,
    truncated,
    total,
  };
}
