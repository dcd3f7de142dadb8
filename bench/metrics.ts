/** Retrieval quality over questions whose gold paragraph is known. */
export interface RankMetrics {
  readonly recall_at_1: number;
  readonly recall_at_5: number;
  readonly recall_at_10: number;
  readonly mrr_at_10: number;
}

/** ranks[i] is the 0-based rank of question i's gold paragraph, or -1 when it was not returned. */
export function rankMetrics(ranks: readonly number[]): RankMetrics {
  const n = Math.max(1, ranks.length);
  const within = (k: number): number => ranks.filter((r) => r >= 0 && r < k).length / n;
  const mrr = ranks.reduce((s, r) => s + (r >= 0 && r < 10 ? 1 / (r + 1) : 0), 0) / n;
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return { recall_at_1: round(within(1)), recall_at_5: round(within(5)), recall_at_10: round(within(10)), mrr_at_10: round(mrr) };
}

/** The q-quantile (0..1) of a list of numbers, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** R@1 over each half of a split benchmark (see isHeldOut), and over both; ranks as for rankMetrics. */
export function recallAt1ByHalf(ranks: readonly number[], held: readonly boolean[]): { tune: number; held: number; all: number } {
  const hits = [0, 0];
  const counts = [0, 0];
  ranks.forEach((r, i) => {
    const half = held[i] ? 1 : 0;
    counts[half]!++;
    if (r === 0) hits[half]!++;
  });
  const round = (h: number, n: number): number => Math.round((h / Math.max(1, n)) * 10000) / 10000;
  return { tune: round(hits[0]!, counts[0]!), held: round(hits[1]!, counts[1]!), all: round(hits[0]! + hits[1]!, counts[0]! + counts[1]!) };
}
