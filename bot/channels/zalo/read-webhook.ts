import { verifyZaloSignature } from './verify-signature.js';
import { isZaloEvent } from './zalo-event.js';
import type { ZaloEvent } from './zalo-event.js';

/**
 * Signed events older than this are refused (401). Zalo re-delivers for up to about 12 h (docs §4), so a day
 * admits every genuine retry; anything older can only be a captured body replayed. The dedupe TTL is longer than
 * this window, so every event the window admits is still remembered by the ledger and is never answered twice.
 */
export const ZALO_MAX_EVENT_AGE_MS = 24 * 60 * 60_000;
/** Tolerated clock skew for timestamps in the future. */
export const ZALO_MAX_FUTURE_SKEW_MS = 10 * 60_000;

export type WebhookRead =
  | { readonly ok: true; readonly event: ZaloEvent }
  | { readonly ok: false; readonly status: 400 | 401; readonly reason: string };

export interface WebhookInput {
  rawBody: unknown;
  signatureHeader: string | string[] | undefined;
  appId: string;
  oaSecretKey: string;
  now: number;
}

/** Checks one webhook request: signature present, JSON event, MAC over the raw bytes, timestamp in the window. */
export function readWebhook(input: WebhookInput): WebhookRead {
  if (typeof input.signatureHeader !== 'string' || input.signatureHeader.trim() === '') return { ok: false, status: 401, reason: 'missing signature' };
  if (!Buffer.isBuffer(input.rawBody) || input.rawBody.length === 0) return { ok: false, status: 400, reason: 'empty body' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.rawBody.toString('utf8'));
  } catch {
    return { ok: false, status: 400, reason: 'malformed JSON' };
  }
  if (!isZaloEvent(parsed)) return { ok: false, status: 400, reason: 'not a Zalo event' };
  const signed = verifyZaloSignature({ appId: input.appId, oaSecretKey: input.oaSecretKey, rawBody: input.rawBody,
    timestamp: parsed.timestamp, header: input.signatureHeader });
  if (!signed) return { ok: false, status: 401, reason: 'bad signature' };
  const at = Number(parsed.timestamp);
  if (!Number.isFinite(at) || at < input.now - ZALO_MAX_EVENT_AGE_MS || at > input.now + ZALO_MAX_FUTURE_SKEW_MS) {
    return { ok: false, status: 401, reason: 'timestamp outside the accepted window' };
  }
  return { ok: true, event: parsed };
}
