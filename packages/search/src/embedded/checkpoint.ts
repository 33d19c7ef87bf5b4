// A checkpoint of the whole embedded index: its posting and facet arrays as they are in memory, its
// entries and vocabulary as JSON, in one file written atomically. A restart reads it in seconds, then
// applies only the documents whose files changed since (segment-files.ts stays the source of truth).
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const NAME = 'checkpoint.bin';

type Typed = Int32Array | Uint16Array | Uint8Array;
const KINDS = { i32: Int32Array, u16: Uint16Array, u8: Uint8Array } as const;
type Kind = keyof typeof KINDS;

function kindOf(array: Typed): Kind {
  return array instanceof Int32Array ? 'i32' : array instanceof Uint16Array ? 'u16' : 'u8';
}

/** Writes `header` (JSON) and `arrays` (raw bytes, after it) to dir/checkpoint.bin, atomically. */
export async function writeCheckpoint(dir: string, header: object, arrays: Record<string, Typed>): Promise<void> {
  const layout = Object.entries(arrays).map(([name, array]) => ({ name, kind: kindOf(array), length: array.length }));
  const head = Buffer.from(JSON.stringify({ ...header, layout }), 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32LE(head.length);
  const parts = [size, head, ...Object.values(arrays).map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength))];
  const staged = join(dir, `.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(staged, parts);
  await rename(staged, join(dir, NAME));
}

/** The checkpoint in `dir`, or null when there is none (or it cannot be read: the segments then rebuild the index). */
export async function readCheckpoint<H extends object>(dir: string): Promise<{ header: H; arrays: Record<string, Typed> } | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, NAME));
  } catch {
    return null;
  }
  try {
    const length = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as H & { layout: Array<{ name: string; kind: Kind; length: number }> };
    let at = 4 + length;
    const arrays: Record<string, Typed> = {};
    for (const { name, kind, length: count } of header.layout) {
      const array = new KINDS[kind](count);
      new Uint8Array(array.buffer).set(bytes.subarray(at, at + array.byteLength));
      at += array.byteLength;
      arrays[name] = array;
    }
    return { header, arrays };
  } catch {
    return null;
  }
}

export async function removeCheckpoint(dir: string): Promise<void> {
  await rm(join(dir, NAME), { force: true });
}
