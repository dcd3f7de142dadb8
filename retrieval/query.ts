import type { AbbreviationExpander } from './text/abbreviations.js';
import { cleanText, foldDiacritics, hasDiacritics, syllableKeys } from './text/normalize.js';
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
  return { text, accented, tokens, terms: withCodes(fieldTerms(tokens), text) };
}

/**
 * The terms a passage is indexed under: its text plus its context (article title, section heading), since a
 * paragraph of an article about Hà Nội often never names the city. Same expansion as queries.
 */
export function passageTerms(text: string, abbreviations: AbbreviationExpander, context = ''): FieldTerms {
  const full = context ? `${context}\n${text}` : text;
  return withCodes(fieldTerms(tokenize(abbreviations.expand(cleanText(full)))), full);
}

// Document numbers ("239/KH-UBND", "06-NQ/TƯ") are matched whole as well as syllable by syllable.
const CODE = /[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+/gu;

/** Adds each code that contains a digit as one extra unigram term. */
export function withCodes(terms: FieldTerms, text: string): FieldTerms {
  const codes = [...cleanText(text).matchAll(CODE)].map((m) => m[0]).filter((c) => /\d/.test(c));
  if (codes.length === 0) return terms;
  const exact = codes.map((c) => `#${c.toLowerCase()}`);
  const folded = codes.map((c) => `#${foldDiacritics(c).toLowerCase()}`);
  return { ...terms, exact: [...terms.exact, ...exact], folded: [...terms.folded, ...folded] };
}
