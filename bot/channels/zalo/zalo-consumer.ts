import type { TurnContext } from 'botbuilder';
import type { ZaloConfig } from '../../config.js';
import type { Logger } from '../../../core/logger.js';
import { InboundWorker } from '../../queue/inbound-worker.js';
import type { InboundQueue, SentParts } from '../../../core/ports/inbound-queue.js';
import { mapZaloEvent } from './map-event.js';
import type { Lock } from '../../../core/ports/lock.js';
import type { ZaloTokenStore } from '../../../core/ports/zalo-tokens.js';
import { splitMessage } from './split-message.js';
import { createHttpPost } from './http-post.js';
import { ZaloAdapter } from './zalo-adapter.js';
import { ZaloClient } from './zalo-client.js';
import type { OnUndeliverable, SendResult } from './zalo-client.js';
import type { ZaloEvent } from './zalo-event.js';
import { ZaloTokenManager } from './token-manager.js';

export interface ZaloConsumerOptions {
  config: ZaloConfig;
  bot: { run(context: TurnContext): Promise<void> };
  queue: InboundQueue & SentParts;
  tokens: ZaloTokenStore;
  lock: Lock;
  logger: Logger;
  onUndeliverable?: OnUndeliverable;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Where Zalo turns run: answers queued events and sends every Zalo message, so one token manager owns the token. */
export interface ZaloConsumer {
  /** An event was stored: look at the queue soon. */
  poke(): void;
  /** Resolves once every turn started so far (and any they started) has finished: for tests and graceful shutdown. */
  idle(): Promise<void>;
  /** Stops taking queued events and waits for the turns in flight. */
  stop(): Promise<void>;
  /** Sends a text outside a turn (a volunteer's reply), split like any answer; the result says whether it went out. */
  sendText(userId: string, text: string): Promise<SendResult>;
}

/**
 * Turns in flight at once (one per resident: the queue's lanes keep each resident's messages in order). Enough to keep
 * the main thread busy while answers are worked out on the answer thread and writes wait for their group commit; at 8
 * the main thread sat idle under the load benchmark.
 */
export const TURNS_IN_FLIGHT = 32;

export function createZaloConsumer(options: ZaloConsumerOptions): ZaloConsumer {
  const { config, logger } = options;
  const now = options.now ?? Date.now;
  // One HTTP client for the channel: sends, conversation reads and token refreshes share its kept-alive sockets.
  const http = createHttpPost();
  const tokens = new ZaloTokenManager({ config, store: options.tokens, lock: options.lock, logger, now, http });
  const client = new ZaloClient({ openapiUrl: config.openapiUrl, tokens, logger, post: http,
    ...(options.onUndeliverable ? { onUndeliverable: options.onUndeliverable } : {}), ...(options.sleep ? { sleep: options.sleep } : {}) });
  const adapter = new ZaloAdapter({ client, logger, sentParts: options.queue });
  const worker = new InboundWorker({
    queue: options.queue,
    // Names this process (and thread) in queue leases.
    owner: `${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    logger,
    now,
    concurrency: TURNS_IN_FLIGHT,
    handle: async (queued) => {
      const event = JSON.parse(queued.payload) as ZaloEvent;
      const activity = mapZaloEvent(event);
      if (!activity) return;
      // The key travels with the turn so the adapter can skip reply parts a crashed earlier attempt already sent.
      await adapter.processActivity({ ...activity, channelData: { ...(activity.channelData as object), inboundKey: queued.key,
        inboundAttempt: queued.attempts } },
        (context) => options.bot.run(context));
    },
  });
  worker.start();
  return {
    poke: () => worker.poke(),
    idle: () => worker.idle(),
    stop: () => worker.stop(),
    async sendText(userId, text) {
      let last: SendResult = { status: 'failed', reason: 'empty message' };
      for (const part of splitMessage(text, [])) {
        last = await client.send(userId, part);
        if (last.status !== 'sent') break;
      }
      return last;
    },
  };
}
