import { describe, expect, it } from 'vitest';
import { MemoryLoginLimiter } from './login-limiter.js';

describe('MemoryLoginLimiter', () => {
  const setup = () => {
    let now = 1_000_000;
    const limiter = new MemoryLoginLimiter({ maxFailures: 3, windowMs: 60_000, now: () => now });
    return { limiter, advance: (ms: number) => void (now += ms) };
  };

  it('counts each attempt and refuses a key after maxFailures inside the window, until the oldest ages out', async () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < 3; i++) {
      expect(await limiter.attempt(['user:a'])).toBe(0);
      advance(10_000);
    }
    // Attempts at 0, 10 and 20 s; now 30 s: the first leaves at 60 s. A refused attempt is not counted.
    expect(await limiter.attempt(['user:a'])).toBe(30);
    expect(await limiter.attempt(['user:b'])).toBe(0);
    advance(30_000);
    expect(await limiter.attempt(['user:a'])).toBe(0);
    expect(await limiter.attempt(['user:a'])).toBe(10);
  });

  it('answers with the longest wait of the keys, counts nothing when refused, and a success forgets its keys', async () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < 3; i++) await limiter.attempt(['ip:1', 'user:a']);
    advance(5_000);
    expect(await limiter.attempt(['ip:2', 'user:a'])).toBe(55);
    // ip:2 was not counted by the refused attempt.
    expect(await limiter.attempt(['ip:2'])).toBe(0);
    await limiter.succeed(['user:a']);
    expect(await limiter.attempt(['user:a'])).toBe(0);
    expect(await limiter.attempt(['ip:1'])).toBe(55);
  });
});
