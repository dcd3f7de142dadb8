import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebchatIdentity } from '../../bot/channels/webchat/webchat-identity.js';
import { createWebchatRouter } from '../../bot/channels/webchat/webchat-router.js';
import { silentLogger } from '../../core/logger.js';
import { RedisRateLimiter } from '../../store/redis/redis-rate-limiter.js';
import { deleteKeys, redisReachable, TEST_REDIS_HOST, testKeyPrefix, testRedis } from '../../store/redis/redis-test-server.js';

// Two instances behind one load balancer: a client spreading its questions over both gains nothing.
const reachable = await redisReachable();
const title = reachable ? 'web chat limit per address, shared through Redis'
  : `web chat limit per address, shared through Redis (SKIPPED: Redis at ${TEST_REDIS_HOST} unreachable)`;

describe.skipIf(!reachable)(title, () => {
  const prefix = testKeyPrefix();
  const connections = [testRedis(), testRedis()];
  const servers: Server[] = [];
  const urls: string[] = [];
  const key = randomBytes(32);

  beforeAll(async () => {
    for (const redis of connections) {
      await redis.connect();
      const app = express();
      // The stub bot answers every question; what is counted is what reaches it.
      app.use(createWebchatRouter({ bot: { run: async (context) => void (await context.sendActivity('trả lời')) }, articles: () => undefined,
        logger: silentLogger, identity: new WebchatIdentity(key, { secure: false }),
        addressLimit: { limiter: new RedisRateLimiter(redis, { prefix }), perMinute: 5 } }));
      const server = await new Promise<Server>((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
      servers.push(server);
      urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    await deleteKeys(connections[0]!, [prefix]);
    await Promise.all(connections.map((c) => c.quit()));
  });

  it('counts one address across both instances, with fresh identities on every request', async () => {
    const ask = (i: number) => fetch(`${urls[i % 2]}/api/webchat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: `câu ${i}` }) });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await ask(i)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
  });
});
