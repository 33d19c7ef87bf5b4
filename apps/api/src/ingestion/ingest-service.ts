// Ingest: plan files → graph store + search index, one change at a time. The files are the truth:
// a change reaches graph, index and file together or not at all, and every start reconciles them.
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import type { GraphStore } from '@dutymap/graph';
import type { DocumentSummary, DutyGraph, IngestReport } from '@dutymap/model';
import type { SearchIndex } from '@dutymap/search';
import type { ParseResult } from '@dutymap/ingest';
import { UnparsableDocumentError } from '../errors.js';
import type { DocumentLibrary, StoredFile } from './document-library.js';
import { seedFiles } from './document-library.js';
import type { PlanParser } from './parser.js';
import { StoreLock } from './store-lock.js';

export interface IngestServiceDeps {
  graph: GraphStore;
  search: SearchIndex;
  library: DocumentLibrary;
  logger: Logger;
  /** Parses one plan file (the API's parser runs each parse in a worker thread under a budget). */
  parse: PlanParser;
  /** This instance's name in the store lock (default: host, process id and a random part). */
  owner?: string;
  /** How long an upload or delete waits for another instance's change before failing with `store-busy` (default 60 s). */
  changeWaitMs?: number;
}


/** What a start found and did. */
export interface StartupReport {
  /** Documents loaded (or found loaded) from files. */
  reports: IngestReport[];
  /** Files that could not be ingested, with the reason. */
  failed: Array<{ file: StoredFile; error: Error }>;
  /** Leftovers of interrupted uploads that were deleted (staging files, superseded versions). */
  cleaned: string[];
  /** Documents in the graph or the index with no file behind them, removed from both. */
  orphans: string[];
  /** Files both stores already held at the same sha256: not parsed again. */
  unchanged: number;
}

export class IngestService {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners: Array<() => void> = [];
  /** The file each loaded document comes from: what a failed change restores. */
  private readonly sources = new Map<string, StoredFile>();
  private readonly lock: StoreLock;
  private readonly changeWaitMs: number;

