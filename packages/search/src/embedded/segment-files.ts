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

export class SegmentFiles {
  constructor(private readonly dir: string) {}

  private path(documentId: string): string {
    return join(this.dir, `${encodeURIComponent(documentId)}${SUFFIX}`);
  }

  /** Every kept segment, in the order they were written (shared nodes end as the last writer left them). */
  async readAll(): Promise<Segment[]> {
    await mkdir(this.dir, { recursive: true });
    const names = (await readdir(this.dir)).filter((name) => name.endsWith(SUFFIX));
    const files = await Promise.all(names.map(async (name) => ({ name, mtime: (await stat(join(this.dir, name))).mtimeMs })));
    files.sort((a, b) => a.mtime - b.mtime || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const segments: Segment[] = [];
    for (const file of files) segments.push(JSON.parse((await unzip(await readFile(join(this.dir, file.name)))).toString('utf8')) as Segment);
    return segments;
  }

  async write(segment: Segment): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const staged = join(this.dir, `.${randomBytes(6).toString('hex')}.tmp`);
    // Fastest compression: the files are read at start, where speed matters more than a few bytes.
    await writeFile(staged, await zip(JSON.stringify(segment), { level: constants.Z_BEST_SPEED }));
    await rename(staged, this.path(segment.documentId));
  }

  async remove(documentId: string): Promise<void> {
    await rm(this.path(documentId), { force: true });
  }
}
