// Reads a plan from a file of any supported format and parses it; never throws.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { SourceLayout } from './layout/blocks.js';
import { readTextLayout } from './layout/text-layout.js';
import { layoutFromGrid } from './readers/grid.js';
import { declaredInflatedBytes } from './readers/archive.js';
import type { ParseOptions, ParseResult } from './parse-plan.js';
import { failedResult, parseLayout } from './parse-plan.js';

export const SUPPORTED_EXTENSIONS = ['.txt', '.text', '.tsv', '.csv', '.xlsx', '.docx', '.html', '.htm'] as const;

/** Default of `ReadOptions.maxInflatedBytes`: 200 MB, ten times the API's default upload limit. */
export const DEFAULT_MAX_INFLATED_BYTES = 200 * 1024 * 1024;

/** How much a file may cost to read, on top of the parse options. */
export interface ReadOptions {
  /**
   * Largest total size a .docx/.xlsx archive may declare for its entries once inflated. A larger
   * one (a "zip bomb": 1 MB that inflates to 1 GB) is refused before anything is inflated.
   */
  maxInflatedBytes?: number;
}

const ARCHIVES = new Set(['.xlsx', '.docx']);

/** Decodes text as UTF-8, or as GB18030 (GBK) when it is not valid UTF-8, as older government files often are. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** A TAB text dump starts cells with a TAB; a TSV puts a row on each line. */
function isTabLayout(text: string): boolean {
  return /^\t/m.test(text);
}

// Readers of binary formats load on first use: the CLI on a text dump starts without them.
async function layoutOf(bytes: Uint8Array, extension: string): Promise<SourceLayout> {
  switch (extension) {
    case '.xlsx': {
      const { readXlsx } = await import('./readers/spreadsheet.js');
      return layoutFromGrid(await readXlsx(bytes));
    }
    case '.docx': {
      const [{ default: mammoth }, { readHtml }] = await Promise.all([import('mammoth'), import('./readers/html.js')]);
      // Images are never data: an empty src spares inflating and base64-encoding each one.
      const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
      const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage: noImages });
      return layoutFromGrid(readHtml(value));
    }
    case '.html':
    case '.htm': {
      const { readHtml } = await import('./readers/html.js');
      return layoutFromGrid(readHtml(decodeText(bytes)));
    }
    case '.csv': {
      if (bytes.includes(0)) throw new Error('it holds binary data, not text');
      const { readDelimited } = await import('./readers/spreadsheet.js');
      return layoutFromGrid(readDelimited(decodeText(bytes), ','));
    }
    default: {
      // A text format with NUL bytes is some other file under a text name (an image, a .doc).
      if (bytes.includes(0)) throw new Error('it holds binary data, not text');
      const text = decodeText(bytes);
      if (isTabLayout(text)) return readTextLayout(text);
      const { readDelimited } = await import('./readers/spreadsheet.js');
      return layoutFromGrid(readDelimited(text, '\t'));
    }
  }
}

/**
 * Reads and parses a plan file (.txt TAB layout, .tsv, .csv, .xlsx, .docx, .html). Problems
 * with the file itself come back as fatal diagnostics, like problems with its tables.
 */
export async function parsePlanFile(path: string, options: Partial<ParseOptions> & ReadOptions = {}): Promise<ParseResult> {
  const { maxInflatedBytes = DEFAULT_MAX_INFLATED_BYTES, ...parseOptions } = options;
  const sourceName = parseOptions.sourceName ?? basename(path);
  // Messages name the source, never the path: an upload's path on the server is nobody's business.
  const hidePath = (text: string) => text.split(path).join(sourceName);
  const extension = extname(path).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) {
    return failedResult('', sourceName, 'unsupported-format', `${sourceName}: unsupported file type "${extension || '(none)'}"; supported: ${SUPPORTED_EXTENSIONS.join(' ')}`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return failedResult('', sourceName, 'unreadable-file', hidePath(`${sourceName}: ${(error as NodeJS.ErrnoException).code ?? ''} ${(error as Error).message}`.trim()));
  }
  let layout: SourceLayout;
  try {
    if (ARCHIVES.has(extension)) {
      const inflated = declaredInflatedBytes(bytes);
      if (inflated > maxInflatedBytes) {
        return failedResult(bytes, sourceName, 'archive-too-large', `${sourceName}: the ${extension} archive inflates to ${inflated} bytes; at most ${maxInflatedBytes} are read`);
      }
    }
    layout = await layoutOf(bytes, extension);
  } catch (error) {
    return failedResult(bytes, sourceName, 'unreadable-file', hidePath(`${sourceName}: not a readable ${extension} file: ${(error as Error).message}`));
  }
  return parseLayout(layout, bytes, { ...parseOptions, sourceName });
}
