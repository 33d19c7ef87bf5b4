// @dutymap/graph: the GraphStore port, its two adapters and their errors.

// The port (its option and answer types: @dutymap/model).
export type { GraphStore } from './graph-store.js';

// Adapters.
export { createMemoryGraphStore, type MemoryGraphStoreOptions } from './memory/memory-graph-store.js';
export { createNeo4jGraphStore, type Neo4jGraphStoreOptions } from './neo4j/neo4j-graph-store.js';

// Errors.
export {
  GraphStoreError,
  StoreUnavailableError,
  NotFoundError,
  InvalidArgumentError,
  IdConflictError,
  CapacityExceededError,
  StoreClosedError,
  SideTooLargeError,
} from './errors.js';