  constructor(private readonly deps: IngestServiceDeps) {
    this.lock = new StoreLock(deps.graph, deps.logger, { owner: deps.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}` });
    this.changeWaitMs = deps.changeWaitMs ?? 60_000;
  }

  /** Calls `listener` whenever graph or index may have changed (to drop cached answers). */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /**
   * After a change to graph and index: moves the graph version once more (the index changed after the
   * graph's own bump), so other instances drop answers they computed in between; then the listeners.
   */
  private async changed(): Promise<void> {
    await this.deps.graph.bumpGraphVersion().catch((error: unknown) => this.deps.logger.warn({ err: error }, 'could not move the graph version; other instances see the change at their next one'));
    for (const listener of this.listeners) listener();
  }

  /**
   * Runs one change at a time: in this process (two uploads never interleave their writes) and across the
   * instances sharing the stores (the store lock), waiting at most `maxWaitMs` for the others.
   */
  private serial<T>(what: string, work: () => Promise<T>, maxWaitMs = this.changeWaitMs): Promise<T> {
    const locked = () => this.lock.run(what, work, maxWaitMs);
    const next = this.queue.then(locked, locked);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * The file a document comes from now: its upload in the library (which every instance shares, so it
   * may be another instance's), else the seed it was found in at start.
   */
  private async sourceOf(documentId: string): Promise<StoredFile | undefined> {
    return (await this.deps.library.list()).find((file) => file.documentId === documentId) ?? this.sources.get(documentId);
  }

  private async parse(file: StoredFile): Promise<ParseResult> {
    const parsed = await this.deps.parse(file.path, file.sourceName);
    if (!parsed.ok) throw new UnparsableDocumentError(file.sourceName, parsed.diagnostics);
    return parsed;
  }

  private report(document: DocumentSummary, parsed: ParseResult): IngestReport {
    return { document, diagnostics: parsed.diagnostics.filter((d) => d.severity !== 'info') };
  }

  /**
   * Puts a document back as its file says (or takes it out when it has none), after a change
   * failed half-way. If this fails too, the files still hold the truth and the next start repairs.
   */
  private async restore(documentId: string, previous: StoredFile | undefined): Promise<void> {
    const { graph, search, logger } = this.deps;
    try {
      if (previous) {
        const { graph: before } = await this.parse(previous);
        await graph.loadDocument(before);
        await search.indexDocument(before);
      } else {
        await graph.removeDocument(documentId);
        await search.removeDocument(documentId);
      }
      logger.warn({ document: documentId, file: previous?.sourceName ?? null }, 'change failed; the previous state is restored');
    } catch (error) {
      logger.error({ document: documentId, err: error }, 'change failed and the previous state could not be restored; a restart reconciles graph and index with the files');
    } finally {
      await this.changed();
    }
  }

  /** Loads a parsed plan into graph, then index; if the index fails, the graph goes back to `previous`. */
  private async load(graph: DutyGraph, previous: StoredFile | undefined): Promise<DocumentSummary> {
    const document = await this.deps.graph.loadDocument(graph);
    try {
      await this.deps.search.indexDocument(graph);
    } catch (error) {
      await this.restore(document.id, previous);
      throw error;
    }
    await this.changed();
    return document;
  }

  /**
   * Stores an upload: stream to a staging file (at most `limitBytes`), parse, load graph and
   * index, then replace the previous file. On any failure the previous version of the document
   * stays in file, graph and index, and nothing of the upload is left.
   */
  async upload(name: string, body: Readable, limitBytes: number): Promise<IngestReport> {
    const staged = await this.deps.library.stage(name, body, limitBytes);
    try {
      return await this.serial('upload', async () => {
        const parsed = await this.parse({ path: staged.path, sourceName: name });
        const id = parsed.graph.document.id;
        const previous = await this.sourceOf(id);
        const document = await this.load(parsed.graph, previous);
        let stored: StoredFile;
        try {
          stored = await staged.commit(id);
        } catch (error) {
          await this.restore(id, previous);
          throw error;
        }
        this.sources.set(id, stored);
        return this.report(document, parsed);
      });
    } finally {
      await staged.discard();
    }
  }

  /** Removes a document from graph, index and library; false when no store knew it. */
  remove(documentId: string): Promise<boolean> {
    return this.serial('remove', async () => {
      const previous = await this.sourceOf(documentId);
      const inGraph = await this.deps.graph.removeDocument(documentId);
      let inLibrary: boolean;
      try {
        await this.deps.search.removeDocument(documentId);
        inLibrary = await this.deps.library.remove(documentId);
      } catch (error) {
        await this.restore(documentId, previous);
        throw error;
      }
      this.sources.delete(documentId);
      await this.changed();
      return inGraph || inLibrary;
    });
  }

  /**
   * Brings graph and index in line with the files: removes what interrupted uploads left, loads
   * every stored upload and seed (an upload wins over a seed of the same document), and removes
   * from graph and index every document no file holds. A file whose sha256 both stores already hold
   * for its document (a persistent Neo4j, the embedded stores' snapshots) is not even parsed, so a
   * restart costs what the changed files cost; one only the graph holds is indexed again.
   * Everything it repairs is logged. Instances sharing the stores run it one after the other (the store
   * lock): the next one finds what the first loaded unchanged, and every upload's file in the shared library.
   */
  startup(seedsDir: string): Promise<StartupReport> {
    return this.serial(
      'startup',
      async () => {
        const { graph, search, library, logger } = this.deps;
        const cleaned = await library.clean();
        if (cleaned.length > 0) logger.warn({ files: cleaned }, 'removed what interrupted uploads left');
        const uploads = await library.list();
        const files: StoredFile[] = [...uploads, ...(await seedFiles(seedsDir))];
        // An upload whose file cannot be read now still names its document: keep that document, do not call it an orphan.
        const claimed = new Set(uploads.map((file) => file.documentId));
        const [inGraph, inIndex] = await Promise.all([graph.documentHashes(), search.documentHashes()]);
        const graphBySha = new Map(inGraph.map((h) => [h.sha256, h.id]));
        const indexed = new Set(inIndex.map((h) => `${h.id}|${h.sha256}`));
        const reports: IngestReport[] = [];
        const failed: StartupReport['failed'] = [];
        let unchanged = 0;
        const replaced = (id: string, file: StoredFile): boolean => {
          if (!this.sources.has(id)) return false;
          logger.info({ file: file.sourceName, document: id, by: this.sources.get(id)?.sourceName }, 'skipped: an upload replaces this document');
          return true;
        };
        for (const file of files) {
          try {
            const sha256 = createHash('sha256').update(await readFile(file.path)).digest('hex');
            const known = graphBySha.get(sha256);
            if (known !== undefined && indexed.has(`${known}|${sha256}`)) {
              if (replaced(known, file)) continue;
              this.sources.set(known, file);
              claimed.add(known);
              unchanged += 1;
              continue;
            }
            const parsed = await this.parse(file);
            const { document: d } = parsed.graph;
            if (replaced(d.id, file)) continue;
            const document =
              known === d.id
                ? { id: d.id, title: d.title, jurisdiction: d.jurisdiction, sourceName: d.sourceName, sha256: d.sha256, taskCount: parsed.graph.tasks.length, projectCount: parsed.graph.projects.length }
                : await graph.loadDocument(parsed.graph);
            await search.indexDocument(parsed.graph);
            this.sources.set(d.id, file);
            claimed.add(d.id);
            reports.push(this.report(document, parsed));
            logger.info({ file: file.sourceName, document: d.id, tasks: document.taskCount, projects: document.projectCount, ...(known === d.id ? { reindexed: true } : {}) }, 'ingested');
          } catch (error) {
            // One bad file must not keep the others from being served.
            failed.push({ file, error: error as Error });
            logger.error({ file: file.sourceName, err: error }, 'could not ingest');
          }
        }
        const orphans = [...new Set([...inGraph, ...inIndex].map((h) => h.id))].filter((id) => !claimed.has(id));
        for (const id of orphans) {
          await graph.removeDocument(id);
          await search.removeDocument(id);
          logger.warn({ document: id }, 'in the graph or the index but in no file: removed from both');
        }
        if (reports.length > 0 || orphans.length > 0) await this.changed();
        return { reports, failed, cleaned, orphans, unchanged };
      },
      // However long another instance's start-up takes: serving before reconciling would serve a half state.
      Number.POSITIVE_INFINITY,
    );
  }
}
