// Starts the real API over real HTTP on a free loopback port, with the seed ingested.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { pino } from 'pino';
import type { GraphStore } from '@dutymap/graph';
import { createMemoryGraphStore } from '@dutymap/graph';
import type { SearchIndex } from '@dutymap/search';
import { createEmbeddedSearchIndex } from '@dutymap/search';
import { createServer, type ServerDeps } from '../../src/server.js';
import { DocumentLibrary } from '../../src/ingestion/document-library.js';
import { IngestService, type StartupReport } from '../../src/ingestion/ingest-service.js';
import { workerParser, type PlanParser } from '../../src/ingestion/parser.js';
import { checkedFetch } from './openapi.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** The parser the API runs: a worker per parse, with a budget no test plan comes near. */
export const testParser: PlanParser = workerParser({ timeoutMs: 60_000, memoryMb: 512 });

export interface StartOptions {
  graph?: GraphStore;
  search?: SearchIndex;
  adminToken?: string;
  uploadLimitBytes?: number;
  dataDir?: string;
  seedsDir?: string;
  responseCacheMb?: number;
  parse?: PlanParser;
  logger?: Logger;
  rateLimitPerMinute?: number;
  trustProxy?: ServerDeps['trustProxy'];
  https?: boolean;
  /** Keep the embedded stores' snapshots in the data directory, as `npm start` does. */
  persist?: boolean;
}

export interface RunningApi {
  url: string;
  graph: GraphStore;
  search: SearchIndex;
  dataDir: string;
  ingest: IngestService;
  /** What start-up did: documents ingested, files both stores already held, repairs. */
  startup: StartupReport;
  get(path: string, init?: RequestInit): Promise<Response>;
  json<T = any>(path: string): Promise<T>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test bodies are checked field by field
  close(): Promise<void>;
}

export async function startApi(options: StartOptions = {}): Promise<RunningApi> {
  const logger = options.logger ?? pino({ level: 'silent' });
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'dutymap-api-'));
  const graph = options.graph ?? (await createMemoryGraphStore(options.persist ? { dataDir: join(dataDir, 'graph') } : {}));
  const search = options.search ?? (await createEmbeddedSearchIndex(options.persist ? { dataDir: join(dataDir, 'search') } : {}));
  const ingest = new IngestService({ graph, search, library: new DocumentLibrary(join(dataDir, 'uploads')), logger, parse: options.parse ?? testParser });
  const startup = await ingest.startup(options.seedsDir ?? SEEDS_DIR);
  const app = createServer({
    graph, search, ingest, logger,
    adminToken: options.adminToken ?? ADMIN_TOKEN,
    uploadLimitBytes: options.uploadLimitBytes ?? 5 * 1024 * 1024,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    ...(options.https !== undefined ? { https: options.https } : {}),
    ...(options.responseCacheMb !== undefined ? { responseCacheMb: options.responseCacheMb } : {}),
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = await checkedFetch(url);
  return {
    url, graph, search, dataDir, ingest, startup, get,
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
