import { join } from 'node:path';
import type { Storage } from 'botbuilder';
import { LoginLimiter } from '../../admin/auth/login-limiter.js';
import pg from 'pg';
import type { Redis } from 'ioredis';
import type { LogStore } from '../../core/ports/log-store.js';
import { openPgLogStore } from '../../store/postgres/open-pg-log-store.js';
import { PgInboundQueue } from '../../store/postgres/pg-inbound-queue.js';
import { PgStorage } from '../../store/postgres/pg-storage.js';
import { PgTokenStore } from '../../store/postgres/pg-zalo-state.js';
import { sqliteLogStore } from '../../store/open-log-store.js';
import { openRedis } from '../../store/redis/open-redis.js';
import { RedisLock } from '../../store/redis/redis-lock.js';
import { RedisRateLimiter } from '../../store/redis/redis-rate-limiter.js';
import { openSqlite } from '../../store/sqlite/open-sqlite.js';
import { startWalCheckpointer } from '../../store/sqlite/wal-checkpointer.js';
import { SqliteInboundQueue } from '../../store/sqlite/sqlite-inbound-queue.js';
import { SqliteStorage } from '../../store/sqlite/sqlite-storage.js';
import { SqliteTokenStore } from '../../store/sqlite/sqlite-zalo-state.js';
import { MemoryLock } from '../channels/zalo/memory-state.js';
import type { Lock } from '../../core/ports/lock.js';
import type { ZaloTokenStore } from '../../core/ports/zalo-tokens.js';
import type { Config } from '../config.js';
import { MemoryRateLimiter } from '../../store/memory-rate-limiter.js';
import type { RateLimiter } from '../../core/ports/rate-limiter.js';
import type { Logger } from '../../core/logger.js';
import type { InboundQueue, SentParts } from '../../core/ports/inbound-queue.js';

/** Everything instances would have to share; embedded in one process by default. */
export interface SharedState {
  readonly kind: 'embedded' | 'postgres' | 'postgres+redis';
  readonly store: LogStore;
  /** botbuilder conversation state (follow-up context). */
  readonly storage: Storage;
  readonly queue: InboundQueue & SentParts;
  readonly tokens: ZaloTokenStore;
  readonly lock: Lock;
  readonly limiter: RateLimiter;
  /** Failed admin logins, counted across instances with Redis. */
  readonly loginLimiter: LoginLimiter;
  close(): Promise<void>;
}

/**
 * With neither DATABASE_URL nor REDIS_URL: SQLite under DATA_DIR and in-process lock and limits. With DATABASE_URL:
 * the log, queue, conversation state and tokens in PostgreSQL; with REDIS_URL too, the token refresh lock, rate
 * limits and failed-login counts in Redis, so N instances behind a load balancer behave as one. Unreachable services stop the start.
 */
export async function openSharedState(config: Config, logger: Logger): Promise<SharedState> {
  let redis: Redis | undefined;
  if (config.redisUrl) redis = await openRedis(config.redisUrl, config.redisKeyPrefix ? { keyPrefix: config.redisKeyPrefix } : {});
  const lock: Lock = redis ? new RedisLock(redis) : new MemoryLock();
  const limiter: RateLimiter = redis ? new RedisRateLimiter(redis) : new MemoryRateLimiter();
  const loginLimiter = new LoginLimiter(limiter);
  const closeRedis = async (): Promise<void> => void (await redis?.quit().catch(() => undefined));

  if (config.databaseUrl) {
    const store = await openPgLogStore(config.databaseUrl);
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
    const ingress = new pg.Pool({ connectionString: config.databaseUrl, max: 4 });
    // An idle connection dropped by the server is replaced on next use; unhandled, the event would end the process.
    for (const p of [pool, ingress]) p.on('error', (err) => logger.warn('postgres idle connection lost', { error: err.message }));
    if (!redis) logger.warn('DATABASE_URL without REDIS_URL: the Zalo token refresh lock, rate limits and failed-login counts are per instance; run one instance or add Redis');
    return {
      kind: redis ? 'postgres+redis' : 'postgres', store, storage: new PgStorage(pool), queue: new PgInboundQueue(pool, ingress),
      tokens: new PgTokenStore(pool), lock, limiter, loginLimiter,
      async close() {
        await store.close();
        await pool.end();
        await ingress.end();
        await closeRedis();
      },
    };
  }

  const db = openSqlite(join(config.dataDir, 'bot.sqlite'));
  const queue = new SqliteInboundQueue(db);
  const released = queue.releaseLeases();
  if (released > 0) logger.warn('answering events a previous run accepted but did not finish', { events: released });
  // Checkpoints on a thread of their own; if it cannot start, the connection keeps checkpointing itself.
  const checkpointer = await startWalCheckpointer(db, {
    onError: (err) => logger.error('WAL checkpoints are back on the main thread', { error: err.message }),
  }).catch((err: Error) => void logger.warn('WAL checkpoints stay on the main thread', { error: err.message }));
  return {
    kind: 'embedded', store: sqliteLogStore(db), storage: new SqliteStorage(db), queue, tokens: new SqliteTokenStore(db), lock, limiter, loginLimiter,
    async close() {
      await checkpointer?.stop();
      db.close();
      await closeRedis();
    },
  };
}
