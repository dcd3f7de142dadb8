import { cleanText } from '../../retrieval/text/normalize.js';

export type QuestionInput =
  | { readonly kind: 'ok'; readonly text: string; readonly truncated: boolean }
  | { readonly kind: 'empty' }
  | { readonly kind: 'no_words' };

/**
 * Cleans what a resident typed: NFC, controls and zero-width characters removed, spaces collapsed, cut at maxChars
 * on a word boundary. Emoji and symbols alone are not a question.
 */
export function readQuestion(raw: unknown, maxChars: number): QuestionInput {
  if (typeof raw !== 'string') return { kind: 'empty' };
  const text = cleanText(raw).replace(/\s+/g, ' ');
  if (!text) return { kind: 'empty' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'no_words' };
  if (text.length <= maxChars) return { kind: 'ok', text, truncated: false };
  // Never keep half of a surrogate pair (an emoji cut in two).
  const cut = text.slice(0, /[\ud800-\udbff]/.test(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars);
  const space = cut.lastIndexOf(' ');
  const kept = (space > maxChars * 0.6 ? cut.slice(0, space) : cut).trim();
  // The words may all lie beyond the cut.
  return /[\p{L}\p{N}]/u.test(kept) ? { kind: 'ok', text: kept, truncated: true } : { kind: 'no_words' };
}
