// Picks the adapters from the validated environment: embedded by default, Neo4j and Meilisearch when configured.
import type { Logger } from 'pino';
import type { GraphStore } from '@dutymap/graph';
import { createMemoryGraphStore, createNeo4jGraphStore } from '@dutymap/graph';
import type { SearchIndex } from '@dutymap/search';
import { createEmbeddedSearchIndex, createMeilisearchSearchIndex } from '@dutymap/search';
import type { Env } from './env.js';
import { DocumentLibrary } from './ingestion/document-library.js';
import { IngestService } from './ingestion/ingest-service.js';

export interface Composition {
  graph: GraphStore;
  search: SearchIndex;
  library: DocumentLibrary;
  ingest: IngestService;
  /** Which adapters were chosen, for the start-up log. */
  describe: { graph: string; search: string };
  close(): Promise<void>;
}

export async function compose(env: Env, logger: Logger): Promise<Composition> {
  const graph = env.NEO4J_URI
    ? await createNeo4jGraphStore({
        uri: env.NEO4J_URI,
        ...(env.NEO4J_PASSWORD ? { user: env.NEO4J_USER, password: env.NEO4J_PASSWORD } : {}),
        ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
      })
    : // The embedded stores keep a snapshot beside the uploads, so a restart does not ingest every plan again.
      await createMemoryGraphStore({ dataDir: `${env.DUTYMAP_DATA_DIR}/graph` });
  const search = env.MEILI_URL
    ? createMeilisearchSearchIndex({ host: env.MEILI_URL, ...(env.MEILI_KEY ? { apiKey: env.MEILI_KEY } : {}) })
    : await createEmbeddedSearchIndex({ dataDir: `${env.DUTYMAP_DATA_DIR}/search` });
  const library = new DocumentLibrary(`${env.DUTYMAP_DATA_DIR}/uploads`);
  const ingest = new IngestService({ graph, search, library, logger });
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
