import { likelihoodShares } from './likelihood-shares.js';

/** The log-likelihood of the question given one sentence of a retrieved passage (doc); undefined when not judged. */
export type SentenceLikelihood = (doc: number, sentence: string) => number | undefined;

/**
 * The candidate sentences with weight × each one's share of the question's likelihood added to its score (a softmax at
 * the temperature, see likelihoodShares), or as they were unless every one is judged: a sentence the model cannot judge
 * is not less likely for it. Only the sentences `among` takes share the likelihood; the others keep their score. Pure
 * but for what `likelihood` caches.
 */
export function withSentenceShares<T extends { readonly doc?: number; readonly text: string; readonly score: number }>(
  sentences: readonly T[], likelihood: SentenceLikelihood, weight: number, temperature: number, among: (s: T) => boolean = () => true,
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
