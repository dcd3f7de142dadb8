import { redactPersonalData } from '../../../core/redact.js';
import type { ZaloEvent } from './zalo-event.js';

/**
 * The event as the inbound queue stores it: the resident's text redacted, so no raw personal number reaches the
 * database, its WAL or a backup at any moment (the bot redacts before it reads anyway). An attachment keeps only its
 * type: its payload (a file's name, a link and its description, a location's coordinates, a business card) may name
 * the resident, and the bot reads no more than that something was sent. The raw body is kept, byte for byte, when
 * there was nothing to take out.
 */
export function queuedPayload(event: ZaloEvent, rawBody: Buffer): string {
  const message = event.message;
  const text = message?.text;
  const redacted = typeof text === 'string' ? redactPersonalData(text) : text;
  const attachments: unknown = message?.attachments;
  const carriesPayload = Array.isArray(attachments) && attachments.some((a) => typeof a !== 'object' || a === null || Object.keys(a).some((k) => k !== 'type'));
  if (redacted === text && !carriesPayload) return rawBody.toString('utf8');
  return JSON.stringify({ ...event, message: { ...message, ...(typeof redacted === 'string' ? { text: redacted } : {}),
    ...(carriesPayload ? { attachments: (attachments as unknown[]).map((a) => ({ type: typeOf(a) })) } : {}) } });
}

const typeOf = (attachment: unknown): string => {
  const type = typeof attachment === 'object' && attachment !== null ? (attachment as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : 'unknown';
};
