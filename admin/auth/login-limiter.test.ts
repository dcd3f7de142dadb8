import { describe, expect, it } from 'vitest';
import { MemoryLoginLimiter } from './login-limiter.js';

describe('MemoryLoginLimiter', () => {
  const setup = () => {
    let now = 1_000_000;
    const limiter = new MemoryLoginLimiter({ maxFailures: 3, windowMs: 60_000, now: () => now });
    return { limiter, advance: (ms: number) => void (now += ms) };
  };

  it('blocks a key after maxFailures failures inside the window, until the oldest ages out', async () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < 3; i++) {
      expect(await limiter.retryAfterSeconds(['user:a'])).toBe(0);
      await limiter.fail(['user:a']);
      advance(10_000);
    }
    // Failures at 0, 10 and 20 s; now 30 s: the first leaves at 60 s.
    expect(await limiter.retryAfterSeconds(['user:a'])).toBe(30);
    expect(await limiter.retryAfterSeconds(['user:b'])).toBe(0);
    advance(30_000);
    expect(await limiter.retryAfterSeconds(['user:a'])).toBe(0);
  });

  it('answers with the longest wait of the keys, and a success forgets them', async () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < 3; i++) await limiter.fail(['ip:1', 'user:a']);
    advance(5_000);
    await limiter.fail(['ip:1']);
    expect(await limiter.retryAfterSeconds(['ip:2', 'user:a'])).toBe(55);
    await limiter.succeed(['user:a']);
    expect(await limiter.retryAfterSeconds(['user:a'])).toBe(0);
    expect(await limiter.retryAfterSeconds(['ip:1'])).toBe(55);
  });
});
