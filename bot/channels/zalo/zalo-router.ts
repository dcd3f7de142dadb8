import express from 'express';
import type { ErrorRequestHandler, Router } from 'express';
import type { TurnContext } from 'botbuilder';
import type { ZaloConfig } from '../../config.js';
import type { Logger } from '../../log/logger.js';
import { mapZaloEvent, zaloEventKey } from './map-event.js';
import type { Lock, ZaloTokenStore } from './ports.js';
import { readWebhook, ZALO_MAX_EVENT_AGE_MS } from './read-webhook.js';
import { ZaloAdapter } from './zalo-adapter.js';
import { ZaloClient } from './zalo-client.js';
import type { OnUndeliverable, SendResult } from './zalo-client.js';
import { splitMessage } from './split-message.js';
import type { ZaloEvent } from './zalo-event.js';
import { ZaloTokenManager } from './token-manager.js';
import { InboundWorker } from '../../queue/inbound-worker.js';
import type { InboundQueue, SentParts } from '../../queue/inbound-queue.js';

export interface ZaloRouterOptions {
  config: ZaloConfig;
  bot: { run(context: TurnContext): Promise<void> };
  /** Accepted events and the reply parts already sent: SQLite embedded, PostgreSQL when instances share it. */
  queue: InboundQueue & SentParts;
  /** Names this instance in queue leases. */
  owner?: string;
  tokens: ZaloTokenStore;
  lock: Lock;
  logger: Logger;
  onUndeliverable?: OnUndeliverable;
  now?: () => number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export type ZaloRouter = Router & {
  /** Resolves once every turn started so far (and any they started) has finished: for tests and graceful shutdown. */
  idle(): Promise<void>;
  /** Stops taking queued events and waits for the turns in flight. */
  stop(): Promise<void>;
  /** Sends a text outside a turn (a volunteer's reply), split like any answer; the result says whether it went out. */
  sendText(userId: string, text: string): Promise<SendResult>;
};

/** Twice the accepted event age, so the ledger outlives every delivery the timestamp window admits. */
export const ZALO_DEDUPE_TTL_MS = 2 * ZALO_MAX_EVENT_AGE_MS;
export const ZALO_MAX_BODY = '64kb';

/**
 * POST /api/zalo/webhook: verify, store the event in the durable queue, acknowledge; the worker answers from the
 * queue. Storing first means a crash after the 200 loses nothing, and the queue's key de-duplicates redeliveries.
 */
export function createZaloRouter(options: ZaloRouterOptions): ZaloRouter {
  const { config, logger } = options;
  const now = options.now ?? Date.now;
  const fetchFn = options.fetch ?? globalThis.fetch;
  const tokens = new ZaloTokenManager({ config, store: options.tokens, lock: options.lock, logger, fetch: fetchFn, now });
  const client = new ZaloClient({ openapiUrl: config.openapiUrl, tokens, logger,
    ...(options.onUndeliverable ? { onUndeliverable: options.onUndeliverable } : {}), ...(options.sleep ? { sleep: options.sleep } : {}) });
  const adapter = new ZaloAdapter({ client, logger, sentParts: options.queue });
  const worker = new InboundWorker({
    queue: options.queue,
    owner: options.owner ?? `${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    logger,
    now,
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

  const router = express.Router() as ZaloRouter;
  router.post('/api/zalo/webhook', express.raw({ type: () => true, limit: ZALO_MAX_BODY }), async (req, res) => {
    const read = readWebhook({ rawBody: req.body, signatureHeader: req.headers['x-zevent-signature'],
      appId: config.appId, oaSecretKey: config.oaSecretKey, now: now() });
    if (!read.ok) {
      logger.warn('zalo webhook refused', { status: read.status, reason: read.reason });
      return void res.status(read.status).json({ ok: false });
    }
    if (!mapZaloEvent(read.event)) {
      logger.debug('zalo event ignored', { eventName: read.event.event_name });
      return void res.status(200).json({ ok: true });
    }
    const body = req.body as Buffer;
    let stored: boolean;
    try {
      stored = await options.queue.enqueue({ key: zaloEventKey(read.event, body), channel: 'zalo', payload: body.toString('utf8') }, now());
    } catch (err) {
      // Not stored, so not acknowledged: Zalo delivers it again later.
      logger.error('zalo event could not be stored', { error: (err as Error).message });
      return void res.status(503).json({ ok: false });
    }
    res.status(200).json({ ok: true });
    if (stored) worker.poke();
    else logger.info('zalo duplicate delivery dropped', { eventName: read.event.event_name });
  });
  router.use(bodyErrors(logger));
  router.sendText = async (userId, text) => {
    let last: SendResult = { status: 'failed', reason: 'empty message' };
    for (const part of splitMessage(text, [])) {
      last = await client.send(userId, part);
      if (last.status !== 'sent') break;
    }
    return last;
  };
  router.idle = () => worker.idle();
  router.stop = () => worker.stop();
  return router;
}

/** Errors from reading the body: 413 over the limit, 400 for anything else; never the error text. */
function bodyErrors(logger: Logger): ErrorRequestHandler {
  return (err: { status?: number; type?: string }, _req, res, next) => {
    if (res.headersSent) return next(err);
    const status = err.status === 413 || err.type === 'entity.too.large' ? 413 : 400;
    logger.warn('zalo webhook body refused', { status, type: err.type });
    res.status(status).json({ ok: false });
  };
}
