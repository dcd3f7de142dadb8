import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { checkLimits } from '../../core/ports/check-limits.js';
import type { RateLimiter, RateLimitKey, RateLimitResult } from '../../core/ports/rate-limiter.js';

export interface RedisRateLimiterOptions {
  /** Put before every key; "ratelimit:" unless told. */
  readonly prefix?: string;
}

/**
 * Sliding-window log in one sorted set per key (score = event time in ms), checked and updated in one Lua script so
 * that instances sharing the Redis share the count without races. Same rules as MemoryRateLimiter. The clock is the
 * Redis server's, so instances with skewed clocks still agree. ARGV: window, a unique member, then each key's limit
 * in KEYS order. Returns {1, 0} after recording the event on every key, or {0, wait} having recorded nothing.
 */
const SLIDING_WINDOW = `
local t = redis.call('TIME')
-- Whole milliseconds: Lua prints numbers with 14 digits, which would round a fractional epoch time.
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
local wait = 0
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[i + 2])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local count = redis.call('ZCARD', key)
  if count >= limit then
    local freeing = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
    wait = math.max(wait, math.max(1, math.ceil(tonumber(freeing[2]) + window - now)))
  end
end
if wait > 0 then return {0, wait} end
for _, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[2])
  redis.call('PEXPIRE', key, math.ceil(window))
end
return {1, 0}
`;

export class RedisRateLimiter implements RateLimiter {
  private readonly prefix: string;

  constructor(private readonly redis: Redis, options: RedisRateLimiterOptions = {}) {
    this.prefix = options.prefix ?? 'ratelimit:';
  }

  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    return this.hitAll([{ key, limit }], windowMs);
  }

  async hitAll(keys: readonly RateLimitKey[], windowMs: number): Promise<RateLimitResult> {
    checkLimits(keys, windowMs);
    // A unique member: two events in the same microsecond must both count.
    const reply = await this.redis.eval(SLIDING_WINDOW, keys.length, ...keys.map((k) => this.prefix + k.key), windowMs, randomUUID(),
      ...keys.map((k) => k.limit)) as [number, number];
    return { allowed: reply[0] === 1, retryAfterMs: reply[1] };
  }

  async reset(keys: readonly string[]): Promise<void> {
    if (keys.length > 0) await this.redis.del(...keys.map((k) => this.prefix + k));
  }
}
