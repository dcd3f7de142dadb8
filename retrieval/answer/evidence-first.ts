import { evidenceScore } from '../rerank/evidence-score.js';

/**
 * The retrieved passages in the order the reply rests on them: the passage of the sentence the answer quotes first
 * leads, the rest keep the retriever's order. The answer check reads the first passages for the kind of fact asked and
 * the question's place, year and plan, which the fused score does not; when it quotes the second or fourth passage,
 * that passage is the one that answers, and the log, the admin and `ask --json` should show it first. A reply that
 * quotes nothing (no_answer) keeps the retriever's order, and so does one whose passage scores under `minScoreRatio`
 * of the first: a sentence's share of the question is a narrow view, and a passage the retriever ranks far lower is
 * more often a near-miss. Session 15, reply R@1 without the floor / with 0.8: the fourteen tuning halves 0.881 / 0.883
 * (0.874 at 0.9), XQuAD + MLQA 0.842 / 0.867 (the retriever's own 0.879), MoH 0.580 / 0.582 (0.573).
 */
export function evidenceFirst<T extends { readonly passage: object; readonly score: number; readonly fused?: number }>(hits: readonly T[],
  quoted: object | undefined, minScoreRatio = 0.8): readonly T[] {
  const i = quoted ? hits.findIndex((h) => h.passage === quoted) : -1;
  // Scores before the learned-association rerank's share, as the answer check weighs them (evidence-score.ts).
  if (i <= 0 || evidenceScore(hits[i]!) < minScoreRatio * evidenceScore(hits[0]!)) return hits;
  return [hits[i]!, ...hits.slice(0, i), ...hits.slice(i + 1)];
}
