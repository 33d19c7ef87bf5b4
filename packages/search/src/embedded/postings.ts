// A compact inverted index for the embedded engine's Han fields: per field and term one Int32Array of
// (document number << 8 | term frequency), appended in document order. About 5 bytes a posting where
// MiniSearch's maps of maps take 30–60, and scored in typed arrays instead of one object per hit.
// Scoring is MiniSearch's (BM25+ with k 1.2, b 0.7, d 0.5; prefix matches weighted 0.375 ·
// len / (len + 0.3 · extra); score × number of query terms matched), so results match the engine it
// replaces. Removed documents are skipped until a vacuum drops them.
import SearchableMap from 'minisearch/SearchableMap';

export const FIELDS = ['name', 'aliases', 'text', 'units', 'sections', 'grams'] as const;
export type Field = (typeof FIELDS)[number];
const FIELD_COUNT = FIELDS.length;

/** A document as the index takes it: unique tokens per field (its length) and each term's frequency per field. */
export interface Analysis {
  lengths: number[];
  /** [field index, term, frequency] */
  terms: Array<[number, string, number]>;
}

/** One term of a query part, as MiniSearch expands it: exact, and with every longer term it begins when `prefix`. */
export interface QueryTerm {
  term: string;
  prefix: boolean;
}

/** A part of a query: its terms, searched in these fields with these boosts. */
export interface QueryPart {
  terms: QueryTerm[];
  boosts: Partial<Record<Field, number>>;
}

/** The documents a query found, as parallel arrays: document number, score. */
export interface Matches {
  docs: Int32Array;
  scores: Float64Array;
  length: number;
}

/** Document numbers fit in the 23 bits left beside the frequency: well past a province's plans (≈0.3M documents for 1,000 plans). */
export const MAX_DOCUMENTS = 1 << (31 - 8);

const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const TF_BITS = 8;
const TF_MAX = (1 << TF_BITS) - 1;

