import type { TurnContext } from 'botbuilder';
import type express from 'express';
import type { SqliteDb } from '../../store/sqlite/open-sqlite.js';
import { SqliteTokenStore } from '../../store/sqlite/sqlite-zalo-state.js';
import type { InboundQueue, SentParts } from '../queue/inbound-queue.js';
import { MemoryLock } from '../channels/zalo/memory-state.js';
import { createZaloRouter } from '../channels/zalo/zalo-router.js';
import type { SendResult } from '../channels/zalo/zalo-client.js';
import type { ZaloConfig } from '../config.js';
import type { Logger } from '../log/logger.js';

export interface MountedZalo {
  readonly router: express.Router;
  idle(): Promise<void>;
  stop(): Promise<void>;
  sendText(userId: string, text: string): Promise<SendResult>;
}

export interface MountZaloOptions {
  readonly config: ZaloConfig;
  readonly bot: { run(context: TurnContext): Promise<void> };
  readonly db: SqliteDb;
  /** The durable inbound queue: SQLite embedded, PostgreSQL when instances share it. */
  readonly queue: InboundQueue & SentParts;
  readonly logger: Logger;
}

/**
 * The Zalo channel: events through the durable queue, tokens in SQLite (they survive a restart), the refresh lock
 * in-process (one process owns the SQLite file).
 */
export function mountZalo(o: MountZaloOptions): MountedZalo {
  const router = createZaloRouter({
    config: o.config,
    bot: o.bot,
    queue: o.queue,
    tokens: new SqliteTokenStore(o.db),
    lock: new MemoryLock(),
    logger: o.logger,
    // Outside Zalo's interaction window: nothing to retry; the team sees it in the log (and the inbox, later).
    onUndeliverable: (userId, code) => o.logger.warn('zalo reply undeliverable', { code, user: userId.slice(-4) }),
  });
  return { router, idle: () => router.idle(), stop: () => router.stop(), sendText: (userId, text) => router.sendText(userId, text) };
}
