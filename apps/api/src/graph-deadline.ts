// Bounds how long a request waits for the graph store: a hung Neo4j (an open connection that never
// answers, which no driver timeout covers) must not hold requests, and their clients, forever.
import type { GraphStore } from '@dutymap/graph';
import { StoreUnavailableError } from '@dutymap/graph';

/**
 * Never cut short: a load or delete abandoned here could still commit later, behind the back of
 * the ingest service that restores the previous state on failure.
 */
const UNBOUNDED: ReadonlySet<string> = new Set<keyof GraphStore>(['loadDocument', 'removeDocument', 'close']);

/** The store, with every read failing as `store-unavailable` when it has no answer within `ms`. */
export function withDeadline(store: GraphStore, ms: number): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = (value as (...args: unknown[]) => Promise<unknown>).bind(target);
      if (typeof property !== 'string' || UNBOUNDED.has(property)) return method;
      return (...args: unknown[]) => {
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new StoreUnavailableError(`${property}: no answer from the graph store within ${ms} ms`, { details: { operation: property, timeoutMs: ms } })), ms);
        });
        return Promise.race([method(...args), deadline]).finally(() => clearTimeout(timer));
      };
    },
  });
}
