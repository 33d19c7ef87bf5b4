// Uploaded plans kept as files: the documents are the source of truth, graph and index are projections.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { SUPPORTED_EXTENSIONS } from '@dutymap/ingest';

export interface StoredFile {
  path: string;
  /** The name the plan was uploaded (or seeded) under. */
  sourceName: string;
}

const SEPARATOR = '--';

/** Keeps a name to one safe path segment (no folders, no control characters). */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const base = basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f<>:"|?*]/g, '_').trim();
  return base === '' || base.startsWith('.') ? `upload${base}` : base.slice(0, 180);
}

export function isSupportedFile(name: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/**
 * A folder of uploaded plans, each stored as `<documentId>--<name>`. Writes are atomic: a file
 * is written under a temporary name in the same folder and renamed into place.
 */
export class DocumentLibrary {
  constructor(private readonly dir: string) {}

  /** Writes bytes under a temporary name; `commit` renames the file to its document id. */
  async stage(sourceName: string, bytes: Uint8Array): Promise<{ path: string; commit(documentId: string): Promise<string>; discard(): Promise<void> }> {
    await mkdir(this.dir, { recursive: true });
    const name = safeFileName(sourceName);
    const staged = join(this.dir, `.staging-${randomBytes(6).toString('hex')}${extname(name)}`);
    await writeFile(staged, bytes, { flag: 'wx' });
    return {
      path: staged,
      commit: async (documentId) => {
        // One file per document: an upload of a new version replaces the old one.
        await this.remove(documentId);
        const final = join(this.dir, `${documentId}${SEPARATOR}${name}`);
        await rename(staged, final);
        return final;
      },
      discard: () => rm(staged, { force: true }),
    };
  }

  async list(): Promise<Array<StoredFile & { documentId: string }>> {
    const names = await readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    return names
      .filter((name) => !name.startsWith('.') && name.includes(SEPARATOR) && isSupportedFile(name))
      .sort()
      .map((name) => {
        const at = name.indexOf(SEPARATOR);
        return { path: join(this.dir, name), documentId: name.slice(0, at), sourceName: name.slice(at + SEPARATOR.length) };
      });
  }

  /** Deletes the stored file of a document; false when there is none. */
  async remove(documentId: string): Promise<boolean> {
    const stored = (await this.list()).filter((file) => file.documentId === documentId);
    await Promise.all(stored.map((file) => rm(file.path, { force: true })));
    return stored.length > 0;
  }
}

/** The supported plan files of the seeds folder, by name. */
export async function seedFiles(dir: string): Promise<StoredFile[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((name) => !name.startsWith('.') && isSupportedFile(name)).sort().map((name) => ({ path: join(dir, name), sourceName: name }));
}
