// Every bound the ports, the API and the UI share, defined once: the API's zod schemas, the graph
// and search argument checks and the UI read these numbers, so they cannot drift apart.
import { z } from 'zod';

/** An integer option: least and greatest value accepted, and the value when it is left out. */
export interface IntRange {
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

export const LIMITS = {
  /** Items in one page of any list. */
  pageSize: { min: 1, max: 500, default: 20 },
  /** Items skipped before a page. */
  offset: { min: 0, max: 1_000_000, default: 0 },
  /** Longest id accepted anywhere. */
  idLength: 300,
  /** Longest name fragment findUnits takes. */
  nameQueryLength: 100,
  /** Least tasks/projects two units share to be an edge of the co-responsibility network. */
  minShared: { min: 1, max: 1000, default: 1 },
  /**
   * Nodes + edges of one network answer. Past it the store merges units of the same name across
   * jurisdictions (`aggregated`), then keeps the heaviest (`truncated`).
   */
  networkElements: { min: 10, max: 5000, default: 2000 },
  /** Edges away from the start node of a neighbourhood. */
  neighbourhoodDepth: { min: 0, max: 4, default: 1 },
  /** Nodes of a neighbourhood, nearest first. */
  neighbourhoodNodes: { min: 1, max: 5000, default: 200 },
  /** Longest path between two units, in edges. */
  connectionHops: { min: 1, max: 10, default: 6 },
  /** Shortest paths listed between two units (all are counted). */
  connectionPaths: { min: 1, max: 100, default: 10 },
  /** Items of each list inside a detail answer (the tasks naming an enterprise); its total says how many exist. */
  detailItems: 100,
  /** Hits in one page of a search. */
  searchPageSize: { min: 1, max: 100, default: 20 },
  /** Longest search query, in characters; a longer one is a pasted paragraph, not a search. */
  searchQueryLength: 200,
  /** Values of each search facet: the most frequent. */
  facetValues: 20,
  /** Values one scope filter takes (`jurisdiction=…&jurisdiction=…`): a comparison, not a list of every place. */
  scopeValues: 20,
  /** Longest jurisdiction name accepted (长春市朝阳区 is 6; GB/T 2260 names stay far below). */
  jurisdictionLength: 50,
  /**
   * Most tasks one side of a comparison may hold: every task of one side is scored against every task of
   * the other (the seed has 117; a place with ten such plans about 1,200). Two sides of 2,000 took 1.1–1.9 s
   * on Neo4j (reading them) with the API's read deadline at 1.8 s; 1,500 keeps well inside it.
   */
  compareTasks: 1500,
} as const satisfies Record<string, IntRange | number>;

/** Which page of a list: `limit` items after skipping `offset` (LIMITS.pageSize, LIMITS.offset). */
export interface PageOptions {
  limit?: number;
  offset?: number;
}

/** One page of a list and how many items the whole list has. Every list answer has this shape. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

function page<T extends z.ZodType>(item: T) {
  const count = z.number().int().nonnegative();
  return z.object({ items: z.array(item), total: count, limit: count, offset: count });
}

const pages = new WeakMap<z.ZodType, z.ZodType>();

/**
 * The zod schema of a Page of `item`: what the API's response schemas are built from. A page of a
 * named item (`.meta({ id: 'UnitMatch' })`) is named after it (`UnitMatchPage`), so the OpenAPI
 * document holds it once as a component; the same item always gets the same schema back, as an id
 * names one schema only.
 */
export function pageOf<T extends z.ZodType>(item: T): ReturnType<typeof page<T>> {
  const kept = pages.get(item) as ReturnType<typeof page<T>> | undefined;
  if (kept) return kept;
  const id = z.globalRegistry.get(item)?.id;
  const schema = id ? page(item).meta({ id: `${id}Page`, description: `one page of ${id} items and how many the whole list has` }) : page(item);
  pages.set(item, schema);
  return schema;
}
