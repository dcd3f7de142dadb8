import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis the tests use, here and in CI. */
export const TEST_REDIS_URL = 'redis://127.0.0.1:6379';
export const TEST_REDIS_HOST = '127.0.0.1:6379';

/** Whether the test server answers; the Redis suites skip, visibly, when it does not. */
export async function redisReachable(url = TEST_REDIS_URL): Promise<boolean> {
  const redis = testRedis(url);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/** A connection that fails fast instead of retrying, so a broken test ends quickly. */
export function testRedis(url = TEST_REDIS_URL): Redis {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  return redis;
}

/** A key prefix no other run uses: test:<random>: */
export function testKeyPrefix(): string {
  return `test:${randomBytes(6).toString('hex')}:`;
}

/** Deletes every key under the prefixes a run used. */
export async function deleteKeys(redis: Redis, prefixes: readonly string[]): Promise<void> {
  for (const prefix of prefixes) {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
}
