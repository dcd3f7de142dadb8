import type { Asker } from './eval-asker.js';
import type { AnswerResult } from '../../core/answer-result.js';
import { REPLIES } from '../../prompts/replies.js';
import { splitSentences } from '../../retrieval/answer/sentences.js';
import { foldDiacritics } from '../../retrieval/text/normalize.js';
import { normalizedText } from './gold-text.js';

export interface EvalCase {
  readonly q: string;
  /** The resident's earlier messages when q is a follow-up, oldest first (see eval-asker.ts). */
  readonly history?: readonly string[];
  readonly gold: readonly string[];
  readonly fact?: string;
}

export interface ModeReport {
  readonly mode: string;
  /** Answered share of in-scope questions. */
  readonly answeredRate: number;
  /** Out-of-scope questions refused (no_answer), as a share. */
  readonly refusalAccuracy: number;
  /** Of all citations in answered in-scope replies, the share whose paragraph contains a gold text. */
  readonly citationPrecision: number;
  /** Of the answer sentences carrying a citation, the share supported by the cited paragraph (see sentenceSupported). */
  readonly supportedSentenceShare: number;
  readonly fallbacks: number;
}

const fold = (s: string): string => foldDiacritics(normalizedText(s).toLowerCase());

/**
 * A cited sentence is supported when its figures all appear in the cited paragraph and most of its words do:
 * quotes pass trivially, a faithful paraphrase passes, an invented number does not.
 */
export function sentenceSupported(sentence: string, paragraph: string): boolean {
  const body = sentence.replace(/\[\d+\]/g, '');
  const figures = body.match(/\d+(?:[.,/]\d+)*%?/g) ?? [];
  if (!figures.every((f) => paragraph.includes(f))) return false;
  const words = fold(body).match(/[a-z0-9]+/g) ?? [];
  if (words.length === 0) return true;
  const have = new Set(fold(paragraph).match(/[a-z0-9]+/g) ?? []);
  return words.filter((w) => have.has(w)).length / words.length >= 0.6;
}

export async function evaluateMode(mode: string, ask: Asker, cases: readonly EvalCase[]): Promise<ModeReport> {
  let inScope = 0, answered = 0, oos = 0, refused = 0, cited = 0, citedGood = 0, sentences = 0, supported = 0, fallbacks = 0;
  for (const c of cases) {
    const r: AnswerResult = await ask(c);
    if (r.fallbackReason) fallbacks++;
    if (c.gold.length === 0) {
      oos++;
      if (r.status !== 'answered') refused++;
      continue;
    }
    inScope++;
    if (r.status !== 'answered') continue;
    answered++;
    for (const citation of r.citations) {
      cited++;
      if (c.gold.some((g) => normalizedText(citation.text).includes(normalizedText(g)))) citedGood++;
    }
    const body = r.answer.split(`\n${REPLIES.sourcesHeading}\n`)[0] ?? '';
    for (const line of body.split('\n')) {
      for (const s of splitSentences(line)) {
        const refs = [...s.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
        if (refs.length === 0) continue;
        sentences++;
        if (refs.some((n) => { const p = r.citations.find((x) => x.n === n); return p !== undefined && sentenceSupported(s, p.text); })) supported++;
      }
    }
  }
  const share = (a: number, b: number): number => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);
  return { mode, answeredRate: share(answered, inScope), refusalAccuracy: share(refused, oos), citationPrecision: share(citedGood, cited),
    supportedSentenceShare: share(supported, sentences), fallbacks };
}
