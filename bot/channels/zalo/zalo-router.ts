import express from 'express';
import type { ErrorRequestHandler, Router } from 'express';
import type { TurnContext } from 'botbuilder';
import type { ZaloConfig } from '../../config.js';
import type { Logger } from '../../log/logger.js';
import { mapZaloEvent, zaloEventKey } from './map-event.js';
import type { Lock, ZaloEventLedger, ZaloTokenStore } from './ports.js';
import { readWebhook, ZALO_MAX_EVENT_AGE_MS } from './read-webhook.js';
import { ZaloAdapter } from './zalo-adapter.js';
import { ZaloClient } from './zalo-client.js';
import type { OnUndeliverable, SendResult } from './zalo-client.js';
import { splitMessage } from './split-message.js';
import type { ZaloEvent } from './zalo-event.js';
import { ZaloTokenManager } from './token-manager.js';
import { YieldingStarter } from './yielding-starter.js';

export interface ZaloRouterOptions {
  config: ZaloConfig;
  bot: { run(context: TurnContext): Promise<void> };
  ledger: ZaloEventLedger;
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
  /** Sends a text outside a turn (a volunteer's reply), split like any answer; the result says whether it went out. */
  sendText(userId: string, text: string): Promise<SendResult>;
};

/** Twice the accepted event age, so the ledger outlives every delivery the timestamp window admits. */
export const ZALO_DEDUPE_TTL_MS = 2 * ZALO_MAX_EVENT_AGE_MS;
export const ZALO_MAX_BODY = '64kb';

/** POST /api/zalo/webhook: verify, acknowledge at once, then claim the event and run the turn in the background. */
export function createZaloRouter(options: ZaloRouterOptions): ZaloRouter {
  const { config, logger } = options;
  const now = options.now ?? Date.now;
  const fetchFn = options.fetch ?? globalThis.fetch;
  const tokens = new ZaloTokenManager({ config, store: options.tokens, lock: options.lock, logger, fetch: fetchFn, now });
  const client = new ZaloClient({ openapiUrl: config.openapiUrl, tokens, logger, fetch: fetchFn,
    ...(options.onUndeliverable ? { onUndeliverable: options.onUndeliverable } : {}), ...(options.sleep ? { sleep: options.sleep } : {}) });
  const adapter = new ZaloAdapter({ client, logger });
  const inFlight = new Set<Promise<void>>();
  const starter = new YieldingStarter();

  async function handle(event: ZaloEvent, rawBody: Buffer): Promise<void> {
    const activity = mapZaloEvent(event);
    if (!activity) return logger.debug('zalo event ignored', { eventName: event.event_name });
    // Claim before the turn: Zalo re-delivers slow or failed webhooks, and one message must get one answer.
    if (!(await options.ledger.claim(zaloEventKey(event, rawBody), ZALO_DEDUPE_TTL_MS))) {
      return logger.info('zalo duplicate delivery dropped', { eventName: event.event_name });
    }
    await adapter.processActivity(activity, (context) => options.bot.run(context));
  }

  const router = express.Router() as ZaloRouter;
  router.post('/api/zalo/webhook', express.raw({ type: () => true, limit: ZALO_MAX_BODY }), (req, res) => {
    const read = readWebhook({ rawBody: req.body, signatureHeader: req.headers['x-zevent-signature'],
      appId: config.appId, oaSecretKey: config.oaSecretKey, now: now() });
    if (!read.ok) {
      logger.warn('zalo webhook refused', { status: read.status, reason: read.reason });
      return void res.status(read.status).json({ ok: false });
    }
    // Acknowledge first: Zalo expects 200 within about 2 s, and a turn may wait on a language model for longer.
    res.status(200).json({ ok: true });
    const eventName = read.event.event_name;
    const event = read.event;
    const body = req.body as Buffer;
    const task: Promise<void> = new Promise<void>((resolve) => starter.start(() => {
      handle(event, body)
        .catch((err: unknown) => logger.error('zalo turn failed', { eventName, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }))
        .finally(resolve);
    })).finally(() => inFlight.delete(task));
    inFlight.add(task);
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
  router.idle = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };
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
