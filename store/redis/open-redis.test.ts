import { createServer, type Server, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openRedis } from './open-redis.js';
import { redisReachable, TEST_REDIS_HOST, TEST_REDIS_URL } from './redis-test-server.js';

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
      const started = Date.now();
      const error = await openRedis(`redis://user:s3cret-pw@127.0.0.1:${port}/0`, { connectTimeoutMs: 300 }).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(new RegExp(`^Redis at 127\\.0\\.0\\.1:${port} is unreachable`));
      expect((error as Error).message).not.toContain('s3cret-pw');
      expect(Date.now() - started).toBeLessThan(2000);
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
