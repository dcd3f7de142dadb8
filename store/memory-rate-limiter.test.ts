import { describe, expect, it } from 'vitest';
import { MemoryRateLimiter } from './memory-rate-limiter.js';

type Step = readonly [at: number, key: string, allowed: boolean, retryAfterMs: number];

/** A limiter on a hand-moved clock. */
function limiterAt(): { limiter: MemoryRateLimiter; setNow: (t: number) => void } {
  let now = 0;
  return { limiter: new MemoryRateLimiter(() => now), setNow: (t) => { now = t; } };
}

describe('MemoryRateLimiter', () => {
  // limit 3 per 1000 ms; each row: clock, key, expected allowed, expected retryAfterMs.
  const cases: ReadonlyArray<readonly [string, readonly Step[]]> = [
    ['allows up to the limit, then refuses until the oldest event leaves', [
      [0, 'a', true, 0], [100, 'a', true, 0], [200, 'a', true, 0],
      [300, 'a', false, 700], [999, 'a', false, 1], [1000, 'a', true, 0], [1050, 'a', false, 50],
    ]],
    ['counts keys apart', [
      [0, 'a', true, 0], [0, 'a', true, 0], [0, 'a', true, 0], [0, 'a', false, 1000], [0, 'b', true, 0],
    ]],
    ['slides: a burst at the end of one window still counts at the start of the next', [
      [900, 'a', true, 0], [950, 'a', true, 0], [990, 'a', true, 0], [1100, 'a', false, 800], [1900, 'a', true, 0],
    ]],
    ['refused hits are not recorded', [
      [0, 'a', true, 0], [0, 'a', true, 0], [0, 'a', true, 0],
      [500, 'a', false, 500], [600, 'a', false, 400], [1000, 'a', true, 0], [1000, 'a', true, 0], [1000, 'a', true, 0],
    ]],
    ['everything is free again after a quiet window', [
      [0, 'a', true, 0], [0, 'a', true, 0], [0, 'a', true, 0], [5000, 'a', true, 0], [5000, 'a', true, 0],
    ]],
  ];

  it.each(cases)('%s', async (_name, steps) => {
    const { limiter, setNow } = limiterAt();
    for (const [at, key, allowed, retryAfterMs] of steps) {
      setNow(at);
      expect({ at, ...(await limiter.hit(key, 3, 1000)) }).toEqual({ at, allowed, retryAfterMs });
    }
  });

  it('a smaller limit on a key with more events waits for enough of them to leave', async () => {
    const { limiter, setNow } = limiterAt();
    for (const t of [0, 100, 200]) { setNow(t); await limiter.hit('a', 3, 1000); }
    setNow(300);
    // Two of the three must leave before a limit of 2 admits one more: the second leaves at 1100.
    expect(await limiter.hit('a', 2, 1000)).toEqual({ allowed: false, retryAfterMs: 800 });
  });

  it('forgets idle keys without changing answers', async () => {
    const { limiter, setNow } = limiterAt();
    for (let i = 0; i < 2500; i++) { setNow(i * 10); await limiter.hit(`k${i}`, 1, 50); }
    setNow(25_000);
    expect(await limiter.hit('k0', 1, 50)).toEqual({ allowed: true, retryAfterMs: 0 });
    expect(await limiter.hit('k0', 1, 50)).toEqual({ allowed: false, retryAfterMs: 50 });
  });

  it('hitAll counts on every key or on none, and waits for the key that frees last; reset forgets keys', async () => {
    const { limiter, setNow } = limiterAt();
    const both = [{ key: 'pair', limit: 2 }, { key: 'address', limit: 3 }];
    expect(await limiter.hitAll(both, 1000)).toEqual({ allowed: true, retryAfterMs: 0 });
    setNow(100);
    expect(await limiter.hitAll(both, 1000)).toEqual({ allowed: true, retryAfterMs: 0 });
    setNow(200);
    expect(await limiter.hitAll(both, 1000)).toEqual({ allowed: false, retryAfterMs: 800 });
    // The refused attempt recorded nothing on the address: it still has one event of room.
    expect(await limiter.hit('address', 3, 1000)).toEqual({ allowed: true, retryAfterMs: 0 });
    await limiter.reset(['pair']);
    expect(await limiter.hit('pair', 2, 1000)).toEqual({ allowed: true, retryAfterMs: 0 });
    expect(await limiter.hit('address', 3, 1000)).toEqual({ allowed: false, retryAfterMs: 800 });
  });

  it.each([[0, 1000], [1.5, 1000], [3, 0], [3, Number.NaN]])('rejects limit %s, window %s', async (limit, windowMs) => {
    await expect(new MemoryRateLimiter().hit('a', limit, windowMs)).rejects.toThrow(RangeError);
  });
});
