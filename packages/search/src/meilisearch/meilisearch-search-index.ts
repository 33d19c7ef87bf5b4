// The Meilisearch SearchIndex: the only file that touches the official client. Waits for every task and
// turns client and task failures into the package's typed errors, at this one boundary.
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTaskPromise,
  type Index,
  type SearchResponse,
  type Task,
} from 'meilisearch';
import type { DocumentHash, DutyGraph } from '@dutymap/model';
import { OWNED_TYPES, detachDocument, mergeShared, searchKey, toSearchDocuments, type SearchDocument } from '../documents.js';
import { DutymapError } from '@dutymap/model';
import { SearchIndexClosedError, SearchRequestError, SearchTaskFailedError, SearchUnavailableError } from '../errors.js';
import {
  checkDocumentId,
  checkOptions,
  checkQuery,
  emptyFacets,
  labelFacets,
  topFacets,
  type SearchHit,
  type SearchIndex,
  type SearchOptions,
  type SearchResult,
  type SearchType,
} from '../search-index.js';
import { FACET_ATTRIBUTES, INDEX_SETTINGS, POST_TAG, PRE_TAG, buildSearchParams, quote } from './settings.js';

export interface MeilisearchSearchIndexOptions {
  /** Server URL, e.g. http://127.0.0.1:7700. Ignored when `client` is given. */
  host?: string;
  /** API key (a search+documents+settings+tasks key, or the master key in development). */
  apiKey?: string;
  /** A client to use instead of building one from host and key (shared connections, tests). */
  client?: Meilisearch;
  /** Index uid holding every dutymap document; default `dutymap`. The indexed documents' hashes live in `<uid>_documents`. */
  indexUid?: string;
  /** How long to wait for one Meilisearch task before failing with `search-task-failed`; default 30 000 ms. */
  taskTimeoutMs?: number;
  /** How often to poll a task; default 20 ms (the seed indexes in a handful of tasks). */
  taskIntervalMs?: number;
  /** Timeout of one HTTP request before failing with `search-unavailable`; default 10 000 ms. */
  requestTimeoutMs?: number;
}

/** Fields fetched back when a document must be rewritten (shared units losing a document). */
const PAGE = 1000;