function grow<T extends Int32Array | Uint16Array | Uint8Array | Float64Array>(array: T, size: number, make: (n: number) => T): T {
  if (size <= array.length) return array;
  const next = make(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/** A posting index as flat arrays, for a checkpoint on disk. */
export interface PostingState {
  terms: string[];
  /**
   * Slot s (termId * fields + field) is data[offsets[s] .. offsets[s + 1]): its count, then its entries,
   * the layout of a list in memory, so a restored index uses views of the array, copying nothing.
   */
  offsets: Int32Array;
  data: Int32Array;
  lengths: Uint16Array[];
  live: Uint8Array;
  totalLength: number[];
  next: number;
  liveCount: number;
}

export class PostingIndex {
  /** term → id; the radix tree below answers prefix queries. */
  private readonly ids = new Map<string, number>();
  private readonly vocabulary = new SearchableMap<number>();
  /** postings[termId * FIELD_COUNT + field]: element 0 is the count used, then the packed entries. Dense, so the array stays fast. */
  private readonly postings: Array<Int32Array | null> = [];
  private readonly lengths: Uint16Array[] = FIELDS.map(() => new Uint16Array(1024));
  private readonly totalLength = new Float64Array(FIELD_COUNT);
  private live = new Uint8Array(1024);
  private next = 0;
  private liveCount = 0;
  // Per-search scratch, reused: scores, matched-term counts and the last term that touched each document.
  private score = new Float64Array(1024);
  private matched = new Uint16Array(1024);
  private stamp = new Int32Array(1024);
  private stampNow = 0;

  /** Document numbers used so far, removed ones included (until a vacuum they keep their number). */
  get used(): number {
    return this.next;
  }

  /** The whole index as flat arrays (removed documents' entries dropped first). */
  export(): PostingState {
    this.vacuum();
    const slots = this.postings.length;
    const offsets = new Int32Array(slots + 1);
    let size = 0;
    for (let slot = 0; slot < slots; slot += 1) {
      offsets[slot] = size;
      const list = this.postings[slot];
      if (list) size += (list[0] as number) + 1;
    }
    offsets[slots] = size;
    const data = new Int32Array(size);
    this.postings.forEach((list, slot) => {
      if (list) data.set(list.subarray(0, (list[0] as number) + 1), offsets[slot] as number);
    });
    const terms = new Array<string>(this.ids.size);
    for (const [term, id] of this.ids) terms[id] = term;
    return {
      terms,
      offsets,
      data,
      lengths: this.lengths.map((column) => column.slice(0, this.next)),
      live: this.live.slice(0, this.next),
      totalLength: [...this.totalLength],
      next: this.next,
      liveCount: this.liveCount,
    };
  }

  /** An index from `export()`'s arrays. */
  static from(state: PostingState): PostingIndex {
    const index = new PostingIndex();
    state.terms.forEach((term, id) => {
      index.ids.set(term, id);
      index.vocabulary.set(term, id);
    });
    // Views: a list full to its length grows into an array of its own at its next entry (see add).
    for (let slot = 0; slot + 1 < state.offsets.length; slot += 1) {
      const start = state.offsets[slot] as number;
      const end = state.offsets[slot + 1] as number;
      index.postings.push(end === start ? null : state.data.subarray(start, end));
    }
    index.lengths.splice(0, FIELD_COUNT, ...state.lengths.map((column) => grow(column.slice(), column.length + 1, (n) => new Uint16Array(n))));
    index.live = grow(state.live.slice(), state.live.length + 1, (n) => new Uint8Array(n));
    state.totalLength.forEach((total, f) => ((index.totalLength as Float64Array)[f] = total));
    index.next = state.next;
    index.liveCount = state.liveCount;
    return index;
  }

  /** Adds a document; returns its number. */
  add(analysis: Analysis): number {
    const doc = this.next;
    this.next += 1;
    this.live = grow(this.live, doc + 1, (n) => new Uint8Array(n));
    this.live[doc] = 1;
    this.liveCount += 1;
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      const column = grow(this.lengths[f] as Uint16Array, doc + 1, (n) => new Uint16Array(n));
      this.lengths[f] = column;
      const length = Math.min(analysis.lengths[f] ?? 0, 0xffff);
      column[doc] = length;
      (this.totalLength as Float64Array)[f] = (this.totalLength[f] ?? 0) + length;
    }
    for (const [f, term, tf] of analysis.terms) {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(term, id);
        this.vocabulary.set(term, id);
        for (let k = 0; k < FIELD_COUNT; k += 1) this.postings.push(null);
      }
      const slot = id * FIELD_COUNT + f;
      let list = this.postings[slot] ?? null;
      if (list === null) {
        list = new Int32Array(4);
        this.postings[slot] = list;
      }
      const used = list[0] as number;
      if (used + 2 > list.length) {
        const next = new Int32Array(list.length * 2);
        next.set(list);
        list = next;
        this.postings[slot] = list;
      }
      list[used + 1] = (doc << TF_BITS) | Math.min(tf, TF_MAX);
      list[0] = used + 1;
    }
    return doc;
  }

  remove(doc: number): void {
    if (this.live[doc] !== 1) return;
    this.live[doc] = 0;
    this.liveCount -= 1;
    for (let f = 0; f < FIELD_COUNT; f += 1) (this.totalLength as Float64Array)[f] = (this.totalLength[f] ?? 0) - ((this.lengths[f] as Uint16Array)[doc] ?? 0);
    // Removed entries cost memory and time until dropped: vacuum once they are a quarter of all.
    const dead = this.next - this.liveCount;
    if (dead > 4096 && dead * 4 > this.next) this.vacuum();
  }

  /** Drops the postings of removed documents (numbers stay as they are). */
  vacuum(): void {
    this.postings.forEach((list, slot) => {
      if (!list) return;
      const used = list[0] as number;
      let kept = 0;
      for (let i = 1; i <= used; i += 1) {
        const entry = list[i] as number;
        if (this.live[entry >>> TF_BITS] === 1) list[++kept] = entry;
      }
      list[0] = kept;
      this.postings[slot] = kept === 0 ? null : list.slice(0, Math.max(4, kept + 1));
    });
  }

  /** Whether a live document holds a term in any of the fields (binary search: entries are in document order). */
  has(doc: number, term: string, fields: readonly Field[]): boolean {
    const id = this.ids.get(term);
    if (id === undefined) return false;
    for (const field of fields) {
      const list = this.postings[id * FIELD_COUNT + FIELDS.indexOf(field)];
      if (!list) continue;
      let lo = 1;
      let hi = list[0] as number;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = (list[mid] as number) >>> TF_BITS;
        if (at === doc) return true;
        if (at < doc) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    return false;
  }

  /** The terms a prefix query term reaches (itself first when present). */
  expand(term: QueryTerm): Array<{ term: string; id: number; weight: number }> {
    const out: Array<{ term: string; id: number; weight: number }> = [];
    const exact = this.ids.get(term.term);
    if (exact !== undefined) out.push({ term: term.term, id: exact, weight: 1 });
    if (term.prefix) {
      for (const [derived, id] of this.vocabulary.atPrefix(term.term)) {
        const distance = derived.length - term.term.length;
        if (distance > 0) out.push({ term: derived, id, weight: (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance) });
      }
    }
    return out;
  }

  /**
   * Scores every live document matching any part (OR), MiniSearch's way. A term shared by two parts
   * counts once toward the number of terms matched.
   */
  search(parts: readonly QueryPart[]): Matches {
    const size = this.next;
    this.score = grow(this.score, size, (n) => new Float64Array(n));
    this.matched = grow(this.matched, size, (n) => new Uint16Array(n));
    this.stamp = grow(this.stamp, size, (n) => new Int32Array(n));
    const touched: number[] = [];
    const N = this.liveCount;
    const sources = [...new Set(parts.flatMap((p) => p.terms.map((t) => t.term)))];
    for (const source of sources) {
      this.stampNow += 1;
      const stampNow = this.stampNow;
      for (const part of parts) {
        for (const term of part.terms) {
          if (term.term !== source) continue;
          for (const derived of this.expand(term)) {
            for (const [field, boost] of Object.entries(part.boosts) as Array<[Field, number]>) {
              const f = FIELDS.indexOf(field);
              const list = this.postings[derived.id * FIELD_COUNT + f];
              if (!list) continue;
              const used = list[0] as number;
              let n = 0;
              for (let i = 1; i <= used; i += 1) if (this.live[(list[i] as number) >>> TF_BITS] === 1) n += 1;
              if (n === 0) continue;
              const idf = Math.log(1 + (N - n + 0.5) / (n + 0.5));
              const avg = (this.totalLength[f] as number) / N;
              const lengths = this.lengths[f] as Uint16Array;
              const weight = derived.weight * boost;
              for (let i = 1; i <= used; i += 1) {
                const entry = list[i] as number;
                const doc = entry >>> TF_BITS;
                if (this.live[doc] !== 1) continue;
                const tf = entry & TF_MAX;
                const raw = idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * (lengths[doc] as number)) / avg)));
                if (this.matched[doc] === 0) {
                  touched.push(doc);
                  this.score[doc] = 0;
                }
                this.score[doc] = (this.score[doc] as number) + weight * raw;
                if (this.stamp[doc] !== stampNow) {
                  this.stamp[doc] = stampNow;
                  this.matched[doc] = (this.matched[doc] as number) + 1;
                }
              }
            }
          }
        }
      }
    }
    const docs = new Int32Array(touched.length);
    const scores = new Float64Array(touched.length);
    touched.forEach((doc, i) => {
      docs[i] = doc;
      scores[i] = (this.score[doc] as number) * (this.matched[doc] as number);
      this.matched[doc] = 0;
    });
    return { docs, scores, length: touched.length };
  }
}
