/**
 * The last step of ranking, for a question the lexicon read something of: the fused head reordered by how much of the
 * question each passage holds (the coverage the answerability checks weigh: idf-weighted, the asking sentences over the
 * story, an everyday phrase or an abbreviation held by any of its official wordings). Ranking weighs the lexicon's
 * wordings at half a typed word (query.ts), so a passage holding a resident's "làm giấy tờ qua mạng" only as "dịch vụ
 * công trực tuyến" can trail one that repeats the subject; here the wording counts whole.
 * Session 12, over the first five at COVERAGE_LAMBDA 0.5: R@1 on the development sets' tuning halves 0.832 → 0.845 on
 * average (λ 1.0 answered one more unanswerable question; ten deep changed nothing more); MoH 0.5669 → 0.5711.
 * Applied to every question it cost XQuAD + MLQA 0.8807 → 0.8707 (near ties among Wikipedia paragraphs, where the
 * fused evidence is the better judge), so a question the lexicon reads nothing of keeps the fused order (0.8801).
 */
export const COVERAGE_DEPTH = 5;
export const COVERAGE_LAMBDA = 0.5;
/**
 * The weight where the learned associations judge the head too (association-rerank.ts): they bridge a resident's words
 * to the articles' from every labelled question, the lexicon's coverage from its hand-written phrases, and at full
 * weight both counted the same bridge twice. Session 45, learning both tables from one half of the tuning sets and
 * ranking the other half's (4,552 questions): R@1 0.9326 at 0.5, 0.9330 at 0.3, 0.9350 at 0.2, 0.9345 at 0.1, 0.9341
 * at 0; key fact 0.9457, 0.9486, 0.9486, 0.9475, 0.9486. Paragraphs the tables never learned (an article added later,
 * a benchmark's) keep COVERAGE_LAMBDA: at 0.2 there, MoH fell 0.5732 → 0.5669.
 */
export const COVERAGE_LAMBDA_JUDGED = 0.2;

/**
 * How much the coverage rerank weighs for one question: nothing when the lexicon read nothing of it (the fused order is
 * the better judge there, see above), less when the learned associations judge every passage of the head. Pure.
 */
export function coverageLambda(lexiconRead: boolean, associationsJudge: boolean,
  weights: { readonly coverageLambda: number; readonly coverageLambdaJudged: number }): number {
  if (!lexiconRead) return 0;
  return associationsJudge ? weights.coverageLambdaJudged : weights.coverageLambda;
}

/**
 * The first `depth` hits by score + lambda × coverage, the score replaced by that sum; the rest as they were. Pure.
 * Coverage is in [0, 1] and fused scores put the best near 1, so lambda says how much a whole question held is worth
 * against the fused evidence.
 */
export function rerankByCoverage<T extends { readonly doc: number; readonly score: number }>(
  hits: readonly T[], coverageOf: (doc: number) => number, depth = COVERAGE_DEPTH, lambda = COVERAGE_LAMBDA,
): T[] {
  if (lambda <= 0 || hits.length < 2) return [...hits];
  const head = hits.slice(0, depth).map((h, i) => ({ h: { ...h, score: h.score + lambda * coverageOf(h.doc) }, i }));
  // Ties keep the fused order.
  head.sort((a, b) => b.h.score - a.h.score || a.i - b.i);
  return [...head.map((x) => x.h), ...hits.slice(depth)];
}
