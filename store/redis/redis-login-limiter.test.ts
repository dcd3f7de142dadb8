import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisLoginLimiter } from './redis-login-limiter.js';
import { deleteKeys, redisReachable, TEST_REDIS_HOST, testKeyPrefix, testRedis } from './redis-test-server.js';

const reachable = await redisReachable();
const suffix = reachable ? '' : ` (SKIPPED: Redis at ${TEST_REDIS_HOST} unreachable)`;

describe.skipIf(!reachable)(`RedisLoginLimiter${suffix}`, () => {
  const a = testRedis();
  const b = testRedis();
  const prefix = testKeyPrefix();
  // Two instances on their own connections, with a window no pause of a busy machine comes near.
  const one = new RedisLoginLimiter(a, { prefix, maxFailures: 3, windowMs: 60_000 });
  const two = new RedisLoginLimiter(b, { prefix, maxFailures: 3, windowMs: 60_000 });

  beforeAll(async () => { await Promise.all([a.connect(), b.connect()]); });
  afterAll(async () => {
    await deleteKeys(a, [prefix]);
    await Promise.all([a.quit(), b.quit()]);
  });

  it('instances share one count: attempts spread over both block the key on both', async () => {
    expect(await one.attempt(['user:a'])).toBe(0);
    expect(await two.attempt(['user:a'])).toBe(0);
    expect(await one.attempt(['user:a'])).toBe(0);
    expect(await two.attempt(['user:a'])).toBe(60);
    expect(await one.attempt(['ip:9', 'user:a'])).toBe(60);
    // The refused attempt counted nothing on ip:9.
    expect(await two.attempt(['ip:9'])).toBe(0);
  });

  it('lets through exactly the budget of attempts sent all at once over both instances', async () => {
    const waits = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).attempt(['ip:burst', 'user:burst'])));
    expect(waits.filter((w) => w === 0)).toHaveLength(3);
  });

  it('lets the key in again once its attempts aged out, and the set expires with them', async () => {
    // A short window, so the test can watch attempts age out; waited for, not guessed.
    const short = [new RedisLoginLimiter(a, { prefix, maxFailures: 3, windowMs: 1000 }), new RedisLoginLimiter(b, { prefix, maxFailures: 3, windowMs: 1000 })];
    const started = Date.now();
    for (let i = 0; i < 3; i++) await short[0]!.attempt(['user:slide']);
    const refused = await short[1]!.attempt(['user:slide']);
    // Refused unless this machine took the whole window over four commands (then the first attempt has aged out).
    if (Date.now() - started < 1000) expect(refused).toBe(1);
    await expect.poll(() => a.exists(`${prefix}user:slide`), { timeout: 10_000 }).toBe(0);
    expect(await short[1]!.attempt(['user:slide'])).toBe(0);
  });

  it('a success on one instance forgets the keys for all', async () => {
    for (let i = 0; i < 3; i++) await two.attempt(['ip:1', 'user:c']);
    await one.succeed(['user:c']);
    expect(await two.attempt(['user:c'])).toBe(0);
    expect(await two.attempt(['ip:1'])).toBe(60);
  });
});
