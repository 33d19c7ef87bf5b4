// The embedded SearchIndex: jieba words + character bigrams in a compact posting index (postings.ts), Latin
// names and pinyin in a small MiniSearch, re-ranked for Chinese phrases. Indexing a document touches only
// that document's entries; with `dataDir` each document's analysed form is kept on disk, so a restart
// skips segmentation (the costly part).
import MiniSearch from 'minisearch';
import type { DocumentHash, DutyGraph } from '@dutymap/model';
import { OWNED_TYPES, detachDocument, facetValues, mergeShared, toSearchDocuments, type SearchDocument } from '../documents.js';
import { FacetCodes, type FacetState } from './facet-codes.js';
import { readCheckpoint, writeCheckpoint } from './checkpoint.js';
import { SearchCapacityError, SearchIndexClosedError } from '../errors.js';
import {
  checkDocumentId,
  checkOptions,
  checkQuery,
  emptyFacets,
  labelFacets,
  type CheckedOptions,
  type SearchHit,
  type SearchIndex,
  type SearchOptions,
  type SearchResult,
} from '../search-index.js';
import { highlight, plainSnippet } from './highlight.js';
import { FIELDS, MAX_DOCUMENTS, PostingIndex, type Analysis, type Field, type QueryPart } from './postings.js';
import { SegmentFiles, type Segment, type SegmentVersion } from './segment-files.js';
import { addWords, addedWords, bigrams, indexWords, latinWords, normalize, queryWords } from './segmenter.js';

export interface EmbeddedSearchIndexOptions {
  /**
   * Field weights. Names weigh most so that typing a body's name finds the body before the rows that
   * list it; bigrams weigh least because they match loosely by design.
   */
  boost?: Partial<Record<IndexedField, number>>;
  /**
   * A folder to keep each indexed document's analysed form in (one file per document, written
   * atomically), and a checkpoint of the whole index written a few seconds after the last change and
   * at close; an index created on the folder starts from the checkpoint and the files changed since.
   */
  dataDir?: string;
}

/** Seconds of quiet after a change before the checkpoint is written. */
const CHECKPOINT_DELAY_MS = 3000;

/** What a checkpoint holds beside its arrays. */
interface CheckpointHeader {
  version: 3;
  segments: SegmentVersion[];
  documents: Array<[id: string, sha256: string, ids: string[]]>;
  entries: Entry[];
  terms: string[];
  words: string[];
  latin: string;
  facets: Pick<FacetState, 'values' | 'facets'>;
  totalLength: number[];
  next: number;
  liveCount: number;
}

type IndexedField = Field | 'nameEn' | 'pinyin';
const WORD_FIELDS: Field[] = ['name', 'aliases', 'text', 'units', 'sections'];
const DEFAULT_BOOST: Record<IndexedField, number> = { name: 4, aliases: 3, text: 2, units: 1, sections: 0.5, nameEn: 3, pinyin: 2, grams: 0.5 };
/** Query terms are joined for the Latin MiniSearch and split back by its tokenizer. */
const SEP = '\u0001';
const splitTerms = (text: string) => text.split(SEP).filter((t) => t.length > 0);
const HAN = /\p{Script=Han}/u;
/** Score factor for documents with typeRank > 0 (section headings). */
const HEADING_WEIGHT = 0.5;
/**
 * Hits re-ranked by phrase and coverage, best BM25 first: all of them on a plan (the seed holds 261
 * search documents), the first this many on a province's corpus, where the rest follow in BM25 order.
 */
const RERANK_LIMIT = 500;

/** English function words: every English name has them, so they would match every unit. */
const STOP_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on']);

/** What the index keeps of a search document: what filters, facets, re-ranking and snippets read. */
type Entry = Pick<
  SearchDocument,
  'id' | 'type' | 'documentIds' | 'jurisdiction' | 'placeCodes' | 'title' | 'name' | 'aliases' | 'text' | 'units' | 'sections' | 'nameEn' | 'sectionIds' | 'chapterId' | 'unitIds' | 'leadUnitIds' | 'supportUnitIds' | 'responsibleUnitIds' | 'years' | 'typeRank'
> & { num: number; pinyin: string };

