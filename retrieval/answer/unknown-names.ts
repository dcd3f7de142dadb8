import { cleanText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';

/** Keys of one syllable, or of two adjacent ones joined by a space. */
export interface TermKeys {
  readonly exact: string;
  readonly folded: string;
}

/** Whether the corpus has a syllable. */
export interface Vocabulary {
  readonly hasSyllable: (keys: TermKeys) => boolean;
}

// A word in title case that does not open a sentence: a name ("nước Úc", "ứng dụng Grab"). Words in capitals are
// abbreviations, read by their own table. Pairs are not checked: a resident's "Hà Nội Xuân Ất Tỵ" or "Cầu Giấy" is
// written side by side nowhere in the articles, yet asks about what they say.
const NAME = /(?<=[\p{L}\p{N},;)]\s+)\p{Lu}[\p{Ll}\p{M}]+[\p{Lu}\p{Ll}\p{M}]*/gu;

/**
 * The names a question uses that no article has, not even as a syllable: "Thủ đô của nước Úc là gì?" is about
 * something the articles never mention, however well "thủ đô" and "thành phố" are covered.
 */
export function unknownNames(question: string, vocabulary: Vocabulary): string[] {
  return (cleanText(question).match(NAME) ?? []).filter((name) => tokenize(name).some((t) => !vocabulary.hasSyllable(t)));
}
