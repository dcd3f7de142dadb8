import { likelihoodShares } from '../associations/likelihood-shares.js';

export interface AssociationRerank {
  /** The log-likelihood of the question given a passage; read only for passages `known` says the model knows. */
  readonly logLikelihoodOf: (doc: number) => number;
  readonly known: (doc: number) => boolean;
  /** How many of the first hits are reordered. */
  readonly depth: number;
  /** What a whole share is worth against the fused score; off at 0. */
  readonly lambda: number;
  /** Softmax temperature over the log-likelihoods; above 0. */
  readonly temperature: number;
}

/**
 * The fused head reordered by the learned word associations (see associations/): each passage's share of the head's
 * likelihood of the question (a softmax of its log-likelihood, at a temperature), times lambda, added to its score. A
 * share is in [0, 1] like coverage, so lambda weighs it against the fused evidence in the same way; the rest of the
 * list is left as it was. The model cannot say a passage it does not know (an article added since it was learned) is
 * less likely than the ones it knows, so such a passage is taken to be as likely as the likeliest known one: it never
 * loses ground to them, and a head of passages it does not know keeps its order. Each reranked hit keeps its score from
 * before as `fused`, for the answer check's floors. Pure.
 */
export function rerankByAssociation<T extends { readonly doc: number; readonly score: number; readonly fused?: number }>(
  hits: readonly T[], o: AssociationRerank,
): T[] {
  if (o.lambda <= 0 || !(o.temperature > 0) || hits.length < 2) return [...hits];
  const head = hits.slice(0, o.depth);
  const known = head.map((h) => o.known(h.doc));
  if (!known.some(Boolean)) return [...hits];
  const ll = head.map((h, i) => (known[i] ? o.logLikelihoodOf(h.doc) : -Infinity));
  const likeliest = Math.max(...ll);
  const shares = likelihoodShares(ll.map((x, i) => (known[i] ? x : likeliest)), o.temperature);
  if (!shares) return [...hits];
  const scored = head.map((h, i) => ({ h: { ...h, score: h.score + o.lambda * shares[i]!, fused: h.fused ?? h.score }, i }));
  // Ties keep the fused order.
  scored.sort((a, b) => b.h.score - a.h.score || a.i - b.i);
  return [...scored.map((x) => x.h), ...hits.slice(o.depth)];
}
