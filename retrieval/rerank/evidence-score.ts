/**
 * A hit's score as the answer check weighs it: before the learned-association rerank's share when it gave one
 * (RetrievalHit.fused). That share may lift one passage far above the rest; a passage close to the best on the fused
 * evidence must still count as close.
 */
export function evidenceScore(hit: { readonly score: number; readonly fused?: number }): number {
  return hit.fused ?? hit.score;
}

/** The best evidence score among the hits (-Infinity for none, as Math.max of nothing). */
export function bestEvidence(hits: readonly { readonly score: number; readonly fused?: number }[]): number {
  return hits.reduce((best, h) => Math.max(best, evidenceScore(h)), -Infinity);
}
