/**
 * The retrieved passages in the order the reply rests on them: the passage of the sentence the answer quotes first
 * leads, the rest keep the retriever's order. The answer check reads the first passages for the kind of fact asked and
 * the question's place, year and plan, which the fused score does not; when it quotes the second or fourth passage,
 * that passage is the one that answers, and the log, the admin and `ask --json` should show it first. A reply that
 * quotes nothing (no_answer) keeps the retriever's order.
 */
export function evidenceFirst<T extends { readonly passage: object }>(hits: readonly T[], quoted: object | undefined): readonly T[] {
  const i = quoted ? hits.findIndex((h) => h.passage === quoted) : -1;
  return i > 0 ? [hits[i]!, ...hits.slice(0, i), ...hits.slice(i + 1)] : hits;
}
