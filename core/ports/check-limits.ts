import type { RateLimitKey } from './rate-limiter.js';

/** Shared by the RateLimiter implementations: a limit below one or a non-positive window is a caller's mistake. */
export function checkLimits(keys: readonly RateLimitKey[], windowMs: number): void {
  for (const { limit } of keys) if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`rate limit must be a positive integer, got ${limit}`);
  if (!Number.isFinite(windowMs) || windowMs <= 0) throw new RangeError(`rate window must be a positive number of ms, got ${windowMs}`);
}
