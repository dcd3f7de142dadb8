import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisLoginLimiter } from './redis-login-limiter.js';
import { deleteKeys, redisReachable, TEST_REDIS_HOST, testKeyPrefix, testRedis } from './redis-test-server.js';

const reachable = await redisReachable();
const suffix = reachable ? '' : ` (SKIPPED: Redis at ${TEST_REDIS_HOST} unreachable)`;

describe.skipIf(!reachable)(`RedisLoginLimiter${suffix}`, () => {
  const a = testRedis();
  const b = testRedis();
  const prefix = testKeyPrefix();
  // Two instances on their own connections; short windows so the test can watch attempts age out.
  const one = new RedisLoginLimiter(a, { prefix, maxFailures: 3, windowMs: 400 });
  const two = new RedisLoginLimiter(b, { prefix, maxFailures: 3, windowMs: 400 });

  beforeAll(async () => { await Promise.all([a.connect(), b.connect()]); });
  afterAll(async () => {
    await deleteKeys(a, [prefix]);
    await Promise.all([a.quit(), b.quit()]);
  });

  it('instances share one count: attempts spread over both block the key on both', async () => {
    expect(await one.attempt(['user:a'])).toBe(0);
    expect(await two.attempt(['user:a'])).toBe(0);
    expect(await one.attempt(['user:a'])).toBe(0);
    expect(await two.attempt(['user:a'])).toBe(1);
    expect(await one.attempt(['ip:9', 'user:a'])).toBe(1);
    // The refused attempt counted nothing on ip:9.
    expect(await two.attempt(['ip:9'])).toBe(0);
  });

  it('lets through exactly the budget of attempts sent all at once over both instances', async () => {
    const waits = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).attempt(['ip:burst', 'user:burst'])));
    expect(waits.filter((w) => w === 0)).toHaveLength(3);
  });

  it('lets the key in again once its attempts aged out, and the set expires with them', async () => {
    for (let i = 0; i < 3; i++) await one.attempt(['user:slide']);
    expect(await two.attempt(['user:slide'])).toBe(1);
    await sleep(450);
    expect(await a.exists(`${prefix}user:slide`)).toBe(0);
    expect(await two.attempt(['user:slide'])).toBe(0);
  });

  it('a success on one instance forgets the keys for all', async () => {
    for (let i = 0; i < 3; i++) await two.attempt(['ip:1', 'user:c']);
    await one.succeed(['user:c']);
    expect(await two.attempt(['user:c'])).toBe(0);
    expect(await two.attempt(['ip:1'])).toBe(1);
  });
});
