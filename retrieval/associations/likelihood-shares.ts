/**
 * Each candidate's share of the candidates' likelihood: a softmax of log-likelihoods divided by a temperature, so a
 * share is in [0, 1] and the shares sum to 1 whatever the question's length. Undefined when the temperature is not
 * above 0 or a likelihood is not a number, so the caller leaves its order as it was. Pure.
 */
export function likelihoodShares(logLikelihoods: readonly number[], temperature: number): number[] | undefined {
  if (!(temperature > 0) || logLikelihoods.length === 0 || logLikelihoods.some((x) => Number.isNaN(x))) return undefined;
  const scaled = logLikelihoods.map((x) => x / temperature);
  const top = Math.max(...scaled);
  if (!Number.isFinite(top)) return undefined;
  const weights = scaled.map((x) => Math.exp(x - top));
  const total = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / total);
}
