import { foldDiacritics } from '../../retrieval/text/normalize.js';

/** NFC, diacritics and case removed, punctuation to single spaces, padded: " ha noi " matches whole words only. */
export function foldForMatch(text: string): string {
  const folded = foldDiacritics(text.normalize('NFC')).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return ` ${folded} `;
}
