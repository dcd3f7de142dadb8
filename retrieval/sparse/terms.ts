import type { Token } from '../text/tokenize.js';

/** The four term fields of the sparse index. */
export type Field = 'exact' | 'folded' | 'exactPair' | 'foldedPair';
export const FIELDS: readonly Field[] = ['exact', 'folded', 'exactPair', 'foldedPair'];

export type FieldTerms = Readonly<Record<Field, readonly string[]>>;

/** Unigram and adjacent-pair terms of a token list; pairs stand in for multi-syllable words. */
export function fieldTerms(tokens: readonly Token[]): FieldTerms {
  const exact: string[] = [];
  const folded: string[] = [];
  const exactPair: string[] = [];
  const foldedPair: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    exact.push(t.exact);
    folded.push(t.folded);
    const next = tokens[i + 1];
    if (next && next.clause === t.clause) {
      exactPair.push(`${t.exact} ${next.exact}`);
      foldedPair.push(`${t.folded} ${next.folded}`);
    }
  }
  return { exact, folded, exactPair, foldedPair };
}
