// The embedded index on disk: one gzipped JSON file per indexed document holding its search documents and
// their analysed form (terms per field), each written atomically (a temporary file, then a rename). A
// restart reads them back without segmenting the text again.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip, constants } from 'node:zlib';
import type { SearchDocument } from '../documents.js';
import type { Analysis } from './postings.js';

const SUFFIX = '.search.json.gz';
const zip = promisify(gzip);
const unzip = promisify(gunzip);

/** One indexed document: what it indexed, and the names added to the segmenter's dictionary. */
export interface Segment {
  documentId: string;
  sha256: string;
  words: string[];
  docs: Array<{ doc: SearchDocument; analysis: Analysis }>;
}

/** Which version of a document's segment is on disk. */
export interface SegmentVersion {
  documentId: string;
  mtimeMs: number;
  size: number;
}

/**
 * What `io` gives, or undefined when the file is not there: instances sharing a data directory write and
 * remove files while another starts up, so a file listed a moment ago may be gone (start-up then indexes
 * its plan again, as for any plan the index lacks).
 */
async function gone<T>(io: Promise<T>): Promise<T | undefined> {
  try {
    return await io;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export class SegmentFiles {
  constructor(readonly dir: string) {}

  private path(documentId: string): string {
    return join(this.dir, `${encodeURIComponent(documentId)}${SUFFIX}`);
  }

  /** Every kept segment's document and version (modification time and size), in the order they were written. */
  async list(): Promise<SegmentVersion[]> {
    await mkdir(this.dir, { recursive: true });
    const names = (await readdir(this.dir)).filter((name) => name.endsWith(SUFFIX));
    const files = await Promise.all(
      names.map(async (name) => {
        const found = await gone(stat(join(this.dir, name)));
        return found && { documentId: decodeURIComponent(name.slice(0, -SUFFIX.length)), mtimeMs: found.mtimeMs, size: found.size };
      }),
    );
    // Shared nodes end as the last writer left them.
    return files.filter((file) => file !== undefined).sort((a, b) => a.mtimeMs - b.mtimeMs || (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0));
  }

  /** The segment, or undefined when it is gone since it was listed. */
  async read(documentId: string): Promise<Segment | undefined> {
    const bytes = await gone(readFile(this.path(documentId)));
    return bytes && (JSON.parse((await unzip(bytes)).toString('utf8')) as Segment);
  }

  /** Writes a segment; returns the version it now has. */
  async write(segment: Segment): Promise<SegmentVersion> {
    await mkdir(this.dir, { recursive: true });
    const staged = join(this.dir, `.${randomBytes(6).toString('hex')}.tmp`);
    // Fastest compression: the files are read at start, where speed matters more than a few bytes.
    await writeFile(staged, await zip(JSON.stringify(segment), { level: constants.Z_BEST_SPEED }));
    const path = this.path(segment.documentId);
    await rename(staged, path);
    const { mtimeMs, size } = await stat(path);
    return { documentId: segment.documentId, mtimeMs, size };
  }

  async remove(documentId: string): Promise<void> {
    await rm(this.path(documentId), { force: true });
  }
}