/** Creates the Meilisearch adapter. The index and its settings are created on first use. */
export function createMeilisearchSearchIndex(options: MeilisearchSearchIndexOptions): SearchIndex {
  const indexUid = options.indexUid ?? 'dutymap';
  const client =
    options.client ??
    new Meilisearch({
      host: options.host ?? 'http://127.0.0.1:7700',
      ...(options.apiKey ? { apiKey: options.apiKey } : {}),
      timeout: options.requestTimeoutMs ?? 10_000,
    });
  const wait = { timeout: options.taskTimeoutMs ?? 30_000, interval: options.taskIntervalMs ?? 20 };
  const index: Index<SearchDocument> = client.index<SearchDocument>(indexUid);
  // One small record per indexed document ({key, id, sha256}), apart from the searched index.
  const hashesUid = `${indexUid}_documents`;
  const hashes: Index<DocumentHash & { key: string }> = client.index<DocumentHash & { key: string }>(hashesUid);
  let ready: Promise<void> | undefined;
  let closed = false;

  const assertOpen = (fn: string) => {
    if (closed) throw new SearchIndexClosedError(fn);
  };

  /** Awaits a task; a failed or cancelled task becomes SearchTaskFailedError (the client resolves those). */
  async function settle(action: string, enqueued: EnqueuedTaskPromise, tolerate?: string): Promise<Task> {
    const task = await enqueued.waitTask(wait);
    if (task.status === 'succeeded') return task;
    if (task.status === 'failed' && tolerate !== undefined && task.error?.code === tolerate) return task;
    throw new SearchTaskFailedError(`${action}: Meilisearch task ${task.uid} ${task.status}${task.error ? `: ${task.error.message}` : ''}`, {
      details: { taskUid: task.uid, status: task.status, meiliCode: task.error?.code, indexUid },
    });
  }

  function ensureReady(): Promise<void> {
    ready ??= (async () => {
      await settle('create index', client.createIndex(indexUid, { primaryKey: 'key' }), 'index_already_exists');
      await settle('update settings', index.updateSettings(INDEX_SETTINGS));
      await settle('create index', client.createIndex(hashesUid, { primaryKey: 'key' }), 'index_already_exists');
    })().catch((error: unknown) => {
      // A later call retries: the server may come back.
      ready = undefined;
      throw error;
    });
    return ready;
  }

  /** Every document matching a filter, all pages. */
  async function fetchAll(filter: string): Promise<SearchDocument[]> {
    const out: SearchDocument[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await index.getDocuments({ filter, limit: PAGE, offset });
      out.push(...page.results);
      if (page.results.length < PAGE) return out;
    }
  }

  /** Writes, then deletes: a reader never sees a document vanish before its replacement exists. */
  async function write(action: string, upserts: SearchDocument[], deletions: string[]): Promise<void> {
    if (upserts.length > 0) await settle(action, index.addDocuments(upserts, { primaryKey: 'key' }));
    if (deletions.length > 0) await settle(action, index.deleteDocuments(deletions));
  }

  return {
    async indexDocument(graph: DutyGraph) {
      assertOpen('indexDocument');
      const incoming = toSearchDocuments(graph);
      const documentId = graph.document.id;
      await boundary('indexDocument', async () => {
        await ensureReady();
        const sharedIds = incoming.filter((d) => !OWNED_TYPES.includes(d.type)).map((d) => d.id);
        const [previous, shared] = await Promise.all([
          fetchAll(`documentIds = ${quote(documentId)}`),
          sharedIds.length > 0 ? fetchAll(`id IN [${sharedIds.map(quote).join(', ')}]`) : Promise.resolve([]),
        ]);
        const existing = new Map(shared.map((d) => [d.id, d]));
        const fresh = new Set(incoming.map((d) => d.id));
        const upserts = incoming.map((d) => (OWNED_TYPES.includes(d.type) ? d : mergeShared(existing.get(d.id), d)));
        const deletions: string[] = [];
        for (const doc of previous) {
          if (fresh.has(doc.id)) continue;
          const rest = OWNED_TYPES.includes(doc.type) ? null : detachDocument(doc, documentId);
          if (rest) upserts.push(rest);
          else deletions.push(doc.key);
        }
        await write('indexDocument', upserts, deletions);
        await settle('indexDocument', hashes.addDocuments([{ key: searchKey(documentId), id: documentId, sha256: graph.document.sha256 }], { primaryKey: 'key' }));
      });
    },

    async removeDocument(documentId: string) {
      assertOpen('removeDocument');
      checkDocumentId('removeDocument', documentId);
      await boundary('removeDocument', async () => {
        await ensureReady();
        const upserts: SearchDocument[] = [];
        const deletions: string[] = [];
        for (const doc of await fetchAll(`documentIds = ${quote(documentId)}`)) {
          const rest = detachDocument(doc, documentId);
          if (rest) upserts.push(rest);
          else deletions.push(doc.key);
        }
        await write('removeDocument', upserts, deletions);
        await settle('removeDocument', hashes.deleteDocuments([searchKey(documentId)]));
      });
    },

    async documentHashes() {
      assertOpen('documentHashes');
      return boundary('documentHashes', async () => {
        await ensureReady();
        const out: DocumentHash[] = [];
        for (let offset = 0; ; offset += PAGE) {
          const page = await hashes.getDocuments({ limit: PAGE, offset });
          out.push(...page.results.map((d) => ({ id: d.id, sha256: d.sha256 })));
          if (page.results.length < PAGE) break;
        }
        return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      });
    },

    async search(query: string, searchOptions?: SearchOptions): Promise<SearchResult> {
      const started = performance.now();
      assertOpen('search');
      const checked = checkQuery(query);
      const opts = checkOptions(searchOptions);
      if (!checked.searchable) return { query: checked.text, hits: [], facets: emptyFacets(), total: 0, tookMs: performance.now() - started };
      return boundary('search', async () => {
        await ensureReady();
        const response = await index.search<SearchDocument>(checked.text, buildSearchParams(opts, /\p{Script=Han}/u.test(checked.text)));
        const distribution = response.facetDistribution ?? {};
        const facets = {
          type: topFacets(distribution[FACET_ATTRIBUTES.type] ?? {}),
          chapter: topFacets(distribution[FACET_ATTRIBUTES.chapter] ?? {}),
          unit: topFacets(distribution[FACET_ATTRIBUTES.unit] ?? {}),
          year: topFacets(distribution[FACET_ATTRIBUTES.year] ?? {}),
        };
        // Chapters and units are ids: their titles are the titles of their own documents, one request for all.
        const ids = [...facets.chapter, ...facets.unit].map((f) => f.value);
        const titles = new Map<string, { title: string; jurisdiction: string }>();
        if (ids.length > 0) {
          const found = await index.getDocuments({ filter: `id IN [${ids.map(quote).join(', ')}]`, fields: ['id', 'title', 'jurisdiction'], limit: ids.length });
          for (const d of found.results) titles.set(d.id, { title: d.title, jurisdiction: d.jurisdiction ?? '' });
        }
        return toResult(checked.text, response, labelFacets(facets, (id) => titles.get(id)), started);
      });
    },

    async close() {
      // The client holds no connection of its own (fetch per request); closing only stops further use.
      closed = true;
    },
  };
}

