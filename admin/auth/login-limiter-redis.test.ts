import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RedisRateLimiter } from '../../store/redis/redis-rate-limiter.js';
import { deleteKeys, redisReachable, TEST_REDIS_HOST, testKeyPrefix, testRedis } from '../../store/redis/redis-test-server.js';
import { loginLockoutContract } from './login-limiter.contract.js';
import { LoginLimiter } from './login-limiter.js';

const reachable = await redisReachable();
const suffix = reachable ? '' : ` (SKIPPED: Redis at ${TEST_REDIS_HOST} unreachable)`;

describe.skipIf(!reachable)(`LoginLimiter on the Redis RateLimiter${suffix}`, () => {
  const a = testRedis();
  const b = testRedis();
  const prefix = testKeyPrefix();
  const lockoutPrefix = testKeyPrefix();
  // Two instances on their own connections; short windows so the test can watch attempts age out.
  const one = new LoginLimiter(new RedisRateLimiter(a, { prefix }), 400);
  const two = new LoginLimiter(new RedisRateLimiter(b, { prefix }), 400);

  beforeAll(async () => { await Promise.all([a.connect(), b.connect()]); });
  const k = (key: string) => ({ key, max: 3 });
  afterAll(async () => {
    await deleteKeys(a, [prefix, lockoutPrefix]);
    await Promise.all([a.quit(), b.quit()]);
  });

  it('instances share one count: attempts spread over both block the key on both', async () => {
    expect(await one.attempt([k('user:a')])).toBe(0);
    expect(await two.attempt([k('user:a')])).toBe(0);
    expect(await one.attempt([k('user:a')])).toBe(0);
    expect(await two.attempt([k('user:a')])).toBe(1);
    expect(await one.attempt([k('ip:9'), k('user:a')])).toBe(1);
    // The refused attempt counted nothing on ip:9.
    expect(await two.attempt([k('ip:9')])).toBe(0);
  });

  it('lets through exactly the budget of attempts sent all at once over both instances', async () => {
    const waits = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).attempt([k('ip:burst'), k('user:burst')])));
    expect(waits.filter((w) => w === 0)).toHaveLength(3);
  });

  it('lets the key in again once its attempts aged out, and the set expires with them', async () => {
    for (let i = 0; i < 3; i++) await one.attempt([k('user:slide')]);
    expect(await two.attempt([k('user:slide')])).toBe(1);
    await sleep(450);
    expect(await a.exists(`${prefix}login:user:slide`)).toBe(0);
    expect(await two.attempt([k('user:slide')])).toBe(0);
  });

  it('a success on one instance forgets the keys for all', async () => {
    for (let i = 0; i < 3; i++) await two.attempt([k('ip:1'), k('user:c')]);
    await one.succeed(['user:c']);
    expect(await two.attempt([k('user:c')])).toBe(0);
    expect(await two.attempt([k('ip:1')])).toBe(1);
  });

  describe('lockout, with the login service\'s keys and budgets (a prefix and a full window of its own)', () => {
    let limiter = new LoginLimiter(new RedisRateLimiter(a, { prefix: lockoutPrefix }));
    let n = 0;
    beforeEach(() => { limiter = new LoginLimiter(new RedisRateLimiter(a, { prefix: `${lockoutPrefix}${n++}:` })); });
    loginLockoutContract(() => limiter);
  });
});
