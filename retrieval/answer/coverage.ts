import type { Bm25Field } from '../sparse/bm25-field.js';
import type { PreparedQuery } from '../query.js';
import type { SparseIndex } from '../sparse/sparse-index.js';
import { foldDiacritics } from '../text/normalize.js';

// Function and discourse words say how a resident asks, not what about; they do not count towards coverage.
const FUNCTION_WORDS = new Set(
  ('thì là mà muốn làm thế như nào sao gì đâu ai bao nhiêu mấy được không có của cho và với các những này đó kia ' +
   'ạ nhé nhỉ vậy hả ơi à tôi mình em anh chị bạn cần phải nên hãy xin hỏi giúp ở tại về trong trên')
    .split(' ').map((w) => foldDiacritics(w)),
);
const isFunctionWord = (term: string): boolean => FUNCTION_WORDS.has(foldDiacritics(term).replace(/\d$/, ''));

// Asked for every query term of every candidate passage; the answer depends on the term alone.
const allFunctionWords = new Map<string, boolean>();
function onlyFunctionWords(term: string): boolean {
  let only = allFunctionWords.get(term);
  if (only === undefined) {
    if (allFunctionWords.size >= 50_000) allFunctionWords.clear();
    allFunctionWords.set(term, (only = term.split(' ').every(isFunctionWord)));
  }
  return only;
}

/**
 * Share of the question, weighted by idf, that one passage contains: its content syllables and its syllable pairs.
 * A term no passage has gets the largest idf, so a question about something the corpus never mentions (tỷ giá,
 * xổ số) scores low even when a few common syllables match.
 */
export function passageCoverage(query: PreparedQuery, sparse: SparseIndex, doc: number): number {
  const f = query.accented ? { uni: 'exact', pair: 'exactPair' } as const : { uni: 'folded', pair: 'foldedPair' } as const;
  // Each distinct term with the largest weight it was asked with: context sentences of a long message count less.
  const part = (field: Bm25Field, list: readonly string[], weights: readonly number[]): [number, number] => {
    const asked = new Map<string, number>();
    list.forEach((t, i) => asked.set(t, Math.max(asked.get(t) ?? 0, weights[i] ?? 1)));
    let have = 0;
    let total = 0;
    for (const [t, weight] of asked) {
      if (onlyFunctionWords(t)) continue;
      const w = weight * (field.idf(t) ?? field.maxIdf);
      total += w;
      if (field.contains(t, doc)) have += w;
    }
    return [have, total];
  };
  const [hu, tu] = part(sparse.field(f.uni), query.terms[f.uni], query.weights[f.uni]);
  const [hp, tp] = part(sparse.field(f.pair), query.terms[f.pair], query.weights[f.pair]);
  const total = tu + tp;
  return total > 0 ? (hu + hp) / total : 0;
}
