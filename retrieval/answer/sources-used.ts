import { foldDiacritics } from '../text/normalize.js';
import { splitSentences } from './sentences.js';

const words = (text: string): string[] => foldDiacritics(text.toLowerCase()).match(/[a-z0-9]+/g) ?? [];
const figures = (text: string): string[] => text.match(/\d+(?:[.,/]\d+)*%?/g) ?? [];

/**
 * Whether a paragraph bears out a sentence someone wrote: one of its figures is there, or most of its words are.
 * Loose on purpose: a reviewer rewords; an answer written from elsewhere shares little with the paragraph.
 */
export function paragraphSupports(sentence: string, paragraph: string): boolean {
  const have = new Set(words(paragraph));
  if (figures(sentence).some((f) => paragraph.includes(f) && f.length > 1)) return true;
  const own = words(sentence).filter((w) => w.length > 1);
  return own.length > 0 && own.filter((w) => have.has(w)).length / own.length >= SUPPORT_SHARE;
}

const SUPPORT_SHARE = 0.5;

/** The sources a written answer rests on: those whose paragraph bears out at least one of its sentences. */
export function sourcesUsed<T extends { readonly text: string }>(answer: string, sources: readonly T[]): T[] {
  const sentences = answer.split('\n').flatMap((line) => splitSentences(line));
  return sources.filter((s) => sentences.some((sentence) => paragraphSupports(sentence, s.text)));
}
