import type { SparseIndex } from '../sparse/sparse-index.js';
import { fieldTerms } from '../sparse/terms.js';
import { cleanText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';

/**
 * Whether the articles name a phrase anywhere, marks aside: its one syllable is a term of theirs, or each pair of its
 * neighbouring syllables is. Read in the index's vocabulary, so it costs a few lookups at any corpus size; pairs found
 * apart may make a phrase of three syllables or more look named when it is not, never the reverse.
 */
export function articlesName(phrase: string, sparse: SparseIndex): boolean {
  const terms = fieldTerms(tokenize(cleanText(phrase)));
  if (terms.folded.length === 0) return false;
  if (terms.folded.length === 1) return sparse.field('folded').termId(terms.folded[0]!) !== undefined;
  const pairs = sparse.field('foldedPair');
  return terms.foldedPair.length > 0 && terms.foldedPair.every((p) => pairs.termId(p) !== undefined);
}
