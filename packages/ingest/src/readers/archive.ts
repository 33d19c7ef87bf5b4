// Checks what a .docx/.xlsx (a zip archive) would inflate to, from its directory, before any reader inflates it.
import { unzipSync } from 'fflate';

/** The sum of the uncompressed sizes the archive declares for its entries; nothing is inflated. */
export function declaredInflatedBytes(bytes: Uint8Array): number {
  let total = 0;
  // The filter sees each entry's declared size and, by answering false, skips its decompression.
  unzipSync(bytes, {
    filter: (entry) => {
      total += entry.originalSize;
      return false;
    },
  });
  return total;
}
