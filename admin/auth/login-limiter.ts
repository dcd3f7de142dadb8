/**
 * Counts failed logins per IP and per username in memory (a restart forgives, which is acceptable for a small team
 * tool). A key with `maxFailures` failures inside `windowMs` is blocked until the oldest failure ages out.
 */
export interface LoginLimiterOptions {
  readonly maxFailures?: number;
  readonly windowMs?: number;
  readonly now?: () => number;
}

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly max: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(options: LoginLimiterOptions = {}) {
    this.max = options.maxFailures ?? 5;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Seconds until the first of the keys may try again, or 0 when none is blocked. */
  retryAfterSeconds(keys: readonly string[]): number {
    let wait = 0;
    for (const key of keys) {
      const recent = this.recent(key);
      if (recent.length >= this.max) wait = Math.max(wait, recent[recent.length - this.max]! + this.windowMs - this.now());
    }
    return wait > 0 ? Math.ceil(wait / 1000) : 0;
  }

  fail(keys: readonly string[]): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
    // Bound memory under a spray of usernames: drop keys whose failures all aged out.
    if (this.failures.size > 10_000) for (const k of [...this.failures.keys()]) if (this.recent(k).length === 0) this.failures.delete(k);
  }

  succeed(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > cutoff);
  }
}
