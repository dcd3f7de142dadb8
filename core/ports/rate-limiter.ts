/** One key and the events it may have inside the window. */
export interface RateLimitKey {
  readonly key: string;
  readonly limit: number;
}

export interface RateLimitResult {
  readonly allowed: boolean;
  /** 0 when allowed; else how long until the key that waits longest has room again (at least 1 ms). */
  readonly retryAfterMs: number;
}

/**
 * The one sliding-window limiter of the program (messages per resident, web chat sessions per address, admin
 * logins): an event at time t counts while now - t < windowMs, and a refused hit is not recorded, so a caller that
 * keeps knocking gets in again as soon as its oldest event leaves the window. store/memory-rate-limiter.ts serves one
 * instance; store/redis/redis-rate-limiter.ts shares the counts between instances.
 */
export interface RateLimiter {
  /** Records one event for `key` when fewer than `limit` fell within the last `windowMs`. */
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
  /**
   * Checks and records in one atomic step: when every key has room, one event is recorded on each; when one has
   * none, nothing is recorded. So attempts sent all at once cannot all pass the check before any is counted.
   */
  hitAll(keys: readonly RateLimitKey[], windowMs: number): Promise<RateLimitResult>;
  /** Forgets these keys' events (a successful login forgives its failures). */
  reset(keys: readonly string[]): Promise<void>;
}
