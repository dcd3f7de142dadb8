import { redactPersonalData } from '../../../core/redact.js';
import type { ZaloEvent } from './zalo-event.js';

/**
 * The event as the inbound queue stores it: the resident's text redacted, so no raw personal number reaches the
 * database, its WAL or a backup at any moment (the bot redacts before it reads anyway). The raw body is kept, byte
 * for byte, when there was nothing to redact.
 */
export function queuedPayload(event: ZaloEvent, rawBody: Buffer): string {
  const text = event.message?.text;
  if (typeof text !== 'string') return rawBody.toString('utf8');
  const redacted = redactPersonalData(text);
  if (redacted === text) return rawBody.toString('utf8');
  return JSON.stringify({ ...event, message: { ...event.message, text: redacted } });
}
