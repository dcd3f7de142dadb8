import { clientAddressKey } from '../../core/client-address.js';
import type { RateLimiter } from '../../core/ports/rate-limiter.js';

/**
 * Admin login attempts counted per key, each key with its own budget: a key with `max` attempts inside `windowMs` is
 * refused until the oldest of them ages out; a successful login forgets the keys it names. An attempt is counted as it
 * starts, in the same step as the check, so guesses sent all at once cannot all pass the check before any is counted.
 * Behind a load balancer the count must be shared (a RedisRateLimiter), or each instance would give its own budget.
 */
export interface LoginKey {
  readonly key: string;
  /** Attempts this key may make inside the window. */
  readonly max: number;
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
export function loginKeys(username: string, ip: string): { pair: LoginKey; address: LoginKey } {
  // Case-folded, so Admin/admin share one budget of failures. An IPv6 address counts by its /64 (clientAddressKey):
  // one subscriber holds the whole /64, and a new address for every guess would otherwise reset both budgets.
  const address = clientAddressKey(ip);
  return { pair: { key: `user-ip:${username.toLowerCase()}|${address}`, max: LOGIN_MAX_FAILURES },
    address: { key: `ip:${address}`, max: LOGIN_MAX_PER_ADDRESS } };
}

/**
 * The login lockout on the program's one RateLimiter: every key of an attempt is counted in one atomic step, or none
 * when one is blocked. Keys are put under "login:" so they never meet the message limiter's.
 */
export class LoginLimiter {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly windowMs: number = LOGIN_WINDOW_MS,
  ) {}

  /** Counts an attempt on every key and returns 0, or, when a key is blocked, counts nothing and returns the seconds to wait. */
  async attempt(keys: readonly LoginKey[]): Promise<number> {
    const { allowed, retryAfterMs } = await this.limiter.hitAll(keys.map((k) => ({ key: `login:${k.key}`, limit: k.max })), this.windowMs);
    return allowed ? 0 : Math.ceil(retryAfterMs / 1000);
  }

  /** The attempt succeeded: forgets these keys' attempts. */
  succeed(keys: readonly string[]): Promise<void> {
    return this.limiter.reset(keys.map((k) => `login:${k}`));
  }
}
