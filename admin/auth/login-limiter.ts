/**
 * Admin login attempts counted per key (an IP, a username): a key with `maxFailures` attempts inside `windowMs` is
 * refused until the oldest of them ages out; a successful login forgets its keys. An attempt is counted as it starts,
 * in the same step as the check, so guesses sent all at once cannot all pass the check before any is counted. Behind
 * a load balancer the count must be shared (RedisLoginLimiter), or each instance would give its own budget.
 */
export interface LoginLimiter {
  /** Counts an attempt on every key and returns 0, or, when a key is blocked, counts nothing and returns the seconds to wait. */
  attempt(keys: readonly string[]): Promise<number>;
  /** The attempt succeeded: forgets the keys' attempts. */
  succeed(keys: readonly string[]): Promise<void>;
}

export interface LoginLimiterOptions {
  readonly maxFailures?: number;
  readonly windowMs?: number;
  readonly now?: () => number;
}

export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MS = 15 * 60_000;

/** In process memory: one instance (a restart forgives, which is acceptable for a small team tool). */
export class MemoryLoginLimiter implements LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly max: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(options: LoginLimiterOptions = {}) {
    this.max = options.maxFailures ?? LOGIN_MAX_FAILURES;
    this.windowMs = options.windowMs ?? LOGIN_WINDOW_MS;
    this.now = options.now ?? Date.now;
  }

  async attempt(keys: readonly string[]): Promise<number> {
    let wait = 0;
    for (const key of keys) {
      const recent = this.recent(key);
      if (recent.length >= this.max) wait = Math.max(wait, recent[recent.length - this.max]! + this.windowMs - this.now());
    }
    if (wait > 0) return Math.ceil(wait / 1000);
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
    // Bound memory under a spray of usernames: drop keys whose failures all aged out.
    if (this.failures.size > 10_000) for (const k of [...this.failures.keys()]) if (this.recent(k).length === 0) this.failures.delete(k);
    return 0;
  }

  async succeed(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > cutoff);
  }
}
