import { questionMask, type PreparedQuery } from '../../retrieval/query.js';
import { cleanText, hasDiacritics } from '../../retrieval/text/normalize.js';
import { tokenize } from '../../retrieval/text/tokenize.js';

/** Folded content syllables and adjacent pairs of a question: what two phrasings of it share. */
export interface QuestionShape {
  readonly words: ReadonlySet<string>;
  readonly pairs: ReadonlySet<string>;
}

/**
 * The shape of a question as retrieval reads it (chat words, telex, abbreviations and everyday words expanded, question
 * and courtesy words out): "lam giay to online dc ko" then meets a correction written for "dịch vụ công trực tuyến".
 * Folded, so marks never matter.
 */
export function readShape(query: PreparedQuery): QuestionShape {
  return { words: new Set(query.terms.folded), pairs: new Set(query.terms.foldedPair) };
}

/** The shape of a question from its own words only (what readShape falls back to without an index). */
export function questionShape(question: string): QuestionShape {
  const text = cleanText(question);
  const tokens = tokenize(text);
  const mask = questionMask(tokens, hasDiacritics(text));
  const words = new Set<string>();
  const pairs = new Set<string>();
  tokens.forEach((t, i) => {
    if (mask[i]) return;
    words.add(t.folded);
    const next = tokens[i + 1];
    if (next && !mask[i + 1] && next.clause === t.clause) pairs.add(`${t.folded} ${next.folded}`);
  });
  return { words, pairs };
}

const dice = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
};

/**
 * 0..1: the mean of the Dice overlap of content words and of word pairs, diacritics and question words aside, so
 * "Chữ ký số miễn phí làm ở đâu?" and "chu ky so mien phi lam o dau" score 1 and word order still counts a little.
 */
export function questionSimilarity(a: QuestionShape, b: QuestionShape): number {
  if (a.pairs.size + b.pairs.size === 0) return dice(a.words, b.words);
  return (dice(a.words, b.words) + dice(a.pairs, b.pairs)) / 2;
}
