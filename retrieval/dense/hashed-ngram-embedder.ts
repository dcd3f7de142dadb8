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

/**
 * Feature-hashing embedder that needs no model and no network: the syllables, syllable pairs and character
 * n-grams of a text are hashed with a sign into a fixed number of dimensions, log-scaled and normalised.
 * It catches what exact terms miss: typos, partial names, missing or wrong diacritics.
 */
export function featureVector(text: string, options: HashedNgramOptions): Float32Array {
  const v = new Float32Array(options.dimensions);
  const add = (feature: string, weight: number): void => {
    const h = fnv1a(feature);
    const sign = h & 1 ? 1 : -1;
    v[(h >>> 1) % options.dimensions]! += sign * weight;
  };
  const tokens = tokenize(cleanText(text));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    add(`w:${t.exact}`, 1);
    const marked = `<${t.folded}>`;
    for (const n of options.ngrams) {
      for (let j = 0; j + n <= marked.length; j++) add(`c${n}:${marked.slice(j, j + n)}`, 0.5);
    }
    const next = tokens[i + 1];
    if (next && next.clause === t.clause) add(`p:${t.folded} ${next.folded}`, 1);
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