/** Runs client calls, translating client errors once, here; our own errors and unknown ones pass through. */
async function boundary<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw translate(action, error);
  }
}

function translate(action: string, error: unknown): unknown {
  if (error instanceof DutymapError) return error;
  if (error instanceof MeilisearchTaskTimeOutError) {
    return new SearchTaskFailedError(`${action}: gave up waiting for Meilisearch task ${error.cause.taskUid} after ${error.cause.timeout} ms`, {
      cause: error,
      details: { taskUid: error.cause.taskUid, status: 'timeout' },
    });
  }
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) {
    return new SearchUnavailableError(`${action}: Meilisearch cannot be reached (${error.message})`, { cause: error });
  }
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    const meiliCode = error.cause?.code;
    if (status === 401 || status === 403 || status >= 500) {
      return new SearchUnavailableError(`${action}: Meilisearch refused the request (${status} ${meiliCode ?? ''})`.trim(), {
        cause: error,
        details: { status, meiliCode },
      });
    }
    return new SearchRequestError(`${action}: Meilisearch rejected the request (${status} ${meiliCode ?? ''}): ${error.message}`, {
      cause: error,
      details: { status, meiliCode },
    });
  }
  return error;
}

type Formatted = Partial<Record<'name' | 'text' | 'nameEn', string> & Record<'aliases' | 'units' | 'sections', string[]>>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/**
 * Meilisearch does not escape what it formats: escape first, then turn the sentinels into <mark>.
 * It marks each Chinese token apart (燃煤 and 锅炉): touching marks are one, as the embedded engine gives them.
 */
function toHtml(formatted: string): string {
  return formatted
    .replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
    .replaceAll(`${POST_TAG}${PRE_TAG}`, '')
    .replaceAll(PRE_TAG, '<mark>')
    .replaceAll(POST_TAG, '</mark>');
}

/** The first formatted field with a match, in the embedded engine's order: text, names, units, sections, English. */
function snippetOf(hit: SearchDocument & { _formatted?: Formatted }): string {
  const f = hit._formatted ?? {};
  const candidates = [
    f.text ?? '',
    [f.name ?? '', ...(f.aliases ?? [])].filter((n) => n.length > 0).join(' · '),
    (f.units ?? []).join('、'),
    (f.sections ?? []).join(' › '),
    f.nameEn ?? '',
  ];
  const marked = candidates.find((c) => c.includes(PRE_TAG));
  return toHtml(marked ?? (candidates.find((c) => c.length > 0) ?? ''));
}

function toResult(query: string, response: SearchResponse<SearchDocument>, facets: SearchResult['facets'], started: number): SearchResult {
  const hits: SearchHit[] = response.hits.map((hit) => ({
    type: hit.type as SearchType,
    id: hit.id,
    title: hit.title,
    jurisdiction: hit.jurisdiction ?? '',
    snippet: snippetOf(hit as SearchDocument & { _formatted?: Formatted }),
    score: hit._rankingScore ?? 0,
  }));
  const total = response.totalHits ?? response.estimatedTotalHits ?? hits.length;
  return {
    query,
    hits,
    facets,
    total,
    tookMs: performance.now() - started,
  };
}
