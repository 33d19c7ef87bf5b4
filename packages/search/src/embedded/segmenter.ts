// Chinese word segmentation for the embedded engine: jieba (the segmenter family Meilisearch uses for Chinese)
// with the graph's own names as a user dictionary, plus character bigrams as the fallback that always matches.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

const WORD = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
/** Frequency given to dictionary names: above any ordinary word, so 市农业农村局 stays one token. */
const NAME_FREQUENCY = 1_000_000;

let shared: Jieba | undefined;
const knownWords = new Set<string>();

/**
 * One jieba per process: loading its 5 MB dictionary takes ~350 ms, far more than indexing a plan.
 * Names added by one index are visible to all; they are names of real bodies, so a second index only
 * gains whole-name tokens, and each name is also indexed verbatim, so an index never depends on it.
 */
function jieba(): Jieba {
  shared ??= Jieba.withDict(dict);
  return shared;
}

/** Adds names (units, aliases, enterprises, places) to the dictionary so they segment as single words. */
export function addWords(words: Iterable<string>): void {
  const fresh: string[] = [];
  for (const raw of words) {
    const word = normalize(raw).replace(/\s+/g, '');
    // jieba's dictionary format is "word freq [tag]" per line: a word with a space or newline would break it.
    if (word.length < 2 || knownWords.has(word) || !HAN.test(word)) continue;
    knownWords.add(word);
    fresh.push(`${word} ${NAME_FREQUENCY} nz`);
  }
  if (fresh.length > 0) jieba().loadDict(Buffer.from(`${fresh.join('\n')}\n`, 'utf8'));
}

/** Every name added to the dictionary so far (a checkpoint keeps them, so a restart segments alike). */
export function addedWords(): string[] {
  return [...knownWords];
}

/** NFKC (full-width → half-width, compatibility forms) and lower case: the form every term is compared in. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Index-side words: jieba's search mode (long words and their parts). Punctuation and spaces dropped. */
export function indexWords(text: string): string[] {
  if (!text) return [];
  return jieba()
    .cutForSearch(normalize(text), true)
    .filter((w) => WORD.test(w))
    .map((w) => w.trim());
}

/** Query-side words: jieba's precise mode, so a query is not split into more parts than needed. */
export function queryWords(text: string): string[] {
  return jieba()
    .cut(normalize(text), true)
    .filter((w) => WORD.test(w))
    .map((w) => w.trim());
}

/** Overlapping character bigrams of every Han run (a lone Han character stays itself). */
export function bigrams(text: string): string[] {
  const grams: string[] = [];
  for (const match of normalize(text).matchAll(HAN_RUN)) {
    const run = [...match[0]];
    if (run.length === 1) grams.push(run[0] as string);
    for (let i = 0; i + 1 < run.length; i += 1) grams.push(`${run[i]}${run[i + 1]}`);
  }
  return grams;
}

/** Latin words (English names, pinyin) split on anything that is not a letter or digit. */
export function latinWords(text: string): string[] {
  return normalize(text)
    .split(/[^\p{Script=Latin}\p{N}]+/u)
    .filter((w) => w.length > 0);
}
