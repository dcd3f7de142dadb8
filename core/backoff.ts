export interface BackoffOptions {
  /** The first retry's delay, doubled for each retry after it. */
  readonly baseMs: number;
  /** No delay is longer than this. */
  readonly maxMs: number;
  /**
   * A source of numbers in [0, 1) for "equal jitter": the delay is at least half the exponential one, the rest drawn
   * at random, so many clients failing together do not retry in step. Without it the delay is exact.
   */
  readonly random?: () => number;
}

/** The delay in whole ms before retry number `retry` (0 for the first): the program's one backoff. */
export function backoffDelay(retry: number, options: BackoffOptions): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** retry);
  if (!options.random) return Math.round(ceiling);
  return Math.round(ceiling / 2 + (options.random() * ceiling) / 2);
}
