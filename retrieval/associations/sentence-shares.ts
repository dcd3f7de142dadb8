import { likelihoodShares } from './likelihood-shares.js';

/** The log-likelihood of the question given one sentence of a retrieved passage (doc); undefined when not judged. */
export type SentenceLikelihood = (doc: number, sentence: string) => number | undefined;

export interface SentenceShareOptions<T> {
  readonly likelihood: SentenceLikelihood;
  /** What a whole share is worth against a sentence's score; off at 0. */
  readonly weight: number;
  /** Softmax temperature over the log-likelihoods; above 0. */
  readonly temperature: number;
  /** The sentences that share the likelihood (all when absent); the others keep their score. */
  readonly among?: (s: T) => boolean;
}

/**
 * The candidate sentences with weight × each one's share of the question's likelihood added to its score (a softmax at
 * the temperature, see likelihoodShares), or as they were unless every one sharing is judged: a sentence the model
 * cannot judge is not less likely for it. The shares sum to one over those sharing, so as a group they gain `weight` over
 * the rest, and one alone gains nothing. Pure but for what `likelihood` caches.
 */
export function withSentenceShares<T extends { readonly doc?: number; readonly text: string; readonly score: number }>(
  sentences: readonly T[], { likelihood, weight, temperature, among = () => true }: SentenceShareOptions<T>,
): T[] {
  const judged = sentences.filter(among);
  if (weight <= 0 || judged.length < 2) return [...sentences];
  const logs: number[] = [];
  for (const s of judged) {
    const ll = s.doc === undefined ? undefined : likelihood(s.doc, s.text);
    if (ll === undefined) return [...sentences];
    logs.push(ll);
  }
  const shares = likelihoodShares(logs, temperature);
  if (!shares) return [...sentences];
  const shareOf = new Map(judged.map((s, i) => [s, shares[i]!]));
  return sentences.map((s) => (shareOf.has(s) ? { ...s, score: s.score + weight * shareOf.get(s)! } : s));
}
