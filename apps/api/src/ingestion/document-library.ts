// Uploaded plans kept as files: the documents are the source of truth, graph and index are projections.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SUPPORTED_EXTENSIONS } from '@dutymap/ingest';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../errors.js';

export interface StoredFile {
  path: string;
  /** The name the plan was uploaded (or seeded) under. */
  sourceName: string;
}

/** A stored upload: its document id is the first part of its file name. */
export interface UploadFile extends StoredFile {
  documentId: string;
}

/** An upload written under a temporary name, not yet part of the library. */
export interface StagedFile {
  path: string;
  /** Renames the file into place as the document's only file; the previous one stays until this succeeds. */
  commit(documentId: string): Promise<UploadFile>;
  /** Deletes the temporary file (harmless after `commit`). */
  discard(): Promise<void>;
}

const SEPARATOR = '--';
const STAGING_PREFIX = '.staging-';

/**
 * Longest name kept, in UTF-8 bytes. File systems allow 255 bytes per name (about 85 CJK
 * characters), and a stored file is named `<document id>--<name>`: 180 leaves room for the id.
 */
export const MAX_NAME_BYTES = 180;

export function isSupportedFile(name: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/** Cuts `text` to at most `maxBytes` of UTF-8 without splitting a character. */
function cutToBytes(text: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const char of text) {
    bytes += Buffer.byteLength(char);
    if (bytes > maxBytes) break;
    out += char;
  }
  return out;
}

/**
 * The name an upload is stored and cited under: the last path segment, without control
 * characters or characters file systems refuse, at most MAX_NAME_BYTES, its extension kept.
 * Throws `unsupported-media-type` for a type the parser does not read.
 */
export function uploadName(name: string): string {
  const segment = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const clean = segment.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').trim().replace(/^\.+/, '');
  const extension = extname(clean).toLowerCase();
  if (!isSupportedFile(clean)) {
    throw new UnsupportedMediaTypeError(`cannot read "${extension || '(no extension)'}" files; send one of ${SUPPORTED_EXTENSIONS.join(' ')}`, {
      extension: extension || null,
      supported: SUPPORTED_EXTENSIONS,
    });
  }
  const stem = cutToBytes(clean.slice(0, clean.length - extension.length).trim(), MAX_NAME_BYTES - Buffer.byteLength(extension));
  return `${stem || 'upload'}${extension}`;
}

/** Counts bytes on their way to disk and fails the stream once there are more than `limit`. */
function byteLimit(limit: number): Transform & { bytes: number } {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counter.bytes += chunk.length;
      done(counter.bytes > limit ? new PayloadTooLargeError(limit) : null, chunk);
    },
  }) as Transform & { bytes: number };
  counter.bytes = 0;
  return counter;
}

export interface DocumentLibraryOptions {
  /**
   * Age (ms since last written) before `clean()` takes a staging file for a crash's leftover. With
   * several instances sharing the folder, a younger one may be another instance's upload still
   * waiting for its parse: give at least the longest parse plus the wait for the store lock. Default 0.
   */
  stagingGraceMs?: number;
}

/**
 * A folder of uploaded plans, each stored as `<documentId>--<name>`. An upload is streamed to a
 * temporary `.staging-*` file in the same folder and renamed into place only once graph and
 * index hold it; staging files left by a crash are removed at a later start. Several instances
 * may share the folder.
 */
export class DocumentLibrary {
  private readonly stagingGraceMs: number;

  constructor(
    private readonly dir: string,
    options: DocumentLibraryOptions = {},
  ) {
    this.stagingGraceMs = options.stagingGraceMs ?? 0;
  }

