/**
 * Pseudo-relevance feedback (RM3-like): the best first-pass passages usually share words with the answer that the
 * question did not use (an FAQ question says "thẻ BHYT", its answer "thẻ bảo hiểm y tế … cấp lại"). Their salient
 * terms, weighted by how strongly each passage matched, are asked again at a fraction of the question's weight.
 */

export interface FeedbackOptions {
  /** How many of the first-pass best passages lend terms. */
  readonly docs: number;
  /** How many terms are added. */
  readonly terms: number;
  /** Weight of the feedback query against the question's (1). */
  readonly weight: number;
}

/** A feedback passage: its term ids in reading order and its first-pass score. */
export interface FeedbackDoc {
  readonly ids: ArrayLike<number>;
  readonly score: number;
}

/**
 * The `n` terms with the largest relevance-model weight × idf: each passage contributes its term frequencies, scaled by
 * its length and by its share of the passages' total score. Returns term ids with weights scaled so the best is 1;
 * terms whose idf is not positive (in every passage) add nothing and are skipped.
 */
export function feedbackTerms(docs: readonly FeedbackDoc[], idf: (id: number) => number, n: number): Map<number, number> {
  const total = docs.reduce((s, d) => s + Math.max(0, d.score), 0);
  const model = new Map<number, number>();
  if (total <= 0 || n <= 0) return new Map();
  for (const d of docs) {
    if (d.ids.length === 0 || d.score <= 0) continue;
    const share = d.score / total / d.ids.length;
    for (let i = 0; i < d.ids.length; i++) {
      const id = d.ids[i]!;
      if (id >= 0) model.set(id, (model.get(id) ?? 0) + share);
    }
  }
  const ranked = [...model].map(([id, p]) => [id, p * idf(id)] as const).filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, n);
  const best = ranked[0]?.[1] ?? 0;
  return new Map(ranked.map(([id, w]) => [id, w / best]));
}
