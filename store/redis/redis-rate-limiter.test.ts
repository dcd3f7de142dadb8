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
    for (let i = 0; i < 3; i++) expect(await one.hit('seq', 3, 10_000)).toEqual({ allowed: true, retryAfterMs: 0 });
    const refused = await one.hit('seq', 3, 10_000);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterMs).toBeGreaterThan(9_000);
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
    await one.hit('slide', 2, 300);
    await sleep(100);
    await two.hit('slide', 2, 300);
    const refused = await one.hit('slide', 2, 300);
    expect(refused.allowed).toBe(false);
    // The first event leaves about 200 ms from now.
    expect(refused.retryAfterMs).toBeGreaterThan(100);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(200);
    await sleep(refused.retryAfterMs + 10);
    expect((await two.hit('slide', 2, 300)).allowed).toBe(true);
    // The second event is still inside its window.
    expect((await one.hit('slide', 2, 300)).allowed).toBe(false);
  });

  it('the key expires with its window, leaving nothing behind', async () => {
    await one.hit('expiring', 5, 100);
    expect(await a.exists(`${prefix}expiring`)).toBe(1);
    await sleep(150);
    expect(await a.exists(`${prefix}expiring`)).toBe(0);
  });

  it('rejects a limit below one', async () => {
    await expect(one.hit('bad', 0, 1000)).rejects.toThrow(RangeError);
  });
});
