// The embedded SearchIndex: MiniSearch in process, jieba words + character bigrams, re-ranked for Chinese phrases.
import MiniSearch from 'minisearch';
import type { DutyGraph } from '@dutymap/model';
import { OWNED_TYPES, detachDocument, facetValues, mergeShared, toSearchDocuments, type SearchDocument } from '../documents.js';
import { SearchIndexClosedError } from '../errors.js';
import {
  checkDocumentId,
  checkOptions,
  checkQuery,
  emptyFacets,
  toFacetCounts,
  type CheckedOptions,
  type SearchHit,
  type SearchIndex,
  type SearchOptions,
  type SearchResult,
} from '../search-index.js';
import { highlight, plainSnippet } from './highlight.js';
import { addWords, bigrams, indexWords, latinWords, normalize, queryWords } from './segmenter.js';

export interface EmbeddedSearchIndexOptions {
  /**
   * Field weights. Names weigh most so that typing a body's name finds the body before the rows that
   * list it; bigrams weigh least because they match loosely by design.
   */
  boost?: Partial<Record<IndexedField, number>>;
}

type IndexedField = 'name' | 'aliases' | 'text' | 'units' | 'sections' | 'nameEn' | 'pinyin' | 'grams';
const WORD_FIELDS: IndexedField[] = ['name', 'aliases', 'text', 'units', 'sections'];
const DEFAULT_BOOST: Record<IndexedField, number> = { name: 4, aliases: 3, text: 2, units: 1, sections: 0.5, nameEn: 3, pinyin: 2, grams: 0.5 };
/** Query terms are segmented before MiniSearch sees them; this joins and splits them back. */
const SEP = '\u0001';
const splitTerms = (text: string) => text.split(SEP).filter((t) => t.length > 0);
const HAN = /\p{Script=Han}/u;
/** Score factor for documents with typeRank > 0 (section headings). */
const HEADING_WEIGHT = 0.5;
const hasLatin = (doc: SearchDocument): boolean => doc.nameEn !== '' || doc.pinyin !== '';

/** English function words: every English name has them, so they would match every unit. */
const STOP_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on']);

/** Normalised texts of one document, for phrase and coverage re-ranking and for highlighting. */
interface Haystack {
  names: string[];
  text: string;
  context: string;
  grams: Set<string>;
}

