// Starts the real API over real HTTP on a free loopback port, with the seed ingested.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import type { GraphStore } from '@dutymap/graph';
import { createMemoryGraphStore } from '@dutymap/graph';
import { createEmbeddedSearchIndex } from '@dutymap/search';
import { createServer } from '../../src/server.js';
import { DocumentLibrary } from '../../src/ingestion/document-library.js';
import { IngestService } from '../../src/ingestion/ingest-service.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface RunningApi {
  url: string;
  graph: GraphStore;
  dataDir: string;
  /** What start-up did: documents ingested, files skipped because both stores already held them. */
  startup: Awaited<ReturnType<IngestService['startup']>>;
  get(path: string, init?: RequestInit): Promise<Response>;
  json<T = any>(path: string): Promise<T>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test bodies are checked field by field
  close(): Promise<void>;
}

export interface StartOptions {
  graph?: GraphStore;
  adminToken?: string;
  uploadLimitBytes?: number;
  dataDir?: string;
  responseCacheMb?: number;
  /** Keep the embedded stores' snapshots in the data directory, as `npm start` does. */
  persist?: boolean;
}

export async function startApi(options: StartOptions = {}): Promise<RunningApi> {
  const logger = pino({ level: 'silent' });
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'dutymap-api-'));
  const graph = options.graph ?? (await createMemoryGraphStore(options.persist ? { dataDir: join(dataDir, 'graph') } : {}));
  const search = await createEmbeddedSearchIndex(options.persist ? { dataDir: join(dataDir, 'search') } : {});
  const ingest = new IngestService({ graph, search, library: new DocumentLibrary(join(dataDir, 'uploads')), logger });
  const startup = await ingest.startup(SEEDS_DIR);
  const app = createServer({
    graph, search, ingest, logger,
    adminToken: options.adminToken ?? ADMIN_TOKEN,
    uploadLimitBytes: options.uploadLimitBytes ?? 5 * 1024 * 1024,
    rateLimitPerMinute: 0,
    ...(options.responseCacheMb !== undefined ? { responseCacheMb: options.responseCacheMb } : {}),
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, init?: RequestInit) => fetch(`${url}${path}`, init);
  return {
    url, graph, dataDir, startup, get,
    json: async (path) => {
      const res = await get(path);
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return body(res);
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await Promise.allSettled([graph.close(), search.close()]);
    },
  };
}

/** A response's JSON body, typed loosely: tests check it field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export const body = async (res: Response): Promise<any> => res.json();

/** `?q=…` with Chinese safely encoded. */
export const qs = (params: Record<string, string | number | undefined>) =>
  `?${new URLSearchParams(Object.entries(params).flatMap(([k, v]): Array<[string, string]> => (v === undefined ? [] : [[k, String(v)]]))).toString()}`;
