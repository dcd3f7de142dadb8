import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS, type LoginLimiter } from '../../admin/auth/login-limiter.js';

export interface RedisLoginLimiterOptions {
  /** Put before every key; "loginfail:" unless told. */
  readonly prefix?: string;
  readonly maxFailures?: number;
  readonly windowMs?: number;
}

// Both scripts read the Redis server's clock, so instances with skewed clocks agree. Scores are failure times in ms.
const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** ARGV: max, window. Returns the longest wait in ms over KEYS (0 when none is blocked). */
const WAIT = `${NOW}
local max = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local wait = 0
for _, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local count = redis.call('ZCARD', key)
  if count >= max then
    local oldest = redis.call('ZRANGE', key, count - max, count - max, 'WITHSCORES')
    wait = math.max(wait, tonumber(oldest[2]) + window - now)
  end
end
return wait`;

/** ARGV: window, a unique member. Records one failure on every key. */
const FAIL = `${NOW}
local window = tonumber(ARGV[1])
for _, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  redis.call('ZADD', key, now, ARGV[2])
  redis.call('PEXPIRE', key, window)
end
return 0`;

/** LoginLimiter shared by every instance on the same Redis: one sorted set of failure times per key. */
export class RedisLoginLimiter implements LoginLimiter {
  private readonly prefix: string;
  private readonly max: number;
  private readonly windowMs: number;

  constructor(private readonly redis: Redis, options: RedisLoginLimiterOptions = {}) {
    this.prefix = options.prefix ?? 'loginfail:';
    this.max = options.maxFailures ?? LOGIN_MAX_FAILURES;
    this.windowMs = options.windowMs ?? LOGIN_WINDOW_MS;
  }

  async retryAfterSeconds(keys: readonly string[]): Promise<number> {
    const waitMs = Number(await this.redis.eval(WAIT, keys.length, ...this.keys(keys), this.max, this.windowMs));
    return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
  }

  async fail(keys: readonly string[]): Promise<void> {
    await this.redis.eval(FAIL, keys.length, ...this.keys(keys), this.windowMs, randomUUID());
  }

  async succeed(keys: readonly string[]): Promise<void> {
    if (keys.length > 0) await this.redis.del(...this.keys(keys));
  }

  private keys(keys: readonly string[]): string[] {
    return keys.map((k) => this.prefix + k);
  }
}
