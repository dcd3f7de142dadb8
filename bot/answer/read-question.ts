import { cleanText } from '../../retrieval/text/normalize.js';
import { fitMessage } from '../../retrieval/text/question-focus.js';

export type QuestionInput =
  | { readonly kind: 'ok'; readonly text: string; readonly truncated: boolean }
  | { readonly kind: 'empty' }
  | { readonly kind: 'no_words' };

/**
 * Cleans what a resident typed: NFC, controls and zero-width characters removed, spaces collapsed. A message longer
 * than maxChars keeps its asking sentences and the context nearest them (residents tell their situation first and ask
 * last), not its first maxChars characters. Emoji and symbols alone are not a question.
 */
export function readQuestion(raw: unknown, maxChars: number): QuestionInput {
  if (typeof raw !== 'string') return { kind: 'empty' };
  // Line breaks are kept (they end sentences, which the reading of a long message needs); other spaces collapse.
  const text = cleanText(raw).replace(/\r\n?/g, '\n').replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim();
  if (!text) return { kind: 'empty' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'no_words' };
  if (text.length <= maxChars) return { kind: 'ok', text, truncated: false };
  const kept = fitMessage(text, maxChars);
  // The words may all lie beyond the cut.
  return /[\p{L}\p{N}]/u.test(kept) ? { kind: 'ok', text: kept, truncated: true } : { kind: 'no_words' };
}
