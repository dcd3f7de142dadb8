/** Counts events per key in a time window; shared across instances when backed by Redis. */
export interface RateLimiter {
  /** Records one event for `key`; allowed is false once `limit` events fell within the last `windowMs`. */
  hit(key: string, limit: number, windowMs: number): Promise<{ readonly allowed: boolean; readonly retryAfterMs: number }>;
}
