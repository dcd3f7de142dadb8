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
  const cut = text.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return { kind: 'ok', text: (space > maxChars * 0.6 ? cut.slice(0, space) : cut).trim(), truncated: true };
}