/** Creates the in-process index (the default adapter: no server, no configuration). */
export function createEmbeddedSearchIndex(options: EmbeddedSearchIndexOptions = {}): SearchIndex {
  const boost = { ...DEFAULT_BOOST, ...options.boost };
  const docs = new Map<string, SearchDocument>();
  const haystacks = new Map<string, Haystack>();
  let closed = false;

  const engine = new MiniSearch<SearchDocument>({
    idField: 'id',
    fields: [...WORD_FIELDS, 'grams'],
    extractField: (doc, field) => {
      switch (field as IndexedField | 'id') {
        case 'grams':
          return [doc.name, ...doc.aliases, doc.text].join('\n');
        case 'aliases':
        case 'units':
        case 'sections':
          return (doc[field as 'aliases'] ?? []).join('\n');
        default:
          return (doc as unknown as Record<string, string>)[field] ?? '';
      }
    },
    tokenize: (text, field) => {
      if (field === 'grams') return bigrams(text);
      if (field === 'name' || field === 'aliases' || field === 'units') {
        // Each line is one name: index its words and the whole name, so an exact name is one term.
        return text.split('\n').flatMap((name) => {
          const whole = normalize(name).replace(/\s+/g, '');
          return whole ? [...indexWords(name), whole] : [];
        });
      }
      return indexWords(text);
    },
    processTerm: (term) => term,
    searchOptions: { processTerm: (term) => term, tokenize: splitTerms },
  });
  // English names and pinyin (any Latin-script keys) live in an engine of their own: fuzzy matching walks
  // the whole term tree, and this one holds a few hundred words instead of every Han word and bigram.
  const latinEngine = new MiniSearch<SearchDocument>({
    idField: 'id',
    fields: ['nameEn', 'pinyin'],
    tokenize: (text) => latinWords(text).filter((w) => !STOP_WORDS.has(w)),
    processTerm: (term) => term,
    searchOptions: { processTerm: (term) => term, tokenize: splitTerms },
  });

  const assertOpen = (fn: string) => {
    if (closed) throw new SearchIndexClosedError(fn);
  };

  const put = (doc: SearchDocument) => {
    const previous = docs.get(doc.id);
    if (previous) engine.remove(previous);
    if (previous && hasLatin(previous)) latinEngine.remove(previous);
    engine.add(doc);
    if (hasLatin(doc)) latinEngine.add(doc);
    docs.set(doc.id, doc);
    haystacks.set(doc.id, haystack(doc));
  };
  const drop = (doc: SearchDocument) => {
    engine.remove(doc);
    if (hasLatin(doc)) latinEngine.remove(doc);
    docs.delete(doc.id);
    haystacks.delete(doc.id);
  };

  return {
    async indexDocument(graph: DutyGraph) {
      assertOpen('indexDocument');
      // Everything that can fail runs before the first write: a bad graph leaves the index as it was.
      const incoming = toSearchDocuments(graph);
      const documentId = graph.document.id;
      addWords(dictionaryWords(graph));
      const fresh = new Set(incoming.map((d) => d.id));
      for (const doc of [...docs.values()]) {
        if (!doc.documentIds.includes(documentId) || fresh.has(doc.id)) continue;
        const rest = OWNED_TYPES.includes(doc.type) ? null : detachDocument(doc, documentId);
        if (rest) put(rest);
        else drop(doc);
      }
      for (const doc of incoming) put(OWNED_TYPES.includes(doc.type) ? doc : mergeShared(docs.get(doc.id), doc));
    },

    async removeDocument(documentId: string) {
      assertOpen('removeDocument');
      checkDocumentId('removeDocument', documentId);
      for (const doc of [...docs.values()]) {
        if (!doc.documentIds.includes(documentId)) continue;
        const rest = detachDocument(doc, documentId);
        if (rest) put(rest);
        else drop(doc);
      }
    },

    async search(query: string, searchOptions?: SearchOptions): Promise<SearchResult> {
      const started = performance.now();
      assertOpen('search');
      const checked = checkQuery(query);
      const opts = checkOptions(searchOptions);
      if (!checked.searchable) return { query: checked.text, hits: [], facets: emptyFacets(), total: 0, tookMs: performance.now() - started };
      const { ranked, marks } = rank(checked.text, opts);
      const facets = { type: new Map<string, number>(), chapter: new Map<string, number>(), unit: new Map<string, number>(), year: new Map<string, number>() };
      for (const { doc } of ranked) {
        const values = facetValues(doc);
        for (const facet of ['type', 'chapter', 'unit', 'year'] as const) {
          for (const value of values[facet]) facets[facet].set(value, (facets[facet].get(value) ?? 0) + 1);
        }
      }
      const top = ranked[0]?.score ?? 1;
      const hits: SearchHit[] = ranked.slice(opts.offset, opts.offset + opts.limit).map(({ doc, score, matched }) => ({
        type: doc.type,
        id: doc.id,
        title: doc.title,
        snippet: snippet(doc, marks(matched)),
        score: Math.round((score / top) * 1e4) / 1e4,
      }));
      return {
        query: checked.text,
        hits,
        facets: {
          type: toFacetCounts(facets.type),
          chapter: toFacetCounts(facets.chapter),
          unit: toFacetCounts(facets.unit),
          year: toFacetCounts(facets.year),
        },
        total: ranked.length,
        tookMs: performance.now() - started,
      };
    },

    async close() {
      closed = true;
      engine.removeAll();
      latinEngine.removeAll();
      docs.clear();
      haystacks.clear();
    },
  };

  function rank(text: string, opts: CheckedOptions) {
    const words = [...new Set(queryWords(text))];
    const latin = [...new Set(latinWords(text))].filter((w) => !STOP_WORDS.has(w));
    const grams = [...new Set(bigrams(text))];
    const compact = normalize(text).replace(/[^\p{L}\p{N}]/gu, '');
    const single = grams.length === 1 && [...compact].length === 1;

    const queries = [];
    if (words.length > 0) {
      queries.push({
        queries: [words.join(SEP)],
        fields: WORD_FIELDS,
        boost,
        // Only the last word is still being typed (as in Meilisearch), and a Han word needs two characters
        // to begin a longer word usefully (巨化 → 巨化集团有限公司); one character would begin hundreds.
        prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && (!HAN.test(term) || term.length >= 2),
      });
    }
    if (grams.length > 0) {
      queries.push({ queries: [grams.join(SEP)], fields: ['grams'], boost, prefix: single });
    }
    const results = queries.length > 0 ? engine.search({ combineWith: 'OR', queries }) : [];
    if (latin.length > 0) {
      // Scores of both engines are BM25 sums, so adding them is consistent; a doc found by both gains.
      const english = latinEngine.search(latin.join(SEP), { prefix: true, fuzzy: (term) => fuzziness(term), boost: { nameEn: boost.nameEn, pinyin: boost.pinyin } });
      const byId = new Map(results.map((r) => [r.id, r]));
      for (const hit of english) {
        const found = byId.get(hit.id);
        if (found) {
          found.score += hit.score;
          found.terms.push(...hit.terms);
        } else {
          results.push(hit);
          byId.set(hit.id, hit);
        }
      }
    }

    const out: { doc: SearchDocument; score: number; matched: string[] }[] = [];
    for (const result of results) {
      const doc = docs.get(String(result.id));
      const hay = haystacks.get(String(result.id));
      if (!doc || !hay || !passes(doc, opts)) continue;
      let score = result.score;
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
      if (doc.typeRank > 0) score *= HEADING_WEIGHT;
      if (grams.length > 1) {
        const covered = grams.filter((g) => hay.grams.has(g)).length / grams.length;
        score *= 0.25 + 0.75 * covered * covered;
      }
      out.push({ doc, score, matched: result.terms });
    }
    out.sort((a, b) => b.score - a.score || (a.doc.id < b.doc.id ? -1 : 1));
    // Mark what the user typed, not the longer words a prefix reached (垃圾 in 垃圾焚烧); Latin terms found by
    // typo tolerance are marked as the document writes them. Bigrams only when nothing else shows.
    const typed = [compact, ...words, ...latin].filter((t) => (t.length >= 2 || single || !HAN.test(t)) && !STOP_WORDS.has(t));
    const marks = (matched: readonly string[]) => ({
      terms: [...new Set([...typed, ...matched.filter((t) => !HAN.test(t) && !STOP_WORDS.has(t))])],
      weak: grams.filter((g) => matched.includes(g)),
    });
    return { ranked: out, marks };
  }

  function passes(doc: SearchDocument, opts: CheckedOptions): boolean {
    if (opts.types.length > 0 && !opts.types.includes(doc.type)) return false;
    if (opts.sectionId !== undefined && !doc.sectionIds.includes(opts.sectionId)) return false;
    if (opts.year !== undefined && !doc.years.includes(opts.year)) return false;
    if (opts.unitId !== undefined) {
      const ids =
        opts.role === 'lead' ? doc.leadUnitIds : opts.role === 'support' ? doc.supportUnitIds : opts.role === 'responsible' ? doc.responsibleUnitIds : doc.unitIds;
      if (!ids.includes(opts.unitId)) return false;
    }
    return true;
  }
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

function haystack(doc: SearchDocument): Haystack {
  const names = [doc.name, ...doc.aliases].filter((n) => n.length > 0).map((n) => normalize(n).replace(/\s+/g, ''));
  const text = normalize(doc.text);
  const context = normalize([...doc.units, ...doc.sections].join('\n'));
  return { names, text, context, grams: new Set(bigrams([...names, text, context].join('\n'))) };
}

/**
 * The first field (text, names, units, sections, English name) that shows a match of the query's words,
 * marked; failing that, the first that shows one of its bigrams (the fallback that found the hit).
 */
function snippet(doc: SearchDocument, { terms, weak }: { terms: readonly string[]; weak: readonly string[] }): string {
  const names = [doc.name, ...doc.aliases].filter((n) => n.length > 0).join(' · ');
  const candidates = [doc.text, names, doc.units.join('、'), doc.sections.join(' › '), doc.nameEn].filter((c) => c.length > 0);
  for (const marks of [terms, weak]) {
    for (const candidate of candidates) {
      const marked = highlight(candidate, marks);
      if (marked !== null) return marked;
    }
  }
  return plainSnippet(doc.text || names || doc.nameEn);
}

/** Names worth keeping whole when segmenting: every body, enterprise and place the graph knows. */
function dictionaryWords(graph: DutyGraph): string[] {
  return [
    ...graph.units.flatMap((u) => [u.name, ...u.aliases, ...u.predecessors, ...(u.fullName ? [u.fullName] : [])]),
    ...graph.enterprises.flatMap((e) => [e.name, ...e.aliases]),
    ...graph.places.map((p) => p.name),
  ];
}
