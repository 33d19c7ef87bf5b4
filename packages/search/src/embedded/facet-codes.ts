// Facet values as small integers, kept per document number in two flat arrays (offsets and codes), so
// counting the facets of a hundred thousand hits is a loop of array increments, not map lookups.
import { LIMITS } from '@dutymap/model';
import type { SearchFacets } from '@dutymap/model';
import type { UnlabelledFacet } from '../search-index.js';

export type FacetName = keyof SearchFacets;
const NAMES: readonly FacetName[] = ['type', 'chapter', 'unit', 'year'];

/** Facet codes as flat arrays, for a checkpoint on disk. */
export interface FacetState {
  values: string[];
  facets: number[];
  start: Int32Array;
  data: Int32Array;
}

export class FacetCodes {
  private readonly codes = new Map<string, number>();
  private readonly facet: number[] = [];
  private readonly value: string[] = [];
  /** Codes of document d: data[start[d] .. start[d + 1]). Documents are added in number order. */
  private start = new Int32Array(1024);
  private data = new Int32Array(4096);
  private used = 0;
  private counts = new Int32Array(1024);

  export(documents: number): FacetState {
    return { values: [...this.value], facets: [...this.facet], start: this.start.slice(0, documents + 1), data: this.data.slice(0, this.used) };
  }

  static from(state: FacetState): FacetCodes {
    const codes = new FacetCodes();
    state.values.forEach((value, code) => {
      codes.codes.set(`${state.facets[code] as number}\u0000${value}`, code);
      codes.value.push(value);
      codes.facet.push(state.facets[code] as number);
    });
    codes.start = new Int32Array(Math.max(1024, state.start.length * 2));
    codes.start.set(state.start);
    codes.data = new Int32Array(Math.max(4096, state.data.length * 2));
    codes.data.set(state.data);
    codes.used = state.data.length;
    return codes;
  }

  /** Records the facet values of document `doc` (numbers come in increasing order). */
  add(doc: number, values: Record<FacetName, readonly string[]>): void {
    if (doc + 2 > this.start.length) {
      const next = new Int32Array(Math.max(doc + 2, this.start.length * 2));
      next.set(this.start);
      this.start = next;
    }
    this.start[doc] = this.used;
    NAMES.forEach((name, f) => {
      for (const value of values[name]) {
        const key = `${f}\u0000${value}`;
        let code = this.codes.get(key);
        if (code === undefined) {
          code = this.value.length;
          this.codes.set(key, code);
          this.facet.push(f);
          this.value.push(value);
        }
        if (this.used === this.data.length) {
          const next = new Int32Array(this.data.length * 2);
          next.set(this.data);
          this.data = next;
        }
        this.data[this.used] = code;
        this.used += 1;
      }
    });
    this.start[doc + 1] = this.used;
  }

  /** The LIMITS.facetValues most frequent values of each facet over the first `n` documents of `docs`, by count then value. */
  count(docs: Int32Array, n: number): Record<FacetName, UnlabelledFacet[]> {
    if (this.counts.length < this.value.length) this.counts = new Int32Array(this.value.length * 2);
    const counts = this.counts;
    const { start, data } = this;
    const touched: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const doc = docs[i] as number;
      const end = start[doc + 1] as number;
      for (let k = start[doc] as number; k < end; k += 1) {
        const code = data[k] as number;
        if (counts[code] === 0) touched.push(code);
        counts[code] = (counts[code] as number) + 1;
      }
    }
    const byFacet: number[][] = NAMES.map(() => []);
    for (const code of touched) (byFacet[this.facet[code] as number] as number[]).push(code);
    const out = {} as Record<FacetName, UnlabelledFacet[]>;
    NAMES.forEach((name, f) => {
      const codes = byFacet[f] as number[];
      // Only the few most frequent are sorted: the rest are cut by the count of the last one kept.
      let floor = 0;
      if (codes.length > LIMITS.facetValues) floor = (Int32Array.from(codes, (c) => counts[c] as number).sort().reverse()[LIMITS.facetValues - 1] as number);
      out[name] = codes
        .filter((c) => (counts[c] as number) >= floor)
        .map((c) => ({ value: this.value[c] as string, count: counts[c] as number }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
        .slice(0, LIMITS.facetValues);
    });
    for (const code of touched) counts[code] = 0;
    return out;
  }
}
