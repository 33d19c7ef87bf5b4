// Picks the adapters from the validated environment: embedded by default, Neo4j and Meilisearch when configured.
import type { Logger } from 'pino';
import type { GraphStore } from '@dutymap/graph';
import { createMemoryGraphStore, createNeo4jGraphStore } from '@dutymap/graph';
import type { SearchIndex } from '@dutymap/search';
import { createEmbeddedSearchIndex, createMeilisearchSearchIndex } from '@dutymap/search';
import type { Env } from './env.js';
import { DocumentLibrary } from './ingestion/document-library.js';
import { IngestService } from './ingestion/ingest-service.js';
import { workerParser } from './ingestion/parser.js';
import { withDeadline } from './graph-deadline.js';

export interface Composition {
  graph: GraphStore;
  search: SearchIndex;
  library: DocumentLibrary;
  ingest: IngestService;
  /** Which adapters were chosen, for the start-up log. */
  describe: { graph: string; search: string };
  close(): Promise<void>;
}

/**
 * How long a request may wait for Neo4j. With the server down a request must fail fast (503 and
 * Retry-After) rather than wait for the driver's defaults (15 s to acquire a connection, 10 s of
 * retries): opening a connection gets 1 s, getting one from the pool 1.5 s, and a failed
 * transaction is not retried (the client retries, as Retry-After tells it). A server that accepts
 * connections and never answers is cut off by GRAPH_TIMEOUT_MS (see graph-deadline.ts).
 */
export const NEO4J_TIMEOUTS = { connectionTimeoutMs: 1_000, connectionAcquisitionTimeoutMs: 1_500, maxTransactionRetryTimeMs: 0 } as const;

/** How long an upload or delete waits for another instance's change (the store lock) before answering store-busy. */
const CHANGE_WAIT_MS = 60_000;

const deadline = (graph: GraphStore, ms: number) => (ms > 0 ? withDeadline(graph, ms) : graph);

export async function compose(env: Env, logger: Logger): Promise<Composition> {
  // The embedded store answers in-process: it cannot hang on a network, and a timer could not interrupt it anyway.
  const graph = env.NEO4J_URI
    ? deadline(
        await createNeo4jGraphStore({
          uri: env.NEO4J_URI,
          ...(env.NEO4J_PASSWORD ? { user: env.NEO4J_USER, password: env.NEO4J_PASSWORD } : {}),
          ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
          ...NEO4J_TIMEOUTS,
        }),
        env.GRAPH_TIMEOUT_MS,
      )
    : // The embedded stores keep a snapshot beside the uploads, so a restart does not ingest every plan again.
      await createMemoryGraphStore({ dataDir: `${env.DUTYMAP_DATA_DIR}/graph` });
  const search = env.MEILI_URL
    ? createMeilisearchSearchIndex({ host: env.MEILI_URL, ...(env.MEILI_KEY ? { apiKey: env.MEILI_KEY } : {}) })
    : await createEmbeddedSearchIndex({ dataDir: `${env.DUTYMAP_DATA_DIR}/search` });
  // Another instance's upload may sit in staging through the wait for the store lock and its parse: not a leftover.
  const library = new DocumentLibrary(`${env.DUTYMAP_DATA_DIR}/uploads`, { stagingGraceMs: CHANGE_WAIT_MS + env.PARSE_TIMEOUT_SECONDS * 1000 + 60_000 });
  const parse = workerParser({ timeoutMs: env.PARSE_TIMEOUT_SECONDS * 1000, memoryMb: env.PARSE_MEMORY_MB });
  const ingest = new IngestService({ graph, search, library, logger, parse, changeWaitMs: CHANGE_WAIT_MS });
  return {
    graph,
    search,
    library,
    ingest,
    describe: { graph: env.NEO4J_URI ? `neo4j ${env.NEO4J_URI}` : 'embedded (memory)', search: env.MEILI_URL ? `meilisearch ${env.MEILI_URL}` : 'embedded' },
    close: async () => {
      await Promise.allSettled([graph.close(), search.close()]);
    },
  };
}
