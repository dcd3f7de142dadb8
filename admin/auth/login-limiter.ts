/**
 * Failed admin logins counted per key (an IP, a username): a key with `maxFailures` failures inside `windowMs` is
 * refused until the oldest of them ages out; a successful login forgets its keys. Behind a load balancer the count
 * must be shared (RedisLoginLimiter), or each instance would give an attacker its own budget of guesses.
 */
export interface LoginLimiter {
  /** Seconds until the first of the keys may try again, or 0 when none is blocked. */
  retryAfterSeconds(keys: readonly string[]): Promise<number>;
  fail(keys: readonly string[]): Promise<void>;
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

  async retryAfterSeconds(keys: readonly string[]): Promise<number> {
    let wait = 0;
    for (const key of keys) {
      const recent = this.recent(key);
      if (recent.length >= this.max) wait = Math.max(wait, recent[recent.length - this.max]! + this.windowMs - this.now());
    }
    return wait > 0 ? Math.ceil(wait / 1000) : 0;
  }

  async fail(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
    // Bound memory under a spray of usernames: drop keys whose failures all aged out.
    if (this.failures.size > 10_000) for (const k of [...this.failures.keys()]) if (this.recent(k).length === 0) this.failures.delete(k);
  }

  async succeed(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > cutoff);
  }
}
