import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZaloConfig } from '../../config.js';
import { SECURITY_HEADERS } from '../../http/security-headers.js';
import type { Logger } from '../../../core/logger.js';
import type { InboundQueue } from '../../../core/ports/inbound-queue.js';
import { mapZaloEvent, zaloEventKey } from './map-event.js';
import { queuedPayload } from './queued-payload.js';
import { readWebhook, ZALO_MAX_EVENT_AGE_MS } from './read-webhook.js';

export const ZALO_WEBHOOK_PATH = '/api/zalo/webhook';
/** Twice the accepted event age, so the ledger outlives every delivery the timestamp window admits. */
export const ZALO_DEDUPE_TTL_MS = 2 * ZALO_MAX_EVENT_AGE_MS;
export const ZALO_MAX_BODY = 64 * 1024;

/** A plain node:http handler: the server hands it POSTs to ZALO_WEBHOOK_PATH before express sees them. */
export type ZaloWebhook = (req: IncomingMessage, res: ServerResponse) => void;

export interface ZaloWebhookOptions {
  config: Pick<ZaloConfig, 'appId' | 'oaSecretKey'>;
  /** Accepted events: SQLite embedded, PostgreSQL when instances share it. */
  queue: Pick<InboundQueue, 'enqueue'>;
  /** A new event was stored: wake whoever answers the queue. */
  onStored: () => void;
  logger: Logger;
  now?: () => number;
}

/**
 * True for a POST the Zalo webhook takes. The path is matched as express matched the route this replaced: any case,
 * one trailing slash, the query string aside, and in absolute form ("http://host/api/zalo/webhook") too.
 */
export function isZaloWebhook(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || !req.url) return false;
  let path = req.url;
  if (!path.startsWith('/')) {
    const scheme = path.indexOf('://');
    const slash = scheme < 0 ? -1 : path.indexOf('/', scheme + 3);
    if (slash < 0) return false;
    path = path.slice(slash);
  }
  const q = path.indexOf('?');
  if (q >= 0) path = path.slice(0, q);
  if (path.length === ZALO_WEBHOOK_PATH.length + 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path.length === ZALO_WEBHOOK_PATH.length && path.toLowerCase() === ZALO_WEBHOOK_PATH;
}

/**
 * POST /api/zalo/webhook: verify, store the event in the durable queue, acknowledge; a ZaloConsumer answers from the
 * queue. Storing first means a crash after the 200 loses nothing, and the queue's key de-duplicates redeliveries.
 * Written on node:http rather than as an express route: it is the one request a burst is made of, and express's
 * routing, body parser and response helpers cost about as much as the rest of the acknowledgement (CPU profiles of
 * the load benchmark).
 */
export function createZaloWebhook(options: ZaloWebhookOptions): ZaloWebhook {
  const { config, logger } = options;
  const now = options.now ?? Date.now;
  return (req, res) => {
    readBody(req, ZALO_MAX_BODY, (refused, body) => {
      if (refused) {
        logger.warn('zalo webhook body refused', { status: refused.status, reason: refused.reason });
        // The connection closes after the answer, so the rest of an oversized body is not read.
        if (refused.status === 413) res.setHeader('Connection', 'close');
        return reply(res, refused.status, false);
      }
      accept(body!, req, res).catch((err: unknown) => {
        // A bug, not the sender's fault: a 500 (Zalo delivers again) rather than an unhandled rejection ending the process.
        logger.error('zalo webhook failed', { error: err instanceof Error ? err.message : String(err) });
        reply(res, 500, false);
      });
    });
  };

  async function accept(body: Buffer, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const read = readWebhook({ rawBody: body, signatureHeader: req.headers['x-zevent-signature'], appId: config.appId,
      oaSecretKey: config.oaSecretKey, now: now() });
    if (!read.ok) {
      logger.warn('zalo webhook refused', { status: read.status, reason: read.reason });
      return reply(res, read.status, false);
    }
    const activity = mapZaloEvent(read.event);
    if (!activity) {
      logger.debug('zalo event ignored', { eventName: read.event.event_name });
      return reply(res, 200, true);
    }
    let stored: boolean;
    try {
      // One lane per resident: their messages are answered in the order they sent them.
      const lane = activity.conversation?.id;
      const event = { key: zaloEventKey(read.event, body), channel: 'zalo', payload: queuedPayload(read.event, body) };
      stored = await options.queue.enqueue(lane ? { ...event, lane } : event, now());
    } catch (err) {
      // Not stored, so not acknowledged: Zalo delivers it again later.
      logger.error('zalo event could not be stored', { error: (err as Error).message });
      return reply(res, 503, false);
    }
    reply(res, 200, true);
    if (!stored) return logger.info('zalo duplicate delivery dropped', { eventName: read.event.event_name });
    try {
      options.onStored();
    } catch (err) {
      // Stored and acknowledged: the consumer's periodic sweep still finds it.
      logger.error('zalo consumer could not be woken', { error: err instanceof Error ? err.message : String(err) });
    }
  }
}

/** The two replies there are, headers built once. */
const REPLIES = [true, false].map((ok) => {
  const body = Buffer.from(JSON.stringify({ ok }));
  return { body, headers: { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(body.length) } };
});

function reply(res: ServerResponse, status: number, ok: boolean): void {
  if (res.headersSent) return;
  const { body, headers } = REPLIES[ok ? 0 : 1]!;
  res.writeHead(status, headers);
  res.end(body);
}

interface Refusal {
  readonly status: 400 | 413;
  readonly reason: string;
}

/**
 * The raw body, up to `limit` bytes. Zalo sends plain JSON; a compressed body is refused (400) rather than inflated,
 * so a small request cannot grow into a large one. Over the limit: 413, from the declared length or while reading.
 */
function readBody(req: IncomingMessage, limit: number, done: (refused: Refusal | undefined, body?: Buffer) => void): void {
  const encoding = req.headers['content-encoding'];
  const declared = Number(req.headers['content-length']);
  let refusal: Refusal | undefined;
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') refusal = { status: 400, reason: `content-encoding ${encoding}` };
  else if (declared > limit) refusal = { status: 413, reason: 'declared length over the limit' };
  if (refusal) {
    // Drained, not read: the connection stays usable for the next request.
    req.resume();
    return done(refusal);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = (r: Refusal | undefined, body?: Buffer): void => {
    if (finished) return;
    finished = true;
    done(r, body);
  };
  req.on('data', (chunk: Buffer) => {
    if (finished) return;
    size += chunk.length;
    if (size > limit) {
      finish({ status: 413, reason: 'body over the limit' });
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => finish(undefined, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
  // A client that hangs up mid-body gets nothing: there is no one left to answer.
  req.on('error', () => { finished = true; });
  req.on('close', () => { if (!req.complete) finished = true; });
}
