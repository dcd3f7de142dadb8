import { checkLimits } from '../../core/ports/check-limits.js';
import type { RateLimiter } from '../../core/ports/rate-limiter.js';

interface Window {
  /** Times of the allowed events still inside the window, oldest first. */
  readonly times: number[];
  windowMs: number;
}

/**
 * Sliding-window log in process memory: enough for one instance (RedisRateLimiter shares the count between several).
 * An event at time t counts while now - t < windowMs. Refused hits are not recorded, so a client that keeps knocking
 * is let in again as soon as its oldest allowed event leaves the window, not locked out for ever.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, Window>();
  private hits = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, limit: number, windowMs: number): Promise<{ readonly allowed: boolean; readonly retryAfterMs: number }> {
    checkLimits(limit, windowMs);
    const at = this.now();
    if (++this.hits % 1000 === 0) this.sweep(at);
    const window = this.windows.get(key) ?? { times: [], windowMs };
    window.windowMs = windowMs;
    const times = window.times;
    while (times.length > 0 && (times[0] as number) <= at - windowMs) times.shift();
    if (times.length >= limit) {
      // The oldest events that must leave before one more fits: times.length - limit + 1 of them.
      const freeing = times[times.length - limit] as number;
      return { allowed: false, retryAfterMs: Math.max(1, Math.ceil(freeing + windowMs - at)) };
    }
    times.push(at);
    this.windows.set(key, window);
    return { allowed: true, retryAfterMs: 0 };
  }

  /** Forgets keys with no event inside their window, so one-off callers do not pile up. */
  private sweep(at: number): void {
    for (const [key, w] of this.windows) {
      const last = w.times[w.times.length - 1];
      if (last === undefined || last <= at - w.windowMs) this.windows.delete(key);
    }
  }
}
