import type { Bm25Field } from '../sparse/bm25-field.js';
import type { PreparedQuery } from '../query.js';
import type { SparseIndex } from '../sparse/sparse-index.js';
import { tokenize } from '../text/tokenize.js';

// Function and discourse words say how a resident asks, not what about; they do not count towards coverage.
const FUNCTION_WORDS = tokenize(
  'thì là mà muốn làm thế như nào sao gì đâu ai bao nhiêu mấy được không có của cho và với các những này đó kia ' +
  'ạ nhé nhỉ vậy hả ơi à tôi mình em anh chị bạn cần phải nên hãy xin hỏi giúp ở tại về trong trên',
);
// Compared in the field the question is read in: with its marks, "tại" is a function word and "tài" (tài chính) is
// not; without them the two cannot be told apart.
const EXACT_FUNCTION_WORDS = new Set(FUNCTION_WORDS.map((t) => t.exact));
const FOLDED_FUNCTION_WORDS = new Set(FUNCTION_WORDS.map((t) => t.folded));

// Asked for every query term of every candidate passage; the answer depends on the term and the field alone.
const functionTerms = new Map<string, boolean>();
/**
 * A function word; or, in a marked question, a pair with one in it. Such a pair is mostly the seam between two words
 * ("của doanh", "hiện được", "thì thành"): the corpus rarely holds it, so it would weigh as much as the rarest word
 * and drown what was asked; its content syllable still counts on its own. Unmarked, "tai chinh" may be tài chính,
 * so a pair goes only when both its syllables are function words.
 */
function isFunctionTerm(term: string, accented: boolean): boolean {
  const key = `${accented ? 'e' : 'f'}${term}`;
  let is = functionTerms.get(key);
  if (is === undefined) {
    if (functionTerms.size >= 50_000) functionTerms.clear();
    const words = accented ? EXACT_FUNCTION_WORDS : FOLDED_FUNCTION_WORDS;
    const syllables = term.split(' ');
    is = accented ? syllables.some((s) => words.has(s)) : syllables.every((s) => words.has(s));
    functionTerms.set(key, is);
  }
  return is;
}

/**
 * Share of the question, weighted by idf, that one passage contains: its content syllables and its syllable pairs.
 * A term no passage has gets the largest idf, so a question about something the corpus never mentions (tỷ giá,
 * xổ số) scores low even when a few common syllables match.
 */
export function passageCoverage(asked: AskedTerms, sparse: SparseIndex, accented: boolean, doc: number): number {
  const uni = held(asked.uni, sparse.field(accented ? 'exact' : 'folded'), doc);
  const pair = held(asked.pair, sparse.field(accented ? 'exactPair' : 'foldedPair'), doc);
  const total = uni.total + pair.total;
  return total > 0 ? (uni.have + pair.have) / total : 0;
}

/** Terms of a question with their weights (idf × how strongly they were asked); see askedTerms. */
export interface AskedTerms {
  readonly uni: ReadonlyMap<string, number>;
  readonly pair: ReadonlyMap<string, number>;
}

/** The weight of the terms one document holds, and of all of them. */
function held(terms: ReadonlyMap<string, number>, field: Bm25Field, doc: number): { have: number; total: number } {
  let have = 0;
  let total = 0;
  for (const [t, w] of terms) {
    total += w;
    if (field.contains(t, doc)) have += w;
  }
  return { have, total };
}

/**
 * The question's content terms (syllables and pairs, in the field its marks choose), each with idf × the largest
 * weight it was asked with, so a long message's context sentences count less than its question. Function words out.
 */
export function askedTerms(query: PreparedQuery, sparse: SparseIndex): AskedTerms {
  const f = query.accented ? { uni: 'exact', pair: 'exactPair' } as const : { uni: 'folded', pair: 'foldedPair' } as const;
  const uniField = sparse.field(f.uni);
  const syllableIdf = (t: string): number => uniField.idf(t) ?? uniField.maxIdf;
  // A pair no passage holds, of syllables the corpus knows, is mostly the seam between two words ("thiếu người",
  // "đợi đào"): it weighs what its commoner syllable weighs, not what the rarest word would. A pair with an unknown
  // syllable keeps its full weight through that syllable (see maxUnknownShare in extract-answer.ts).
  const pairIdf = (field: Bm25Field, t: string): number =>
    field.idf(t) ?? (t.split(' ').some((x) => uniField.idf(x) === undefined) ? field.maxIdf
      : Math.min(field.maxIdf, ...t.split(' ').map(syllableIdf)));
  const weigh = (field: Bm25Field, list: readonly string[], weights: readonly number[], idf: (t: string) => number): Map<string, number> => {
    const asked = new Map<string, number>();
    list.forEach((t, i) => {
      if (!isFunctionTerm(t, query.accented)) asked.set(t, Math.max(asked.get(t) ?? 0, weights[i] ?? 1));
    });
    for (const [t, w] of asked) asked.set(t, w * idf(t));
    return asked;
  };
  const pairField = sparse.field(f.pair);
  return { uni: weigh(uniField, query.terms[f.uni], query.weights[f.uni], syllableIdf),
    pair: weigh(pairField, query.terms[f.pair], query.weights[f.pair], (t) => pairIdf(pairField, t)) };
}

/**
 * Share of the question's syllable pairs (two-syllable words, mostly) that the passage holds, by idf; undefined when
 * the question has none. "Bạn có người yêu chưa?" shares "người" and "yêu" with a paragraph on "yêu cầu" of "người
 * dân", but not one of its words: a passage that covers no pair speaks of something else.
 */
export function pairCoverage(asked: AskedTerms, sparse: SparseIndex, accented: boolean, doc: number): number | undefined {
  const { have, total } = held(asked.pair, sparse.field(accented ? 'exactPair' : 'foldedPair'), doc);
  return total > 0 ? have / total : undefined;
}

/**
 * askedTerms of the asking sentences alone, when they have content of their own (a two-syllable word, or two
 * content syllables): whether the articles answer is a matter of what was asked; the story around it only helped
 * find where.
 */
export function focusTerms(query: PreparedQuery, sparse: SparseIndex): AskedTerms {
  const all = askedTerms(query, sparse);
  const f = query.accented ? { uni: 'exact', pair: 'exactPair' } as const : { uni: 'folded', pair: 'foldedPair' } as const;
  if (query.focusTerms[f.uni] === query.terms[f.uni]) return all;
  const uniFocus = new Set(query.focusTerms[f.uni]);
  const pairFocus = new Set(query.focusTerms[f.pair]);
  const uni = new Map([...all.uni].filter(([t]) => uniFocus.has(t)));
  const pair = new Map([...all.pair].filter(([t]) => pairFocus.has(t)));
  // "Sửa thế nào?" after a story about Python code: one content syllable and no word of two cannot say what the
  // message is about, so the whole message is weighed (its story at its context weight).
  return uni.size >= 2 || pair.size > 0 ? { uni, pair } : all;
}
