import { cleanText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import type { Embedder } from './embedder.js';
import { fnv1a } from './hash.js';

export interface HashedNgramOptions {
  readonly dimensions: number;
  /** Character n-gram lengths taken inside each folded syllable, with boundary marks. */
  readonly ngrams: readonly number[];
}

export const DEFAULT_HASHED_NGRAM_OPTIONS: HashedNgramOptions = { dimensions: 512, ngrams: [2, 3, 4] };

/** A token's own features (its word and its character n-grams) as slots and signed weights, in the order added. */
interface TokenFeatures {
  readonly slots: Int32Array;
  readonly deltas: Float32Array;
}

// Tokens repeat across texts (a question's words are the corpus's words), and hashing each of a token's n-gram strings
// was a tenth of an answer's time; its features depend on the token and the options alone, so they are kept.
const MEMO_LIMIT = 100_000;
const memos = new WeakMap<HashedNgramOptions, Map<string, TokenFeatures>>();

function tokenFeatures(exact: string, folded: string, options: HashedNgramOptions): TokenFeatures {
  let memo = memos.get(options);
  if (!memo) memos.set(options, (memo = new Map()));
  const key = `${exact}\u0000${folded}`;
  const kept = memo.get(key);
  if (kept) return kept;
  const slots: number[] = [];
  const deltas: number[] = [];
  const add = (feature: string, weight: number): void => {
    const h = fnv1a(feature);
    slots.push((h >>> 1) % options.dimensions);
    deltas.push(h & 1 ? weight : -weight);
  };
  add(`w:${exact}`, 1);
  const marked = `<${folded}>`;
  for (const n of options.ngrams) {
    for (let j = 0; j + n <= marked.length; j++) add(`c${n}:${marked.slice(j, j + n)}`, 0.5);
  }
  const features = { slots: Int32Array.from(slots), deltas: Float32Array.from(deltas) };
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, features);
  return features;
}

/**
 * Feature-hashing embedder that needs no model and no network: the syllables, syllable pairs and character
 * n-grams of a text are hashed with a sign into a fixed number of dimensions, log-scaled and normalised.
 * It catches what exact terms miss: typos, partial names, missing or wrong diacritics.
 */
export function featureVector(text: string, options: HashedNgramOptions): Float32Array {
  const v = new Float32Array(options.dimensions);
  const tokens = tokenize(cleanText(text));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const own = tokenFeatures(t.exact, t.folded, options);
    for (let j = 0; j < own.slots.length; j++) v[own.slots[j]!]! += own.deltas[j]!;
    const next = tokens[i + 1];
    if (next && next.clause === t.clause) {
      const h = fnv1a(`p:${t.folded} ${next.folded}`);
      v[(h >>> 1) % options.dimensions]! += h & 1 ? 1 : -1;
    }
  }
  let norm = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    const y = Math.sign(x) * Math.log1p(Math.abs(x));
    v[i] = y;
    norm += y * y;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
  return v;
}

export function createHashedNgramEmbedder(options: HashedNgramOptions = DEFAULT_HASHED_NGRAM_OPTIONS): Embedder {
  return {
    id: `hashed-ngram:v1:${options.ngrams.join('-')}`,
    dimensions: options.dimensions,
    embed: async (texts) => texts.map((t) => featureVector(t, options)),
  };
}
