import { syllableKeys } from './normalize.js';

/** One syllable (or number) of a text, with its keys and the clause it belongs to. */
export interface Token {
  readonly surface: string;
  readonly exact: string;
  readonly folded: string;
  /** Tokens of one clause share this number: bigrams never cross punctuation. */
  readonly clause: number;
}

// A number keeps its decimal and thousands separators (81,7 / 1.232); anything else is letters and digits.
const PIECE = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]+/gu;
const CLAUSE_BREAK = /[.,;:!?()[\]{}"“”'‘’…\n|–—-]/;

/** Splits text into syllable tokens. Pure; input should already be NFC. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  for (const match of text.matchAll(PIECE)) {
    const piece = match[0];
    if (!/[\p{L}\p{N}]/u.test(piece)) {
      if (CLAUSE_BREAK.test(piece)) clause++;
      continue;
    }
    const keys = syllableKeys(piece);
    tokens.push({ surface: piece, exact: keys.exact, folded: keys.folded, clause });
  }
  return tokens;
}
