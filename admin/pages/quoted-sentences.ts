import { splitSentences } from '../../retrieval/answer/sentences.js';

/** A sentence of a cited paragraph, and whether the answer quotes it. */
export interface ParagraphSentence {
  readonly text: string;
  readonly quoted: boolean;
}

const words = (text: string): string[] => text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

// Share of a sentence's words that one answer sentence must hold for the sentence to count as quoted: the offline
// answer quotes whole sentences (maybe without the final stop), a model's answer (or a reviewer's) trims a few words.
const QUOTED_SHARE = 0.6;
const MIN_WORDS = 3;

/**
 * Splits a cited paragraph into sentences and marks those the answer quotes, so a reviewer sees at a glance which
 * part of the source the answer rests on.
 */
export function quotedSentences(paragraph: string, answer: string): ParagraphSentence[] {
  const answerSentences = answer.split('\n').flatMap((line) => splitSentences(line)).map((s) => new Set(words(s)));
  return splitSentences(paragraph).map((text) => {
    const own = words(text);
    if (own.length < MIN_WORDS) return { text, quoted: false };
    const best = Math.max(0, ...answerSentences.map((a) => own.filter((w) => a.has(w)).length / own.length));
    return { text, quoted: best >= QUOTED_SHARE };
  });
}
