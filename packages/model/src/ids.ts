// Deterministic ids: the same names and numbers always give the same ids, so re-ingest is idempotent.

/** 64-bit FNV-1a over UTF-16 code units, as 13 base-36 characters; stable across platforms. */
export function stableHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(36).padStart(13, '0');
}

export const ids = {
  document: (jurisdiction: string, title: string): string => `doc_${stableHash(`${jurisdiction}|${title}`)}`,
  section: (documentId: string, path: readonly number[]): string => `${documentId}.s${path.join('-')}`,
  task: (documentId: string, key: string): string => `${documentId}.t${key}`,
  project: (documentId: string, key: string): string => `${documentId}.p${key}`,
  unit: (jurisdiction: string, name: string): string => `unit_${stableHash(`${jurisdiction}|${name}`)}`,
  enterprise: (name: string): string => `ent_${stableHash(name)}`,
  place: (jurisdiction: string, name: string): string => `place_${stableHash(`${jurisdiction}|${name}`)}`,
} as const;
