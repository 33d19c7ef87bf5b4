// The memory store's snapshot on disk: one JSON file per loaded document, each written atomically
// (a temporary file in the same folder, then a rename), so a crash leaves either version, never half.
// A file is the document's DutyGraph with one more field, `loadedAt`: when the store loaded it.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DutyGraph } from '@dutymap/model';

const SUFFIX = '.graph.json';

/** A kept document and when it was loaded. */
export interface Snapshot {
  graph: DutyGraph;
  loadedAt: string;
}

export class SnapshotFiles {
  constructor(private readonly dir: string) {}

  private path(documentId: string): string {
    return join(this.dir, `${encodeURIComponent(documentId)}${SUFFIX}`);
  }

  /** Every kept document, in the order they were written (the last write of a shared unit wins, as when loaded). */
  async readAll(): Promise<Snapshot[]> {
    await mkdir(this.dir, { recursive: true });
    const names = (await readdir(this.dir)).filter((name) => name.endsWith(SUFFIX));
    const files = await Promise.all(names.map(async (name) => ({ name, mtime: (await stat(join(this.dir, name))).mtimeMs })));
    files.sort((a, b) => a.mtime - b.mtime || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const snapshots: Snapshot[] = [];
    for (const file of files) {
      const { loadedAt, ...graph } = JSON.parse(await readFile(join(this.dir, file.name), 'utf8')) as DutyGraph & { loadedAt?: string };
      // A file written before `loadedAt` was kept: it was written when the document was loaded.
      snapshots.push({ graph, loadedAt: loadedAt ?? new Date(file.mtime).toISOString() });
    }
    return snapshots;
  }

  async write(documentId: string, graph: DutyGraph, loadedAt: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const staged = join(this.dir, `.${randomBytes(6).toString('hex')}.tmp`);
    await writeFile(staged, JSON.stringify({ ...graph, loadedAt }));
    await rename(staged, this.path(documentId));
  }

  async remove(documentId: string): Promise<void> {
    await rm(this.path(documentId), { force: true });
  }
}
