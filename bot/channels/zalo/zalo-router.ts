import express from 'express';
import type { ErrorRequestHandler, Router } from 'express';
import type { ZaloConfig } from '../../config.js';
import type { Logger } from '../../log/logger.js';
import { mapZaloEvent, zaloEventKey } from './map-event.js';
import { readWebhook, ZALO_MAX_EVENT_AGE_MS } from './read-webhook.js';
import type { InboundQueue } from '../../queue/inbound-queue.js';

export interface ZaloRouterOptions {
  config: Pick<ZaloConfig, 'appId' | 'oaSecretKey'>;
  /** Accepted events: SQLite embedded, PostgreSQL when instances share it. */
  queue: Pick<InboundQueue, 'enqueue'>;
  /** A new event was stored: wake whoever answers the queue. */
  onStored: () => void;
  logger: Logger;
  now?: () => number;
}

/** Twice the accepted event age, so the ledger outlives every delivery the timestamp window admits. */
export const ZALO_DEDUPE_TTL_MS = 2 * ZALO_MAX_EVENT_AGE_MS;
export const ZALO_MAX_BODY = '64kb';

/**
 * POST /api/zalo/webhook: verify, store the event in the durable queue, acknowledge; a ZaloConsumer answers from the
 * queue. Storing first means a crash after the 200 loses nothing, and the queue's key de-duplicates redeliveries.
 */
export function createZaloRouter(options: ZaloRouterOptions): Router {
  const { config, logger } = options;
  const now = options.now ?? Date.now;
  const router = express.Router();
  router.post('/api/zalo/webhook', express.raw({ type: () => true, limit: ZALO_MAX_BODY }), async (req, res) => {
    const read = readWebhook({ rawBody: req.body, signatureHeader: req.headers['x-zevent-signature'],
      appId: config.appId, oaSecretKey: config.oaSecretKey, now: now() });
    if (!read.ok) {
      logger.warn('zalo webhook refused', { status: read.status, reason: read.reason });
      return void res.status(read.status).json({ ok: false });
    }
    const activity = mapZaloEvent(read.event);
    if (!activity) {
      logger.debug('zalo event ignored', { eventName: read.event.event_name });
      return void res.status(200).json({ ok: true });
    }
    const body = req.body as Buffer;
    let stored: boolean;
    try {
      // One lane per resident: their messages are answered in the order they sent them.
      stored = await options.queue.enqueue({ key: zaloEventKey(read.event, body), channel: 'zalo', payload: body.toString('utf8'),
        ...(activity.conversation?.id ? { lane: activity.conversation.id } : {}) }, now());
    } catch (err) {
      // Not stored, so not acknowledged: Zalo delivers it again later.
      logger.error('zalo event could not be stored', { error: (err as Error).message });
      return void res.status(503).json({ ok: false });
    }
    res.status(200).json({ ok: true });
    if (stored) options.onStored();
    else logger.info('zalo duplicate delivery dropped', { eventName: read.event.event_name });
  });
  router.use(bodyErrors(logger));
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
