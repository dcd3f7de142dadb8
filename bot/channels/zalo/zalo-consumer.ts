import type { TurnContext } from 'botbuilder';
import type { ZaloConfig } from '../../config.js';
import type { Logger } from '../../../core/logger.js';
import type { QueuedEvent, SentParts } from '../../../core/ports/inbound-queue.js';
import { mapZaloEvent } from './map-event.js';
import type { Lock } from '../../../core/ports/lock.js';
import type { ZaloTokenStore } from '../../../core/ports/zalo-tokens.js';
import { splitMessage } from './split-message.js';
import { ZaloAdapter } from './zalo-adapter.js';
import { ZaloClient } from './zalo-client.js';
import type { OnUndeliverable, SendResult } from './zalo-client.js';
import type { ZaloEvent } from './zalo-event.js';
import { ZaloTokenManager } from './token-manager.js';
import { createHttpPost } from './http-post.js';

export interface ZaloConsumerOptions {
  config: ZaloConfig;
  bot: { run(context: TurnContext): Promise<void> };
  /** Reply parts already sent per queued event (the inbound queue). */
  sentParts: SentParts;
  tokens: ZaloTokenStore;
  lock: Lock;
  logger: Logger;
  onUndeliverable?: OnUndeliverable;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Where Zalo turns run: one queued event at a time, and every Zalo message is sent here, so one token manager owns the token. */
export interface ZaloConsumer {
  /** Runs the turn of one queued event (the root's queue consumer calls it; a throw puts the event back for a retry). */
  run(queued: QueuedEvent): Promise<void>;
  /** Sends a text outside a turn (a volunteer's reply), split like any answer; the result says whether it went out. */
  sendText(userId: string, text: string): Promise<SendResult>;
}

export function createZaloConsumer(options: ZaloConsumerOptions): ZaloConsumer {
  const { config, logger } = options;
  const now = options.now ?? Date.now;
  // One HTTP client for the channel: sends, conversation reads and token refreshes share its kept-alive sockets.
  const http = createHttpPost();
  const tokens = new ZaloTokenManager({ config, store: options.tokens, lock: options.lock, logger, now, http });
  const client = new ZaloClient({ openapiUrl: config.openapiUrl, tokens, logger, post: http,
    ...(options.onUndeliverable ? { onUndeliverable: options.onUndeliverable } : {}), ...(options.sleep ? { sleep: options.sleep } : {}) });
  const adapter = new ZaloAdapter({ client, logger, sentParts: options.sentParts });
  return {
    async run(queued) {
      const event = JSON.parse(queued.payload) as ZaloEvent;
      const activity = mapZaloEvent(event);
      if (!activity) return;
      // The key travels with the turn so the adapter can skip reply parts a crashed earlier attempt already sent.
      await adapter.processActivity({ ...activity, channelData: { ...(activity.channelData as object), inboundKey: queued.key,
        inboundAttempt: queued.attempts } },
        (context) => options.bot.run(context));
    },
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
