import { cleanText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';

/** Whether the corpus has a syllable, by its exact or folded key. */
export type KnowsSyllable = (keys: { readonly exact: string; readonly folded: string }) => boolean;

// A word in title case that does not open a sentence: a name ("nước Úc", "ứng dụng Grab", "ông Tuấn"). Words in
// capitals are abbreviations, read by their own table.
const NAME = /(?<=[\p{L}\p{N},;)]\s+)\p{Lu}[\p{Ll}\p{M}]+(?:[\p{Lu}\p{Ll}\p{M}]*)/gu;

/**
 * The names a question uses that no article has, not even as a syllable: "Thủ đô của nước Úc là gì?" is about
 * something the articles never mention, however well "thủ đô" and "thành phố" are covered.
 */
export function unknownNames(question: string, knows: KnowsSyllable): string[] {
  const names = cleanText(question).match(NAME) ?? [];
  return names.filter((name) => tokenize(name).some((t) => !knows(t)));
}
