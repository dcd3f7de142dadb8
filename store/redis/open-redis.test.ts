import { createServer, type Server, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openRedis } from './open-redis.js';
import { RedisLock } from './redis-lock.js';
import { RedisRateLimiter } from './redis-rate-limiter.js';
import { deleteKeys, redisReachable, TEST_REDIS_HOST, TEST_REDIS_URL, testKeyPrefix, testRedis } from './redis-test-server.js';

const reachable = await redisReachable();
const suffix = reachable ? '' : ` (SKIPPED: Redis at ${TEST_REDIS_HOST} unreachable)`;

describe.skipIf(!reachable)(`openRedis${suffix}`, () => {
  it('returns a ready connection', async () => {
    const redis = await openRedis(TEST_REDIS_URL);
    try {
      expect(await redis.ping()).toBe('PONG');
    } finally {
      await redis.quit();
    }
  });

  it('puts its key prefix before every key the lock and the limiters write, scripts included', async () => {
    const keyPrefix = testKeyPrefix();
    const redis = await openRedis(TEST_REDIS_URL, { keyPrefix });
    const raw = testRedis();
    await raw.connect();
    try {
      let seen: string[] = [];
      await new RedisLock(redis).withLock('refresh', async () => { seen = await raw.keys(`${keyPrefix}*`); });
      await new RedisRateLimiter(redis).hit('user-1', 5, 60_000);
      await new RedisRateLimiter(redis).hitAll([{ key: 'account:quantri', limit: 5 }], 60_000);
      expect(seen).toEqual([`${keyPrefix}lock:refresh`]);
      expect((await raw.keys(`${keyPrefix}*`)).sort()).toEqual([`${keyPrefix}ratelimit:account:quantri`, `${keyPrefix}ratelimit:user-1`]);
    } finally {
      await deleteKeys(raw, [keyPrefix]);
      await Promise.all([redis.quit(), raw.quit()]);
    }
  });
});

// Runs with or without a server: nothing listens on port 1.
describe('openRedis unreachable', () => {
  it('rejects with the host named and the password left out', async () => {
    const error = await openRedis('redis://:s3cret-pw@127.0.0.1:1', { connectTimeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Redis at 127\.0\.0\.1:1 is unreachable/);
    expect((error as Error).message).not.toContain('s3cret-pw');
  });

  it('gives up on a server that accepts but never answers, and hangs up', async () => {
    const sockets: Socket[] = [];
    // Reads and discards what the client sends, so the client hanging up is noticed.
    const silent: Server = createServer((socket) => { sockets.push(socket); socket.resume(); });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      // Without its own deadline the promise never settles, and the test runs out of time instead.
      const error = await openRedis(`redis://user:s3cret-pw@127.0.0.1:${port}/0`, { connectTimeoutMs: 300 }).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(new RegExp(`^Redis at 127\\.0\\.0\\.1:${port} is unreachable`));
      expect((error as Error).message).not.toContain('s3cret-pw');
      await expect.poll(() => sockets.length > 0 && sockets.every((s) => s.closed), { timeout: 5000 }).toBe(true);
      // No reconnect attempt after giving up.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sockets).toHaveLength(1);
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
