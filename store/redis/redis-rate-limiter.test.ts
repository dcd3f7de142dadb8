import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisRateLimiter } from './redis-rate-limiter.js';
import { deleteKeys, redisReachable, TEST_REDIS_HOST, testKeyPrefix, testRedis } from './redis-test-server.js';

const reachable = await redisReachable();
const suffix = reachable ? '' : ` (SKIPPED: Redis at ${TEST_REDIS_HOST} unreachable)`;

describe.skipIf(!reachable)(`RedisRateLimiter${suffix}`, () => {
  const a = testRedis();
  const b = testRedis();
  const prefix = testKeyPrefix();
  const one = new RedisRateLimiter(a, { prefix });
  const two = new RedisRateLimiter(b, { prefix });

  beforeAll(async () => { await Promise.all([a.connect(), b.connect()]); });
  afterAll(async () => {
    await deleteKeys(a, [prefix]);
    await Promise.all([a.quit(), b.quit()]);
  });

  it('allows up to the limit, then refuses with the time until a slot frees', async () => {
    const started = Date.now();
    for (let i = 0; i < 3; i++) expect(await one.hit('seq', 3, 10_000)).toEqual({ allowed: true, retryAfterMs: 0 });
    const refused = await one.hit('seq', 3, 10_000);
    const elapsed = Date.now() - started;
    expect(refused.allowed).toBe(false);
    // The first hit frees its slot a window after it was counted: whatever this machine's pace, no earlier and no later.
    expect(refused.retryAfterMs).toBeGreaterThanOrEqual(10_000 - elapsed - 1);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(10_000);
  });

  it('two instances on separate connections share one count, even when hitting at once', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? one : two).hit('shared', 10, 10_000)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.filter((r) => !r.allowed).every((r) => r.retryAfterMs > 0)).toBe(true);
    expect((await one.hit('shared', 10, 10_000)).allowed).toBe(false);
    expect((await two.hit('shared', 10, 10_000)).allowed).toBe(false);
  });

  it('counts keys apart', async () => {
    expect((await one.hit('k1', 1, 10_000)).allowed).toBe(true);
    expect((await one.hit('k1', 1, 10_000)).allowed).toBe(false);
    expect((await two.hit('k2', 1, 10_000)).allowed).toBe(true);
  });

  it('lets the caller in again once retryAfterMs has passed, not before', async () => {
    // The window is long next to a busy machine's pauses; the times asserted are measured, not assumed.
    const window = 2000;
    const t0 = Date.now();
    await one.hit('slide', 2, window);
    await sleep(500);
    const t1 = Date.now();
    await two.hit('slide', 2, window);
    const refused = await one.hit('slide', 2, window);
    const t2 = Date.now();
    expect(refused.allowed).toBe(false);
    // The first event leaves a window after it was counted (between t0 and t1), measured from the refusal (before t2).
    expect(refused.retryAfterMs).toBeGreaterThanOrEqual(t0 + window - t2 - 1);
    // And it was counted before the 500 ms pause (before t1 - 500), while the refusal came after t1.
    expect(refused.retryAfterMs).toBeLessThanOrEqual(window - 500 + 1);
    await sleep(refused.retryAfterMs + 10);
    expect((await two.hit('slide', 2, window)).allowed).toBe(true);
    // The second event (counted after t1) is still inside its window, if this machine got here within it.
    const again = await one.hit('slide', 2, window);
    if (Date.now() - t1 < window) expect(again.allowed).toBe(false);
  });

  it('the key expires with its window, leaving nothing behind', async () => {
    await one.hit('expiring', 5, 60_000);
    // Set to expire with its window, and gone once that passed.
    expect(await a.pttl(`${prefix}expiring`)).toBeGreaterThan(0);
    expect(await a.pttl(`${prefix}expiring`)).toBeLessThanOrEqual(60_000);
    await one.hit('expiring-soon', 5, 100);
    await expect.poll(() => a.exists(`${prefix}expiring-soon`), { timeout: 10_000 }).toBe(0);
  });

  it('rejects a limit below one', async () => {
    await expect(one.hit('bad', 0, 1000)).rejects.toThrow(RangeError);
  });
});
