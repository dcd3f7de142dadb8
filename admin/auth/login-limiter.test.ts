import { beforeEach, describe, expect, it } from 'vitest';
import { loginLockoutContract } from './login-limiter.contract.js';
import { MemoryRateLimiter } from '../../store/memory-rate-limiter.js';
import { LoginLimiter, loginKeys } from './login-limiter.js';

const k = (key: string) => ({ key, max: 3 });

describe('LoginLimiter on the memory RateLimiter', () => {
  const setup = () => {
    let now = 1_000_000;
    const limiter = new LoginLimiter(new MemoryRateLimiter(() => now), 60_000);
    return { limiter, advance: (ms: number) => void (now += ms) };
  };

  it('counts each attempt and refuses a key after its budget inside the window, until the oldest ages out', async () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < 3; i++) {
      expect(await limiter.attempt([k('user:a')])).toBe(0);
      advance(10_000);
    }
    // Attempts at 0, 10 and 20 s; now 30 s: the first leaves at 60 s. A refused attempt is not counted.
    expect(await limiter.attempt([k('user:a')])).toBe(30);
    expect(await limiter.attempt([k('user:b')])).toBe(0);
    advance(30_000);
    expect(await limiter.attempt([k('user:a')])).toBe(0);
    expect(await limiter.attempt([k('user:a')])).toBe(10);
  });

  it('answers with the longest wait of the keys, counts nothing when refused, and a success forgets its keys', async () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < 3; i++) await limiter.attempt([k('ip:1'), k('user:a')]);
    advance(5_000);
    expect(await limiter.attempt([k('ip:2'), k('user:a')])).toBe(55);
    // ip:2 was not counted by the refused attempt.
    expect(await limiter.attempt([k('ip:2')])).toBe(0);
    await limiter.succeed(['user:a']);
    expect(await limiter.attempt([k('user:a')])).toBe(0);
    expect(await limiter.attempt([k('ip:1')])).toBe(55);
  });

  it('keys an IPv6 guesser by its /64, so a new address for every guess shares one budget', () => {
    expect(loginKeys('Admin', '2001:db8:1:2::1')).toEqual(loginKeys('admin', '2001:db8:1:2:ffff:1:2:3'));
    expect(loginKeys('admin', '2001:db8:1:2::1').address.key).toBe('ip:2001:db8:1:2::/64');
    expect(loginKeys('admin', '2001:db8:1:3::1')).not.toEqual(loginKeys('admin', '2001:db8:1:2::1'));
    expect(loginKeys('admin', '::ffff:203.0.113.7').pair.key).toBe('user-ip:admin|203.0.113.7');
  });

  it('gives each key its own budget', async () => {
    const { limiter } = setup();
    for (let i = 0; i < 3; i++) expect(await limiter.attempt([{ key: 'small', max: 3 }, { key: 'large', max: 5 }])).toBe(0);
    expect(await limiter.attempt([{ key: 'small', max: 3 }])).toBeGreaterThan(0);
    expect(await limiter.attempt([{ key: 'large', max: 5 }])).toBe(0);
    expect(await limiter.attempt([{ key: 'large', max: 5 }])).toBe(0);
    expect(await limiter.attempt([{ key: 'large', max: 5 }])).toBeGreaterThan(0);
  });

  describe('lockout', () => {
    let limiter = new LoginLimiter(new MemoryRateLimiter());
    beforeEach(() => { limiter = new LoginLimiter(new MemoryRateLimiter()); });
    loginLockoutContract(() => limiter);
  });
});
