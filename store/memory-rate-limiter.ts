import { checkLimits } from '../core/ports/check-limits.js';
import type { RateLimiter, RateLimitKey, RateLimitResult } from '../core/ports/rate-limiter.js';

interface Window {
  /** Times of the allowed events still inside the window, oldest first. */
  readonly times: number[];
  windowMs: number;
}

/**
 * Sliding-window log in process memory: enough for one instance (RedisRateLimiter shares the count between several).
 * A restart forgives every count, which is acceptable for one instance.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, Window>();
  private hits = 0;

  constructor(private readonly now: () => number = Date.now) {}

  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    return this.hitAll([{ key, limit }], windowMs);
  }

  async hitAll(keys: readonly RateLimitKey[], windowMs: number): Promise<RateLimitResult> {
    checkLimits(keys, windowMs);
    const at = this.now();
    if (++this.hits % 1000 === 0) this.sweep(at);
    let wait = 0;
    for (const { key, limit } of keys) {
      const times = this.recent(key, at, windowMs);
      // The oldest events that must leave before one more fits: times.length - limit + 1 of them.
      if (times.length >= limit) wait = Math.max(wait, Math.ceil((times[times.length - limit] as number) + windowMs - at));
    }
    if (wait > 0) return { allowed: false, retryAfterMs: Math.max(1, wait) };
    for (const { key } of keys) {
      const window = this.windows.get(key) ?? { times: [], windowMs };
      window.windowMs = windowMs;
      window.times.push(at);
      this.windows.set(key, window);
    }
    return { allowed: true, retryAfterMs: 0 };
  }

  async reset(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.windows.delete(key);
  }

  /** The key's event times inside the window, older ones dropped. */
  private recent(key: string, at: number, windowMs: number): readonly number[] {
    const times = this.windows.get(key)?.times ?? [];
    while (times.length > 0 && (times[0] as number) <= at - windowMs) times.shift();
    return times;
  }

  /** Forgets keys with no event inside their window, so one-off callers do not pile up. */
  private sweep(at: number): void {
    for (const [key, w] of this.windows) {
      const last = w.times[w.times.length - 1];
      if (last === undefined || last <= at - w.windowMs) this.windows.delete(key);
    }
  }
}
