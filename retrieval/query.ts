import type { AbbreviationExpander } from './text/abbreviations.js';
import { cleanText, hasDiacritics, syllableKeys } from './text/normalize.js';
import { tokenize, type Token } from './text/tokenize.js';
import { fieldTerms, type FieldTerms } from './sparse/terms.js';

/** A question made ready for the indexes. */
export interface PreparedQuery {
  /** The cleaned question with abbreviations expanded: what the dense embedder sees. */
  readonly text: string;
  /** Whether the resident typed diacritics; without them only folded terms can match fairly. */
  readonly accented: boolean;
  /** Content tokens: interrogative words removed. */
  readonly tokens: readonly Token[];
  readonly terms: FieldTerms;
}

// Interrogatives are rare in declarative paragraphs, so BM25 would give them a high weight and match noise.
const INTERROGATIVES = ['gì', 'nào', 'ai', 'đâu', 'sao', 'nhiêu', 'mấy'].map(syllableKeys);
const EXACT_QW = new Set(INTERROGATIVES.map((k) => k.exact));
const FOLDED_QW = new Set(INTERROGATIVES.map((k) => k.folded));

export function prepareQuery(question: string, abbreviations: AbbreviationExpander): PreparedQuery {
  const text = abbreviations.expand(cleanText(question));
  const accented = hasDiacritics(text);
  const all = tokenize(text);
  const content = all.filter((t) => !(accented ? EXACT_QW.has(t.exact) : FOLDED_QW.has(t.folded)));
  // A question made only of interrogatives keeps them rather than becoming empty.
  const tokens = content.length > 0 ? content : all;
  return { text, accented, tokens, terms: fieldTerms(tokens) };
}

/** The terms a passage is indexed under (the same expansion as queries, so "CĐS" meets "chuyển đổi số"). */
export function passageTerms(text: string, abbreviations: AbbreviationExpander): FieldTerms {
  return fieldTerms(tokenize(abbreviations.expand(cleanText(text))));
}