const hasLatin = (entry: { nameEn: string; pinyin: string }) => entry.nameEn !== '' || entry.pinyin !== '';

/** The unique tokens of each field, as the index and MiniSearch's field lengths count them. */
function analyse(doc: SearchDocument): Analysis {
  const lengths: number[] = [];
  const terms: Analysis['terms'] = [];
  FIELDS.forEach((field, f) => {
    const tokens = tokensOf(doc, field);
    const counts = new Map<string, number>();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    lengths.push(counts.size);
    for (const [term, tf] of counts) terms.push([f, term, tf]);
  });
  return { lengths, terms };
}

/**
 * Tokens of short strings every row repeats (unit names, section titles), segmented once: the names of a
 * plan's fifty units stand in each of its hundreds of rows. Cleared when full, so it cannot grow unbounded.
 */
const repeated = new Map<string, string[]>();
function cached(text: string, tokens: (text: string) => string[]): string[] {
  let found = repeated.get(text);
  if (!found) {
    if (repeated.size >= 100_000) repeated.clear();
    found = tokens(text);
    repeated.set(text, found);
  }
  return found;
}

/** A name's words and the whole name, so an exact name is one term. */
function nameTokens(name: string): string[] {
  const whole = normalize(name).replace(/\s+/g, '');
  return whole ? [...indexWords(name), whole] : [];
}

function tokensOf(doc: SearchDocument, field: Field): string[] {
  switch (field) {
    case 'grams':
      return bigrams([doc.name, ...doc.aliases, doc.text].join('\n'));
    case 'name':
      return nameTokens(doc.name);
    case 'aliases':
      return doc.aliases.flatMap((name) => cached(name, nameTokens));
    case 'units':
      return doc.units.flatMap((name) => cached(name, nameTokens));
    case 'sections':
      return cached(doc.sections.join('\n'), indexWords);
    default:
      return indexWords(doc.text);
  }
}

function entryOf(doc: SearchDocument, num: number): Entry {
  return {
    num,
    id: doc.id,
    type: doc.type,
    documentIds: doc.documentIds,
    jurisdiction: doc.jurisdiction,
    placeCodes: doc.placeCodes,
    title: doc.title,
    name: doc.name,
    aliases: doc.aliases,
    text: doc.text,
    units: doc.units,
    sections: doc.sections,
    nameEn: doc.nameEn,
    pinyin: doc.pinyin,
    sectionIds: doc.sectionIds,
    chapterId: doc.chapterId,
    unitIds: doc.unitIds,
    leadUnitIds: doc.leadUnitIds,
    supportUnitIds: doc.supportUnitIds,
    responsibleUnitIds: doc.responsibleUnitIds,
    years: doc.years,
    typeRank: doc.typeRank,
  };
}

/** The Latin-script engine (English names, pinyin): the same options when built and when read from a checkpoint. */
const LATIN_OPTIONS = {
  idField: 'id',
  fields: ['nameEn', 'pinyin'],
  tokenize: (text: string) => latinWords(text).filter((w) => !STOP_WORDS.has(w)),
  processTerm: (term: string) => term,
  searchOptions: { processTerm: (term: string) => term, tokenize: splitTerms },
};

/** Creates the in-process index (the default adapter); with `dataDir`, it starts with what was kept there. */
export async function createEmbeddedSearchIndex(options: EmbeddedSearchIndexOptions = {}): Promise<SearchIndex> {
  const index = new EmbeddedSearchIndex(options);
  if (options.dataDir !== undefined) await index.restore(options.dataDir);
  return index;
}

class EmbeddedSearchIndex implements SearchIndex {
  private readonly boost: Record<IndexedField, number>;
  private postings = new PostingIndex();
  private readonly entries = new Map<string, Entry>();
  private facetCodes = new FacetCodes();
  private byNum: Array<Entry | undefined> = [];
  /** Indexed documents: their sha256 and the search documents they own or share. */
  private readonly documents = new Map<string, { sha256: string; ids: Set<string> }>();
  // English names and pinyin (any Latin-script keys) live in an engine of their own: fuzzy matching walks
  // the whole term tree, and this one holds a few words per unit instead of every Han word and bigram.
  private latin = new MiniSearch<Pick<Entry, 'id' | 'nameEn' | 'pinyin'>>(LATIN_OPTIONS);
  private files: SegmentFiles | undefined;
  /** The version of each document's file on disk: what a checkpoint includes. */
  private readonly versions = new Map<string, SegmentVersion>();
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(options: EmbeddedSearchIndexOptions) {
    this.boost = { ...DEFAULT_BOOST, ...options.boost };
  }

