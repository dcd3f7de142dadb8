import type { TurnContext } from 'botbuilder';
import type { InboundQueue, SentParts } from '../../core/ports/inbound-queue.js';
import type { Lock } from '../../core/ports/lock.js';
import type { ZaloTokenStore } from '../../core/ports/zalo-tokens.js';
import { createZaloConsumer } from '../channels/zalo/zalo-consumer.js';
import type { ZaloConsumer } from '../channels/zalo/zalo-consumer.js';
import { createZaloWebhook, type ZaloWebhook } from '../channels/zalo/zalo-webhook.js';
import type { OnUndeliverable } from '../channels/zalo/zalo-client.js';
import type { ZaloConfig } from '../config.js';
import type { Logger } from '../../core/logger.js';

/** The Zalo channel as the server sees it: the webhook, and whoever answers the queue (here or on a thread). */
export interface MountedZalo extends Omit<ZaloConsumer, 'poke'> {
  readonly webhook: ZaloWebhook;
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
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly onUndeliverable?: OnUndeliverable;
}

/** Outside Zalo's interaction window nothing can be retried; the team sees it in the log. */
export function logUndeliverable(logger: Logger): OnUndeliverable {
  return (userId, code) => logger.warn('zalo reply undeliverable', { code, user: userId.slice(-4) });
}

/** Both halves in this thread: events through the durable queue, tokens persisted, refreshes serialised by the lock. */
export function mountZalo(o: MountZaloOptions): MountedZalo {
  const consumer = createZaloConsumer({ config: o.config, bot: o.bot, queue: o.queue, tokens: o.tokens, lock: o.lock, logger: o.logger,
    onUndeliverable: o.onUndeliverable ?? logUndeliverable(o.logger), ...(o.now ? { now: o.now } : {}), ...(o.sleep ? { sleep: o.sleep } : {}) });
  const webhook = createZaloWebhook({ config: o.config, queue: o.queue, onStored: () => consumer.poke(), logger: o.logger,
    ...(o.now ? { now: o.now } : {}) });
  return { webhook, idle: () => consumer.idle(), stop: () => consumer.stop(), sendText: (userId, text) => consumer.sendText(userId, text) };
}
