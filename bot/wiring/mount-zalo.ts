import type { TurnContext } from 'botbuilder';
import type express from 'express';
import type { InboundQueue, SentParts } from '../queue/inbound-queue.js';
import type { Lock, ZaloTokenStore } from '../channels/zalo/ports.js';
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
  /** The durable inbound queue: SQLite embedded, PostgreSQL when instances share it. */
  readonly queue: InboundQueue & SentParts;
  readonly tokens: ZaloTokenStore;
  /** One token refresh at a time: in-process, or in Redis across instances. */
  readonly lock: Lock;
  readonly logger: Logger;
}

/**
 * The Zalo channel on the shared state: events through the durable queue, tokens persisted (they survive a restart),
 * refreshes serialised by the lock.
 */
export function mountZalo(o: MountZaloOptions): MountedZalo {
  const router = createZaloRouter({
    config: o.config,
    bot: o.bot,
    queue: o.queue,
    tokens: o.tokens,
    lock: o.lock,
    logger: o.logger,
    // Outside Zalo's interaction window: nothing to retry; the team sees it in the log (and the inbox, later).
    onUndeliverable: (userId, code) => o.logger.warn('zalo reply undeliverable', { code, user: userId.slice(-4) }),
  });
  return { router, idle: () => router.idle(), stop: () => router.stop(), sendText: (userId, text) => router.sendText(userId, text) };
}
