/**
 * The fused head reordered by the learned word associations (see associations/): each passage's share of the head's
 * likelihood of the question (a softmax of its log-likelihood, at a temperature), times lambda, added to its score. A
 * share is in [0, 1] like coverage, so lambda weighs it against the fused evidence in the same way; the rest of the
 * list is left as it was. The model speaks only of passages it knows (`known`): the others each get an even share
 * (1 / the head's size) and the known ones share the rest by likelihood, so a head of passages it does not know keeps
 * its order. Each reranked hit keeps its score from before as `fused`, for the answer check's floors. Pure.
 */
export function rerankByAssociation<T extends { readonly doc: number; readonly score: number; readonly fused?: number }>(
  hits: readonly T[], logLikelihoodOf: (doc: number) => number, known: (doc: number) => boolean, depth: number, lambda: number,
  temperature: number,
): T[] {
  if (lambda <= 0 || hits.length < 2) return [...hits];
  const head = hits.slice(0, depth);
  const knows = head.map((h) => known(h.doc));
  const count = knows.filter(Boolean).length;
  if (count === 0) return [...hits];
  const ll = head.map((h, i) => (knows[i] ? logLikelihoodOf(h.doc) / temperature : -Infinity));
  const top = Math.max(...ll);
  const weights = ll.map((x) => (x === -Infinity ? 0 : Math.exp(x - top)));
  const total = weights.reduce((s, w) => s + w, 0);
  const share = (i: number): number => (knows[i] ? (weights[i]! / total) * (count / head.length) : 1 / head.length);
  const scored = head.map((h, i) => ({ h: { ...h, score: h.score + lambda * share(i), fused: h.fused ?? h.score }, i }));
  // Ties keep the fused order.
  scored.sort((a, b) => b.h.score - a.h.score || a.i - b.i);
  return [...scored.map((x) => x.h), ...hits.slice(depth)];
}