  /** Starts from the checkpoint in `dir`, then applies the document files written or removed since. */
  async restore(dir: string): Promise<void> {
    this.files = new SegmentFiles(dir);
    const read = await readCheckpoint<CheckpointHeader>(dir);
    // A checkpoint of another layout is ignored: the document files rebuild the index.
    const checkpoint = read?.header.version === 3 ? read : null;
    if (checkpoint) this.load(checkpoint.header, checkpoint.arrays);
    const kept = new Map((checkpoint?.header.segments ?? []).map((v) => [v.documentId, v]));
    const onDisk = await this.files.list();
    for (const version of onDisk) {
      const known = kept.get(version.documentId);
      if (known && known.mtimeMs === version.mtimeMs && known.size === version.size) continue;
      const segment = await this.files.read(version.documentId);
      if (segment === undefined) continue;
      // Written before search documents knew their place (or its codes): left out, so start-up indexes the plan again.
      if (segment.docs.some(({ doc }) => doc.jurisdiction === undefined || doc.placeCodes === undefined)) continue;
      this.apply(segment);
      this.versions.set(version.documentId, version);
      this.changed();
    }
    const present = new Set(onDisk.map((v) => v.documentId));
    for (const documentId of kept.keys()) {
      if (present.has(documentId)) continue;
      this.detach(documentId);
      this.changed();
    }
  }

  async indexDocument(graph: DutyGraph): Promise<void> {
    this.assertOpen('indexDocument');
    // Everything that can fail runs before the first write: a bad graph leaves the index as it was.
    const incoming = toSearchDocuments(graph);
    if (this.postings.used + incoming.length > MAX_DOCUMENTS) {
      throw new SearchCapacityError(`indexDocument: the embedded index holds at most ${MAX_DOCUMENTS} search documents; use Meilisearch (MEILI_URL) for more`, {
        details: { documents: this.postings.used + incoming.length, max: MAX_DOCUMENTS },
      });
    }
    const words = dictionaryWords(graph);
    addWords(words);
    const segment: Segment = {
      documentId: graph.document.id,
      sha256: graph.document.sha256,
      words,
      docs: incoming.map((doc) => ({ doc, analysis: analyse(doc) })),
    };
    this.apply(segment);
    if (this.files) {
      this.versions.set(segment.documentId, await this.files.write(segment));
      this.changed();
    }
  }

  async removeDocument(documentId: string): Promise<void> {
    this.assertOpen('removeDocument');
    checkDocumentId('removeDocument', documentId);
    if (!this.documents.has(documentId)) return;
    this.detach(documentId);
    if (this.files) {
      await this.files.remove(documentId);
      this.changed();
    }
  }

