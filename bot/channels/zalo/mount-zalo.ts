import type { TurnContext } from 'botbuilder';
import type { InboundQueue, SentParts } from '../../../core/ports/inbound-queue.js';
import type { Lock } from '../../../core/ports/lock.js';
import type { ZaloTokenStore } from '../../../core/ports/zalo-tokens.js';
import { createZaloConsumer } from './zalo-consumer.js';
import type { ZaloConsumer } from './zalo-consumer.js';
import { createZaloWebhook, type ZaloWebhook } from './zalo-webhook.js';
import type { OnUndeliverable } from './zalo-client.js';
import type { ZaloConfig } from '../../config.js';
import type { Logger } from '../../../core/logger.js';

/** The Zalo channel as the server sees it: the webhook that stores events, and the turns that answer them. */
export interface MountedZalo extends ZaloConsumer {
  readonly webhook: ZaloWebhook;
}

export interface MountZaloOptions {
  readonly config: ZaloConfig;
  readonly bot: { run(context: TurnContext): Promise<void> };
  /** The durable inbound queue: SQLite embedded, PostgreSQL when instances share it. */
  readonly queue: InboundQueue & SentParts;
  /** An event was stored: wake the queue's consumer. */
  readonly onStored: () => void;
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

/** Both halves: events stored in the durable queue, turns run from it, tokens persisted, refreshes serialised by the lock. */
export function mountZalo(o: MountZaloOptions): MountedZalo {
  const consumer = createZaloConsumer({ config: o.config, bot: o.bot, sentParts: o.queue, tokens: o.tokens, lock: o.lock, logger: o.logger,
    onUndeliverable: o.onUndeliverable ?? logUndeliverable(o.logger), ...(o.now ? { now: o.now } : {}), ...(o.sleep ? { sleep: o.sleep } : {}) });
  const webhook = createZaloWebhook({ config: o.config, queue: o.queue, onStored: o.onStored, logger: o.logger,
    ...(o.now ? { now: o.now } : {}) });
  return { webhook, run: (queued) => consumer.run(queued), sendText: (userId, text) => consumer.sendText(userId, text) };
}
