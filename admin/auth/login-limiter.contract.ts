import { expect, it } from 'vitest';
import { LOGIN_MAX_FAILURES, LOGIN_MAX_PER_ADDRESS, loginKeys, type LoginLimiter } from './login-limiter.js';

const attempt = (limiter: LoginLimiter, user: string, address: string) => {
  const k = loginKeys(user, address);
  return limiter.attempt([k.pair, k.address]);
};

/** The lockout the login service relies on, with the real keys and budgets; run on every LoginLimiter. */
export function loginLockoutContract(limiter: () => LoginLimiter): void {
  it('wrong passwords lock the (account, address) pair only: the same account from another address still gets in', async () => {
    const [admin, a, b] = [`admin`, '203.0.113.1', '203.0.113.2'];
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) expect(await attempt(limiter(), admin, a)).toBe(0);
    expect(await attempt(limiter(), admin, a)).toBeGreaterThan(0);
    expect(await attempt(limiter(), admin.toUpperCase(), a)).toBeGreaterThan(0);
    expect(await attempt(limiter(), admin, b)).toBe(0);
    // Another account from the locked pair's address is not locked by it.
    expect(await attempt(limiter(), `volunteer`, a)).toBe(0);
  });

  it('an address spraying account names waits after its own budget, for every account; a success does not reset it', async () => {
    const address = '198.51.100.7';
    for (let i = 0; i < LOGIN_MAX_PER_ADDRESS - 1; i++) expect(await attempt(limiter(), `guess-${i}`, address)).toBe(0);
    const mine = loginKeys(`own-account`, address);
    expect(await limiter().attempt([mine.pair, mine.address])).toBe(0);
    await limiter().succeed([mine.pair.key]);
    expect(await attempt(limiter(), `admin`, address)).toBeGreaterThan(0);
    expect(await attempt(limiter(), `admin`, '198.51.100.8')).toBe(0);
  });
}
