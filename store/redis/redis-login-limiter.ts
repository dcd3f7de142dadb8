import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LOGIN_WINDOW_MS, type LoginKey, type LoginLimiter } from '../../admin/auth/login-limiter.js';

export interface RedisLoginLimiterOptions {
  /** Put before every key; "loginfail:" unless told. */
  readonly prefix?: string;
  readonly windowMs?: number;
}

// Both scripts read the Redis server's clock, so instances with skewed clocks agree. Scores are failure times in ms.
const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/**
 * ARGV: window, a unique member, then each key's budget in KEYS order. The check and the count in one atomic step: returns the longest wait in ms
 * over KEYS and counts nothing when one is blocked, else records the attempt on every key and returns 0.
 */
const ATTEMPT = `${NOW}
local window = tonumber(ARGV[1])
local wait = 0
for i, key in ipairs(KEYS) do
  local max = tonumber(ARGV[i + 2])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local count = redis.call('ZCARD', key)
  if count >= max then
    local oldest = redis.call('ZRANGE', key, count - max, count - max, 'WITHSCORES')
    wait = math.max(wait, tonumber(oldest[2]) + window - now)
  end
end
if wait > 0 then return wait end
for _, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[2])
  redis.call('PEXPIRE', key, window)
end
return 0`;

/** LoginLimiter shared by every instance on the same Redis: one sorted set of attempt times per key. */
export class RedisLoginLimiter implements LoginLimiter {
  private readonly prefix: string;
  private readonly windowMs: number;

  constructor(private readonly redis: Redis, options: RedisLoginLimiterOptions = {}) {
    this.prefix = options.prefix ?? 'loginfail:';
    this.windowMs = options.windowMs ?? LOGIN_WINDOW_MS;
  }

  async attempt(keys: readonly LoginKey[]): Promise<number> {
    const waitMs = Number(await this.redis.eval(ATTEMPT, keys.length, ...this.keys(keys.map((k) => k.key)), this.windowMs, randomUUID(),
      ...keys.map((k) => k.max)));
    return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
  }

  async succeed(keys: readonly string[]): Promise<void> {
    if (keys.length > 0) await this.redis.del(...this.keys(keys));
  }

  private keys(keys: readonly string[]): string[] {
    return keys.map((k) => this.prefix + k);
  }
}
