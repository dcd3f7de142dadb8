import { timingSafeEqual } from 'node:crypto';
import express from 'express';
import type { MessengerConfig } from '../../config.js';
import type { Logger } from '../../../core/logger.js';
import type { InboundQueue } from '../../../core/ports/inbound-queue.js';
import { queuedMessengerEvent } from './map-event.js';
import { messagingEvents } from './messenger-event.js';
import { verifyMessengerSignature } from './verify-signature.js';

export const MESSENGER_WEBHOOK_PATH = '/api/messenger/webhook';
/** A delivery batches entries and events; far above a real one, far below what could hurt. */
const MAX_BODY = '256kb';
/**
 * Signed events older than this are dropped, unanswered: Meta retries a failed delivery for up to about 36 hours, and
 * anything older can only be a captured body replayed. Below the inbound queue's dedupe TTL (48 h), so every event the
 * window admits is still remembered and never answered twice. A timestamp cannot be forged (the signature covers it);
 * an event Meta sent without one is admitted.
 */
export const MESSENGER_MAX_EVENT_AGE_MS = 36 * 60 * 60_000;
/** Tolerated clock skew for timestamps in the future. */
const MAX_FUTURE_SKEW_MS = 10 * 60_000;
/** Meta's challenge is a short random token; anything else is not echoed. */
const CHALLENGE = /^[\w.-]{1,256}$/;

export interface MessengerWebhookOptions {
  readonly config: Pick<MessengerConfig, 'appSecret' | 'verifyToken'>;
  /** Accepted events: the durable inbound queue (SQLite embedded, PostgreSQL when instances share it). */
  readonly queue: Pick<InboundQueue, 'enqueue'>;
  /** New events were stored: wake whoever answers the queue. */
  readonly onStored: () => void;
  readonly logger: Logger;
  readonly now?: () => number;
}

/** Constant-time equality of two strings (lengths differ: false, without comparing). */
function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * GET: Meta's verification handshake (hub.mode=subscribe and our verify token → the challenge as plain text, else
 * 403). POST: the signature over the raw body (401 on doubt), then every messaging event into the durable queue keyed
 * by its mid, and only then 200: a crash after the acknowledgement loses nothing, and a redelivery is stored once.
 */
export function createMessengerWebhook(o: MessengerWebhookOptions): express.Router {
  const now = o.now ?? Date.now;
  const router = express.Router();
  router.get(MESSENGER_WEBHOOK_PATH, (req, res) => {
    const q = req.query as Record<string, unknown>;
    const mode = q['hub.mode'];
    const token = q['hub.verify_token'];
    const challenge = q['hub.challenge'];
    if (mode !== 'subscribe' || typeof token !== 'string' || !sameSecret(token, o.config.verifyToken)
      || typeof challenge !== 'string' || !CHALLENGE.test(challenge)) {
      o.logger.warn('messenger webhook verification refused');
      return void res.status(403).type('text/plain').send('forbidden');
    }
    o.logger.info('messenger webhook verified');
    res.status(200).type('text/plain').send(challenge);
  });
  // Raw bytes (the signature covers them), never inflated: a compressed body is refused rather than grown.
  router.post(MESSENGER_WEBHOOK_PATH, express.raw({ type: () => true, limit: MAX_BODY, inflate: false }), async (req, res) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!verifyMessengerSignature({ rawBody: raw, appSecret: o.config.appSecret, header: req.headers['x-hub-signature-256'] })) {
      o.logger.warn('messenger webhook refused', { reason: 'bad or missing signature' });
      return void res.status(401).json({ error: 'unauthorized' });
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return void res.status(400).json({ error: 'bad_request' });
    }
    const events = messagingEvents(body);
    if (!events) {
      o.logger.debug('messenger delivery ignored (not a Page delivery)');
      return void res.status(200).json({ ok: true });
    }
    let stored = 0;
    try {
      for (const event of events) {
        const at = event.timestamp;
        if (typeof at === 'number' && (at < now() - MESSENGER_MAX_EVENT_AGE_MS || at > now() + MAX_FUTURE_SKEW_MS)) {
          o.logger.warn('messenger event dropped', { reason: 'timestamp outside the accepted window' });
          continue;
        }
        const queued = queuedMessengerEvent(event);
        if (!queued) continue;
        if (await o.queue.enqueue({ ...queued, channel: 'messenger' }, now())) stored++;
        else o.logger.info('messenger duplicate delivery dropped');
      }
    } catch (err) {
      // Not all stored, so not acknowledged: Meta delivers the batch again, and what was stored is not stored twice.
      o.logger.error('messenger event could not be stored', { error: (err as Error).message });
      return void res.status(503).json({ error: 'unavailable' });
    }
    res.status(200).json({ ok: true });
    if (stored > 0) o.onStored();
  });
  return router;
}
