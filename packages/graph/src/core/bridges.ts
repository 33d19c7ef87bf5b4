// Bridge scores: normalised betweenness of units in one jurisdiction's written unit network. Units of two
// jurisdictions never share work, so each jurisdiction is scored alone, when one of its documents changes.
import { UndirectedGraph } from 'graphology';
import { betweenness } from 'graphology-metrics/centrality/index.js';
import { round6 } from './order.js';

/** Scores of `units` (those with written work) linked by `pairs` (units sharing written work), 6 decimals. */
export function bridgeScores(units: readonly string[], pairs: Iterable<readonly [string, string]>): Map<string, number> {
  const graph = new UndirectedGraph();
  for (const id of units) graph.addNode(id);
  for (const [a, b] of pairs) if (graph.hasNode(a) && graph.hasNode(b) && !graph.hasEdge(a, b)) graph.addEdge(a, b);
  const scores = graph.order > 2 ? betweenness(graph, { normalized: true, getEdgeWeight: null }) : {};
  return new Map(units.map((id) => [id, round6(scores[id] ?? 0)]));
}