  /** Streams `body` to a staging file, failing with `payload-too-large` past `limitBytes` (the partial file is removed). */
  async stage(name: string, body: Readable, limitBytes: number): Promise<StagedFile> {
    await mkdir(this.dir, { recursive: true });
    const staged = join(this.dir, `${STAGING_PREFIX}${randomBytes(6).toString('hex')}${extname(name)}`);
    const counter = byteLimit(limitBytes);
    try {
      await pipeline(body, counter, createWriteStream(staged, { flags: 'wx' }));
      if (counter.bytes === 0) throw new ValidationError('send the plan file as the raw request body (Content-Type: application/octet-stream)', [{ path: 'body', message: 'empty' }]);
    } catch (error) {
      await rm(staged, { force: true });
      // A client that hangs up half-way is the client's problem, not a server error.
      if ((body as Readable & { complete?: boolean }).complete === false && !(error instanceof PayloadTooLargeError)) {
        throw new ValidationError('the upload was interrupted before its end', [{ path: 'body', message: 'incomplete' }]);
      }
      throw error;
    }
    return {
      path: staged,
      commit: async (documentId) => {
        const final = join(this.dir, `${documentId}${SEPARATOR}${name}`);
        const older = (await this.list()).filter((file) => file.documentId === documentId && file.path !== final);
        // rename() replaces a file of the same name atomically; a previous version under another name goes after.
        await rename(staged, final);
        await Promise.all(older.map((file) => rm(file.path, { force: true })));
        return { path: final, sourceName: name, documentId };
      },
      discard: () => rm(staged, { force: true }),
    };
  }

  /** The stored uploads, by name; when a crash left two files for one document, the newer one. */
  async list(): Promise<UploadFile[]> {
    return (await this.listAll()).kept;
  }

  /** Removes what a crash can leave behind: staging files past their grace and the older of two files for one document. Returns their names. */
  async clean(): Promise<string[]> {
    const names = await this.names();
    const now = Date.now();
    const staging: string[] = [];
    for (const name of names.filter((n) => n.startsWith(STAGING_PREFIX))) {
      const written = await stat(join(this.dir, name)).then((s) => s.mtimeMs, () => undefined);
      if (written !== undefined && now - written >= this.stagingGraceMs) staging.push(name);
    }
    const { superseded } = await this.listAll(names);
    const removed = [...staging.map((name) => join(this.dir, name)), ...superseded.map((file) => file.path)];
    await Promise.all(removed.map((path) => rm(path, { force: true })));
    return removed.map((path) => path.slice(this.dir.length + 1));
  }

  /** Deletes the stored file of a document; false when there is none. */
  async remove(documentId: string): Promise<boolean> {
    const { kept, superseded } = await this.listAll();
    const stored = [...kept, ...superseded].filter((file) => file.documentId === documentId);
    await Promise.all(stored.map((file) => rm(file.path, { force: true })));
    return stored.length > 0;
  }

  /** Names of the regular files in the folder: a folder or link with a plan's name is never taken for one. */
  private async names(): Promise<string[]> {
    const entries = await readdir(this.dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  }

  private async listAll(given?: string[]): Promise<{ kept: UploadFile[]; superseded: UploadFile[] }> {
    const names = (given ?? (await this.names())).filter((name) => !name.startsWith('.') && name.includes(SEPARATOR) && isSupportedFile(name)).sort();
    const files = await Promise.all(
      names.map(async (name) => {
        const at = name.indexOf(SEPARATOR);
        const path = join(this.dir, name);
        return { path, documentId: name.slice(0, at), sourceName: name.slice(at + SEPARATOR.length), mtimeMs: (await stat(path)).mtimeMs };
      }),
    );
    const newest = new Map<string, (typeof files)[number]>();
    for (const file of files) {
      const seen = newest.get(file.documentId);
      if (!seen || file.mtimeMs > seen.mtimeMs) newest.set(file.documentId, file);
    }
    const strip = ({ mtimeMs: _, ...file }: (typeof files)[number]): UploadFile => file;
    return {
      kept: files.filter((file) => newest.get(file.documentId) === file).map(strip),
      superseded: files.filter((file) => newest.get(file.documentId) !== file).map(strip),
    };
  }
}

/** The supported plan files of the seeds folder, by name. */
export async function seedFiles(dir: string): Promise<StoredFile[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((name) => !name.startsWith('.') && isSupportedFile(name)).sort().map((name) => ({ path: join(dir, name), sourceName: name }));
}
