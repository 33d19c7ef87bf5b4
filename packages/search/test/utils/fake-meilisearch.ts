// A recorder on 127.0.0.1 that answers like Meilisearch's HTTP API just enough for the client to proceed.
// It tests what the adapter sends; it is not Meilisearch and proves nothing about ranking.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

export interface FakeMeilisearch {
  url: string;
  requests: RecordedRequest[];
  /** Requests other than task polling, as "METHOD /path". */
  calls(): string[];
  /** The outcome of every task enqueued from now on. */
  taskOutcome: { status: 'succeeded' | 'failed' | 'canceled'; error?: { code: string; message: string } };
  /** Overrides the answer to a route ("POST /indexes/dutymap/search"). */
  respond: Map<string, { status: number; body: unknown }>;
  /** Documents returned by POST /indexes/:uid/documents/fetch. */
  stored: object[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function startFakeMeilisearch(): Promise<FakeMeilisearch> {
  let nextTask = 0;
  const tasks = new Map<number, { status: string; error: unknown; indexUid: string | null; type: string }>();
  const fake: FakeMeilisearch = {
    url: '',
    close: async () => {},
    requests: [],
    calls: () => fake.requests.filter((r) => !r.path.startsWith('/tasks/')).map((r) => `${r.method} ${r.path}`),
    taskOutcome: { status: 'succeeded' },
    respond: new Map(),
    stored: [],
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    const method = req.method ?? 'GET';
    fake.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: req.headers.authorization,
    });
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    const route = `${method} ${url.pathname}`;
    const override = fake.respond.get(route);
    if (override) return send(override.status, override.body);
    const enqueue = (type: string) => {
      nextTask += 1;
      const indexUid = url.pathname.split('/')[2] ?? null;
      tasks.set(nextTask, { status: fake.taskOutcome.status, error: fake.taskOutcome.error ?? null, indexUid, type });
      return send(202, { taskUid: nextTask, indexUid, status: 'enqueued', type, enqueuedAt: new Date(0).toISOString() });
    };
    const task = /^\/tasks\/(\d+)$/.exec(url.pathname);
    if (method === 'GET' && task) {
      const uid = Number(task[1]);
      const t = tasks.get(uid);
      if (!t) return send(404, { message: 'task not found', code: 'task_not_found', type: 'invalid_request', link: '' });
      return send(200, { uid, batchUid: uid, canceledBy: null, duration: 'PT0S', startedAt: null, finishedAt: null, enqueuedAt: new Date(0).toISOString(), ...t });
    }
    if (method === 'POST' && url.pathname === '/indexes') return enqueue('indexCreation');
    if (method === 'PATCH' && url.pathname.endsWith('/settings')) return enqueue('settingsUpdate');
    if (method === 'POST' && url.pathname.endsWith('/documents/fetch')) {
      return send(200, { results: fake.stored, offset: 0, limit: 1000, total: fake.stored.length });
    }
    if (method === 'POST' && url.pathname.endsWith('/documents')) return enqueue('documentAdditionOrUpdate');
    if (method === 'POST' && url.pathname.endsWith('/documents/delete-batch')) return enqueue('documentDeletion');
    if (method === 'POST' && url.pathname.endsWith('/search')) {
      return send(200, { hits: [], query: '', processingTimeMs: 0, hitsPerPage: 20, page: 1, totalPages: 0, totalHits: 0, facetDistribution: {} });
    }
    return send(404, { message: `fake has no route ${route}`, code: 'not_found', type: 'invalid_request', link: '' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}`;
  fake.close = () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
  return fake;
}
