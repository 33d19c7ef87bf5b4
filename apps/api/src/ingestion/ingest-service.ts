// Ingest: a plan file → graph store + search index, all-or-nothing, one document at a time.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { GraphStore } from '@dutymap/graph';
import type { DocumentSummary } from '@dutymap/model';
import type { SearchIndex } from '@dutymap/search';
import type { ParseResult } from '@dutymap/ingest';
import { parsePlanFile } from '@dutymap/ingest';
import { UnparsableDocumentError } from '../errors.js';
import type { DocumentLibrary, StoredFile } from './document-library.js';
import { seedFiles } from './document-library.js';

export interface IngestServiceDeps {
  graph: GraphStore;
  search: SearchIndex;
  library: DocumentLibrary;
  logger: Logger;
}

export interface IngestReport {
  document: DocumentSummary;
  /** Non-fatal findings of the parser, with line numbers. */
  diagnostics: ParseResult['diagnostics'];
}

export class IngestService {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners: Array<() => void> = [];

  constructor(private readonly deps: IngestServiceDeps) {}

  /** Calls `listener` whenever a document is loaded or removed (to drop cached answers). */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Runs one ingest at a time, so two uploads never interleave their writes. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async parse(path: string, sourceName: string): Promise<ParseResult> {
    const parsed = await parsePlanFile(path, { sourceName });
    if (!parsed.ok) throw new UnparsableDocumentError(sourceName, parsed.diagnostics);
    return parsed;
  }

  /** Loads a parsed plan into graph and index; if the index fails, the graph load is undone. */
  private async load(parsed: ParseResult, options: { inGraph?: boolean } = {}): Promise<IngestReport> {
    const { graph, search } = this.deps;
    const d = parsed.graph.document;
    const loaded = options.inGraph
      ? { id: d.id, title: d.title, jurisdiction: d.jurisdiction, sourceName: d.sourceName, sha256: d.sha256, taskCount: parsed.graph.tasks.length, projectCount: parsed.graph.projects.length }
      : undefined;
    const document = loaded ?? (await graph.loadDocument(parsed.graph));
    try {
      await search.indexDocument(parsed.graph);
    } catch (error) {
      if (!loaded) await graph.removeDocument(document.id).catch(() => undefined);
      throw error;
    } finally {
      this.changed();
    }
    return { document, diagnostics: parsed.diagnostics.filter((d) => d.severity !== 'info') };
  }

  /** Stores an upload atomically, then ingests it; a plan that fails leaves neither file nor data. */
  upload(sourceName: string, bytes: Uint8Array): Promise<IngestReport> {
    return this.serial(async () => {
      const staged = await this.deps.library.stage(sourceName, bytes);
      try {
        const parsed = await this.parse(staged.path, sourceName);
        await staged.commit(parsed.graph.document.id);
        try {
          return await this.load(parsed);
        } catch (error) {
          await this.deps.library.remove(parsed.graph.document.id);
          throw error;
        }
      } finally {
        await staged.discard();
      }
    });
  }

  /** Removes a document from graph, index and library; false when no store knew it. */
  remove(documentId: string): Promise<boolean> {
    return this.serial(async () => {
      try {
        const inGraph = await this.deps.graph.removeDocument(documentId);
        await this.deps.search.removeDocument(documentId);
        const inLibrary = await this.deps.library.remove(documentId);
        return inGraph || inLibrary;
      } finally {
        this.changed();
      }
    });
  }

  /**
   * Ingests the seeds and the stored uploads. A file whose sha256 both the graph store and the index
   * already hold (a persistent Neo4j, the embedded stores' snapshots) is not even parsed; one only the
   * graph holds is indexed again.
   */
  async startup(seedsDir: string, onFile: (file: StoredFile, report: IngestReport | Error) => void = () => undefined): Promise<{ loaded: IngestReport[]; unchanged: number }> {
    const files = [...(await seedFiles(seedsDir)), ...(await this.deps.library.list())];
    const [inGraph, inIndex] = await Promise.all([this.deps.graph.documentHashes(), this.deps.search.documentHashes()]);
    const graphHashes = new Set(inGraph.map((h) => h.sha256));
    const indexHashes = new Set(inIndex.map((h) => h.sha256));
    const reports: IngestReport[] = [];
    let unchanged = 0;
    for (const file of files) {
      try {
        const sha256 = createHash('sha256').update(await readFile(file.path)).digest('hex');
        if (graphHashes.has(sha256) && indexHashes.has(sha256)) {
          unchanged += 1;
          continue;
        }
        const report = await this.serial(async () => this.load(await this.parse(file.path, file.sourceName), { inGraph: graphHashes.has(sha256) }));
        reports.push(report);
        onFile(file, report);
      } catch (error) {
        // One bad file must not keep the others from being served.
        onFile(file, error as Error);
      }
    }
    return { loaded: reports, unchanged };
  }
}
