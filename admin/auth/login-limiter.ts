/**
 * Admin login attempts counted per key, each key with its own budget: a key with `max` attempts inside `windowMs` is
 * refused until the oldest of them ages out; a successful login forgets the keys it names. An attempt is counted as it
 * starts, in the same step as the check, so guesses sent all at once cannot all pass the check before any is counted.
 * Behind a load balancer the count must be shared (RedisLoginLimiter), or each instance would give its own budget.
 */
export interface LoginKey {
  readonly key: string;
  /** Attempts this key may make inside the window. */
  readonly max: number;
}

export interface LoginLimiter {
  /** Counts an attempt on every key and returns 0, or, when a key is blocked, counts nothing and returns the seconds to wait. */
  attempt(keys: readonly LoginKey[]): Promise<number>;
  /** The attempt succeeded: forgets these keys' attempts. */
  succeed(keys: readonly string[]): Promise<void>;
}

export interface LoginLimiterOptions {
  readonly windowMs?: number;
  readonly now?: () => number;
}

/** Wrong passwords for one account from one address before that pair waits. */
export const LOGIN_MAX_FAILURES = 5;
/**
 * Attempts from one address, whatever the account, before it waits: a guesser spraying account names. Higher than
 * the pair's budget, as an office behind one address has several people who mistype.
 */
export const LOGIN_MAX_PER_ADDRESS = 20;
export const LOGIN_WINDOW_MS = 15 * 60_000;

/**
 * The keys of one attempt: the (account, address) pair and the address. No key counts an account alone: five wrong
 * passwords from anywhere would then lock the real admin out everywhere (a denial of service), while the right
 * password from another address must still work.
 */
export function loginKeys(username: string, address: string): { pair: LoginKey; address: LoginKey } {
  // Case-folded, so Admin/admin share one budget of failures.
  return { pair: { key: `user-ip:${username.toLowerCase()}|${address}`, max: LOGIN_MAX_FAILURES },
    address: { key: `ip:${address}`, max: LOGIN_MAX_PER_ADDRESS } };
}

/** In process memory: one instance (a restart forgives, which is acceptable for a small team tool). */
export class MemoryLoginLimiter implements LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(options: LoginLimiterOptions = {}) {
    this.windowMs = options.windowMs ?? LOGIN_WINDOW_MS;
    this.now = options.now ?? Date.now;
  }

  async attempt(keys: readonly LoginKey[]): Promise<number> {
    let wait = 0;
    for (const { key, max } of keys) {
      const recent = this.recent(key);
      if (recent.length >= max) wait = Math.max(wait, recent[recent.length - max]! + this.windowMs - this.now());
    }
    if (wait > 0) return Math.ceil(wait / 1000);
    for (const { key } of keys) this.failures.set(key, [...this.recent(key), this.now()]);
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
