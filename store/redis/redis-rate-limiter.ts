import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { checkLimits } from '../../core/ports/check-limits.js';
import type { RateLimiter } from '../../core/ports/rate-limiter.js';

export interface RedisRateLimiterOptions {
  /** Put before every key; "ratelimit:" unless told. */
  readonly prefix?: string;
}

/**
 * Sliding-window log in one sorted set per key (score = event time in ms), checked and updated in one Lua script so
 * that instances sharing the Redis share the count without races. Same rules as MemoryRateLimiter: an event counts
 * while now - t < windowMs, refused hits are not recorded. The clock is the Redis server's, so instances with skewed
 * clocks still agree.
 */
const SLIDING_WINDOW = `
local t = redis.call('TIME')
-- Whole milliseconds: Lua prints numbers with 14 digits, which would round a fractional epoch time.
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
if count >= limit then
  local freeing = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
  return {0, math.max(1, math.ceil(tonumber(freeing[2]) + window - now))}
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], math.ceil(window))
return {1, 0}
`;

export class RedisRateLimiter implements RateLimiter {
  private readonly prefix: string;

  constructor(private readonly redis: Redis, options: RedisRateLimiterOptions = {}) {
    this.prefix = options.prefix ?? 'ratelimit:';
  }

  async hit(key: string, limit: number, windowMs: number): Promise<{ readonly allowed: boolean; readonly retryAfterMs: number }> {
    checkLimits(limit, windowMs);
    // A unique member: two events in the same microsecond must both count.
    const reply = await this.redis.eval(SLIDING_WINDOW, 1, this.prefix + key, limit, windowMs, randomUUID()) as [number, number];
    return { allowed: reply[0] === 1, retryAfterMs: reply[1] };
  }
}