  async documentHashes(): Promise<DocumentHash[]> {
    this.assertOpen('documentHashes');
    return [...this.documents].map(([id, d]) => ({ id, sha256: d.sha256 })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async search(query: string, searchOptions?: SearchOptions): Promise<SearchResult> {
    const started = performance.now();
    this.assertOpen('search');
    const checked = checkQuery(query);
    const opts = checkOptions(searchOptions);
    if (!checked.searchable) return { query: checked.text, hits: [], facets: emptyFacets(), total: 0, tookMs: performance.now() - started };
    const { hits: found, total, page, marks } = this.rank(checked.text, opts);
    const top = page.top;
    const hits: SearchHit[] = page.items.map(({ entry, score, latinTerms }) => ({
      type: entry.type,
      id: entry.id,
      title: entry.title,
      jurisdiction: entry.jurisdiction,
      snippet: snippet(entry, marks(entry, latinTerms)),
      score: Math.round((score / top) * 1e4) / 1e4,
    }));
    return {
      query: checked.text,
      hits,
      facets: labelFacets(this.facetCodes.count(found.docs, found.length), (id) => this.entries.get(id)),
      total,
      tookMs: performance.now() - started,
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    clearTimeout(this.timer);
    if (this.dirty) this.checkpoint();
    await this.writing;
    this.closed = true;
    this.postings = new PostingIndex();
    this.entries.clear();
    this.byNum = [];
    this.documents.clear();
    this.latin.removeAll();
  }

  /** Marks the index changed and writes the checkpoint once changes pause (never during a burst of loads). */
  private changed(): void {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.checkpoint(), CHECKPOINT_DELAY_MS);
    this.timer.unref();
  }

  /** Writes the whole index as it is now (the arrays are copied at once; the file is written after). */
  private checkpoint(): void {
    if (!this.files || !this.dirty || this.closed) return;
    this.dirty = false;
    const dir = this.files.dir;
    const postings = this.postings.export();
    const facets = this.facetCodes.export(postings.next);
    const header: CheckpointHeader = {
      version: 3,
      segments: [...this.versions.values()],
      documents: [...this.documents].map(([id, d]) => [id, d.sha256, [...d.ids]]),
      entries: [...this.entries.values()],
      terms: postings.terms,
      words: addedWords(),
      latin: JSON.stringify(this.latin),
      facets: { values: facets.values, facets: facets.facets },
      totalLength: postings.totalLength,
      next: postings.next,
      liveCount: postings.liveCount,
    };
    const arrays = { offsets: postings.offsets, data: postings.data, live: postings.live, ...Object.fromEntries(postings.lengths.map((l, f) => [`lengths${f}`, l])), facetStart: facets.start, facetData: facets.data };
    // A checkpoint that fails to write costs only time at the next start: the document files are complete.
    this.writing = this.writing.then(() => writeCheckpoint(dir, header, arrays)).catch(() => undefined);
  }

  private load(header: CheckpointHeader, arrays: Record<string, Int32Array | Uint16Array | Uint8Array>): void {
    addWords(header.words);
    this.postings = PostingIndex.from({
      terms: header.terms,
      offsets: arrays['offsets'] as Int32Array,
      data: arrays['data'] as Int32Array,
      lengths: FIELDS.map((_, f) => arrays[`lengths${f}`] as Uint16Array),
      live: arrays['live'] as Uint8Array,
      totalLength: header.totalLength,
      next: header.next,
      liveCount: header.liveCount,
    });
    this.facetCodes = FacetCodes.from({ ...header.facets, start: arrays['facetStart'] as Int32Array, data: arrays['facetData'] as Int32Array });
    for (const entry of header.entries) {
      this.entries.set(entry.id, entry);
      this.byNum[entry.num] = entry;
    }
    for (const [id, sha256, ids] of header.documents) this.documents.set(id, { sha256, ids: new Set(ids) });
    this.latin = MiniSearch.loadJSON(header.latin, LATIN_OPTIONS);
    for (const version of header.segments) this.versions.set(version.documentId, version);
  }

  /** Takes a document out: its own search documents go, shared ones lose it (and go when no one holds them). */
  private detach(documentId: string): void {
    for (const id of this.documents.get(documentId)?.ids ?? []) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      const rest = detachDocument(entry, documentId);
      if (rest) entry.documentIds = rest.documentIds;
      else this.drop(entry);
    }
    this.documents.delete(documentId);
    this.versions.delete(documentId);
  }

  private assertOpen(fn: string): void {
    if (this.closed) throw new SearchIndexClosedError(fn);
  }

  /** Indexes one document's analysed search documents: what it no longer holds goes, shared nodes keep every holder. */
  private apply(segment: Segment): void {
    const documentId = segment.documentId;
    if (segment.words.length > 0) addWords(segment.words);
    const fresh = new Set(segment.docs.map((d) => d.doc.id));
    const previous = this.documents.get(documentId);
    for (const id of previous?.ids ?? []) {
      if (fresh.has(id)) continue;
      const entry = this.entries.get(id);
      if (!entry) continue;
      const rest = OWNED_TYPES.includes(entry.type) ? null : detachDocument(entry, documentId);
      if (rest) entry.documentIds = rest.documentIds;
      else this.drop(entry);
    }
    for (const { doc, analysis } of segment.docs) {
      const existing = this.entries.get(doc.id);
      const merged = OWNED_TYPES.includes(doc.type) ? doc : mergeShared(existing, doc);
      if (existing) this.drop(existing);
      const entry = entryOf(merged, this.postings.add(analysis));
      this.facetCodes.add(entry.num, facetValues(merged));
      this.entries.set(entry.id, entry);
      this.byNum[entry.num] = entry;
      if (hasLatin(entry)) this.latin.add(entry);
    }
    this.documents.set(documentId, { sha256: segment.sha256, ids: fresh });
  }

  private drop(entry: Entry): void {
    this.postings.remove(entry.num);
    this.byNum[entry.num] = undefined;
    if (hasLatin(entry)) this.latin.remove(entry);
    this.entries.delete(entry.id);
  }

  private rank(text: string, opts: CheckedOptions) {
    const words = [...new Set(queryWords(text))];
    const latinQuery = [...new Set(latinWords(text))].filter((w) => !STOP_WORDS.has(w));
    const grams = [...new Set(bigrams(text))];
    const compact = normalize(text).replace(/[^\p{L}\p{N}]/gu, '');
    const single = grams.length === 1 && [...compact].length === 1;
    const wordBoosts = Object.fromEntries(WORD_FIELDS.map((f) => [f, this.boost[f]]));

    const parts: QueryPart[] = [];
    if (words.length > 0) {
      // Only the last word is still being typed (as in Meilisearch), and a Han word needs two characters
      // to begin a longer word usefully (巨化 → 巨化集团有限公司); one character would begin hundreds.
      parts.push({ terms: words.map((term, i) => ({ term, prefix: i === words.length - 1 && (!HAN.test(term) || term.length >= 2) })), boosts: wordBoosts });
    }
    if (grams.length > 0) parts.push({ terms: grams.map((term) => ({ term, prefix: single })), boosts: { grams: this.boost.grams } });
    const found = this.postings.search(parts);
    const { docs, scores } = found;
    let n = found.length;
    const latinTerms = new Map<number, string[]>();
    if (latinQuery.length > 0) {
      // Scores of both engines are BM25 sums, so adding them is consistent; a doc found by both gains.
      const english = this.latin.search(latinQuery.join(SEP), { prefix: true, fuzzy: (term) => fuzziness(term), boost: { nameEn: this.boost.nameEn, pinyin: this.boost.pinyin } });
      if (english.length > 0) {
        const at = new Map<number, number>();
        for (let i = 0; i < n; i += 1) at.set(docs[i] as number, i);
        const extra = english.filter((hit) => this.entries.has(String(hit.id)));
        const grownDocs = new Int32Array(n + extra.length);
        const grownScores = new Float64Array(n + extra.length);
        grownDocs.set(docs.subarray(0, n));
        grownScores.set(scores.subarray(0, n));
        for (const hit of extra) {
          const num = (this.entries.get(String(hit.id)) as Entry).num;
          const i = at.get(num);
          if (i === undefined) {
            grownDocs[n] = num;
            grownScores[n] = hit.score;
            n += 1;
          } else {
            grownScores[i] = (grownScores[i] as number) + hit.score;
          }
          latinTerms.set(num, [...(latinTerms.get(num) ?? []), ...hit.terms]);
        }
        return this.order(opts, { docs: grownDocs, scores: grownScores, length: n }, latinTerms, { words, latinQuery, grams, compact, single, parts });
      }
    }
    return this.order(opts, { docs, scores, length: n }, latinTerms, { words, latinQuery, grams, compact, single, parts });
  }

  /** Filters, counts and orders the hits; re-ranks the best by phrase and coverage; shapes the page. */
  private order(
    opts: CheckedOptions,
    found: { docs: Int32Array; scores: Float64Array; length: number },
    latinTerms: ReadonlyMap<number, string[]>,
    query: { words: string[]; latinQuery: string[]; grams: string[]; compact: string; single: boolean; parts: QueryPart[] },
  ) {
    const { words, latinQuery, grams, compact, single, parts } = query;
    const filtered =
      opts.types.length > 0 || opts.sectionId !== undefined || opts.year !== undefined || opts.unitId !== undefined || opts.jurisdictions !== undefined || opts.jurisdictionCodes !== undefined || opts.documentIds !== undefined;
    // The hits that pass the filters, as parallel arrays of document numbers and scores.
    let docs = found.docs;
    let scores = found.scores;
    let n = found.length;
    if (filtered) {
      docs = new Int32Array(n);
      scores = new Float64Array(n);
      let kept = 0;
      for (let i = 0; i < found.length; i += 1) {
        const entry = this.byNum[found.docs[i] as number];
        if (!entry || !passes(entry, opts)) continue;
        docs[kept] = found.docs[i] as number;
        scores[kept] = found.scores[i] as number;
        kept += 1;
      }
      n = kept;
    }
    const hit = (i: number) => ({ entry: this.byNum[docs[i] as number] as Entry, score: scores[i] as number, latinTerms: latinTerms.get(docs[i] as number) ?? [] });
    // The best by BM25 (all of them on a small corpus) are re-ranked; the rest follow, in BM25 order, only if a page reaches them.
    const best = topIndexes(scores, n, RERANK_LIMIT);
    const candidates = best.map(hit);
    for (const candidate of candidates) {
      const entry = candidate.entry;
      let score = candidate.score;
      const hay = haystack(entry);
      // Chinese has no spaces: the query as one contiguous string is the strongest signal there is.
      if (compact.length > 0) {
        // A name that contains the query scores by how much of the name the query covers: 生态环境局 is
        // most of 市生态环境局, while 生态环境 is a small part of 生态环境整治修复项目.
        const nameFit = Math.max(0, ...hay.names.filter((n) => n.includes(compact)).map((n) => compact.length / n.length));
        if (nameFit === 1) score *= 8;
        else if (nameFit > 0) score *= 2 + 4 * nameFit;
        else if (hay.text.includes(compact)) score *= 2.5;
        else if (hay.context.includes(compact)) score *= 1.5;
      }
      // A heading is a way in, not a duty: the rows under it should outrank it (see SearchDocument.typeRank).
      if (entry.typeRank > 0) score *= HEADING_WEIGHT;
      if (grams.length > 1) {
        const all = `${hay.names.join('\n')}\n${hay.text}\n${hay.context}`;
        const covered = grams.filter((g) => all.includes(g)).length / grams.length;
        score *= 0.25 + 0.75 * covered * covered;
      }
      candidate.score = score;
    }
    candidates.sort((a, b) => b.score - a.score || (a.entry.id < b.entry.id ? -1 : 1));
    const end = opts.offset + opts.limit;
    let items = candidates.slice(opts.offset, end);
    if (end > candidates.length && n > candidates.length) {
      const chosen = new Set(best);
      const rest = [...Array(n).keys()].filter((i) => !chosen.has(i)).map(hit);
      rest.sort((a, b) => b.score - a.score || (a.entry.id < b.entry.id ? -1 : 1));
      items = [...items, ...rest.slice(Math.max(0, opts.offset - candidates.length), end - candidates.length)];
    }
    // Mark what the user typed, not the longer words a prefix reached (垃圾 in 垃圾焚烧); Latin terms found by
    // typo tolerance are marked as the document writes them. Bigrams only when nothing else shows.
    const typed = [compact, ...words, ...latinQuery].filter((t) => (t.length >= 2 || single || !HAN.test(t)) && !STOP_WORDS.has(t));
    const derived = parts[0] ? parts[0].terms.flatMap((t) => this.postings.expand(t).map((d) => d.term)).filter((t) => !HAN.test(t) && !STOP_WORDS.has(t)) : [];
    const marks = (entry: Entry, latinTerms: readonly string[]) => ({
      terms: [
        ...new Set([
          ...typed,
          ...derived.filter((t) => this.postings.has(entry.num, t, WORD_FIELDS)),
          ...latinTerms.filter((t) => !HAN.test(t) && !STOP_WORDS.has(t)),
        ]),
      ],
      weak: grams.filter((g) => this.postings.has(entry.num, g, words.includes(g) ? [...WORD_FIELDS, 'grams'] : ['grams'])),
    });
    return {
      hits: { docs, length: n },
      total: n,
      page: { items, top: candidates[0]?.score ?? 1 },
      marks,
    };
  }
}

/** The indexes of the `k` highest of the first `n` scores (all of them when there are no more), without sorting them all. */
function topIndexes(scores: Float64Array, n: number, k: number): number[] {
  if (n <= k) return [...Array(n).keys()];
  // The k-th highest score, by quickselect on a copy.
  const work = scores.slice(0, n);
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = work[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((work[i] as number) > pivot) i += 1;
      while ((work[j] as number) < pivot) j -= 1;
      if (i <= j) {
        const t = work[i] as number;
        work[i] = work[j] as number;
        work[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  const threshold = work[target] as number;
  const above: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const score = scores[i] as number;
    if (score > threshold) above.push(i);
    else if (score === threshold) at.push(i);
  }
  return [...above, ...at.slice(0, k - above.length)];
}

/** Whether the entry belongs to a place in scope: one named, or one under a code in scope. */
function inPlace(entry: Entry, opts: CheckedOptions): boolean {
  return (opts.jurisdictions?.includes(entry.jurisdiction) ?? false) || entry.placeCodes.some((code) => opts.jurisdictionCodes?.includes(code) ?? false);
}

function passes(entry: Entry, opts: CheckedOptions): boolean {
  if (opts.types.length > 0 && !opts.types.includes(entry.type)) return false;
  if (opts.sectionId !== undefined && !entry.sectionIds.includes(opts.sectionId)) return false;
  if (opts.year !== undefined && !entry.years.includes(opts.year)) return false;
  if ((opts.jurisdictions !== undefined || opts.jurisdictionCodes !== undefined) && !inPlace(entry, opts)) return false;
  if (opts.documentIds !== undefined && !entry.documentIds.some((id) => opts.documentIds?.includes(id))) return false;
  if (opts.unitId !== undefined) {
    const ids =
      opts.role === 'lead' ? entry.leadUnitIds : opts.role === 'support' ? entry.supportUnitIds : opts.role === 'responsible' ? entry.responsibleUnitIds : entry.unitIds;
    if (!ids.includes(opts.unitId)) return false;
  }
  return true;
}

/**
 * Typos are tolerated only in longer Latin words (English names, pinyin): one edit from 5 letters, two from
 * 10. Never in Han words: one edit of a two-character word is a different word; bigrams cover Han typos.
 */
function fuzziness(term: string): number | false {
  if (HAN.test(term)) return false;
  if (term.length >= 10) return 2;
  if (term.length >= 5) return 1;
  return false;
}

/** Normalised texts of one entry, for phrase and coverage re-ranking: computed for candidates only, never kept. */
function haystack(entry: Entry): { names: string[]; text: string; context: string } {
  return {
    names: [entry.name, ...entry.aliases].filter((n) => n.length > 0).map((n) => normalize(n).replace(/\s+/g, '')),
    text: normalize(entry.text),
    context: normalize([...entry.units, ...entry.sections].join('\n')),
  };
}

/**
 * The first field (text, names, units, sections, English name) that shows a match of the query's words,
 * marked; failing that, the first that shows one of its bigrams (the fallback that found the hit).
 */
function snippet(entry: Entry, { terms, weak }: { terms: readonly string[]; weak: readonly string[] }): string {
  const names = [entry.name, ...entry.aliases].filter((n) => n.length > 0).join(' · ');
  const candidates = [entry.text, names, entry.units.join('、'), entry.sections.join(' › '), entry.nameEn].filter((c) => c.length > 0);
  for (const marks of [terms, weak]) {
    for (const candidate of candidates) {
      const marked = highlight(candidate, marks);
      if (marked !== null) return marked;
    }
  }
  return plainSnippet(entry.text || names || entry.nameEn);
}

/** Names worth keeping whole when segmenting: every body, enterprise and place the graph knows. */
function dictionaryWords(graph: DutyGraph): string[] {
  return [
    ...graph.units.flatMap((u) => [u.name, ...u.aliases, ...u.predecessors, ...(u.fullName ? [u.fullName] : [])]),
    ...graph.enterprises.flatMap((e) => [e.name, ...e.aliases]),
    ...graph.places.map((p) => p.name),
  ];
}
