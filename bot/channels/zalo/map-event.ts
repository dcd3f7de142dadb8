import { createHash } from 'node:crypto';
import type { Activity, Attachment } from 'botbuilder';
import type { ZaloAttachment, ZaloEvent } from './zalo-event.js';

export const ZALO_CHANNEL_ID = 'zalo';

const MEDIA_EVENTS = new Set([
  'user_send_image', 'user_send_gif', 'user_send_sticker', 'user_send_file', 'user_send_audio',
  'user_send_video', 'user_send_link', 'user_send_location', 'user_send_business_card',
]);

/** The dedupe key: event name and msg_id, or a hash of the raw body for events without one (follow). */
export function zaloEventKey(event: ZaloEvent, rawBody: Buffer): string {
  const msgId = event.message?.msg_id;
  if (typeof msgId === 'string' && msgId !== '') return `${event.event_name}:${msgId}`;
  return `${event.event_name}:sha256:${createHash('sha256').update(rawBody).digest('hex')}`;
}

/**
 * Maps a webhook event to the Activity the bot expects (bot/channels/README.md), or undefined for events the bot
 * must not see: OA echoes (answering them would loop), receipts, unfollow and anything unknown.
 */
export function mapZaloEvent(event: ZaloEvent): Partial<Activity> | undefined {
  if (event.event_name === 'follow') return mapFollow(event);
  if (event.event_name === 'user_send_text') {
    const base = userMessageBase(event);
    const text = event.message?.text;
    return base && typeof text === 'string' ? { ...base, text } : undefined;
  }
  if (MEDIA_EVENTS.has(event.event_name)) {
    const base = userMessageBase(event);
    // No text: the bot answers any non-text message politely that it reads text.
    return base ? { ...base, attachments: mapAttachments(event.event_name, event.message?.attachments) } : undefined;
  }
  return undefined;
}

function userMessageBase(event: ZaloEvent): Partial<Activity> | undefined {
  const userId = event.sender?.id;
  const msgId = event.message?.msg_id;
  if (typeof userId !== 'string' || userId === '' || typeof msgId !== 'string') return undefined;
  return {
    type: 'message',
    id: msgId,
    channelId: ZALO_CHANNEL_ID,
    timestamp: toDate(event.timestamp),
    from: { id: userId, name: '', role: 'user' },
    // Parsed JSON: a field may hold any type, and ids must stay strings.
    recipient: { id: stringOr(event.recipient?.id, ''), name: '', role: 'bot' },
    conversation: { id: `zalo:${userId}`, isGroup: false, conversationType: 'personal', name: '' },
    serviceUrl: '',
    channelData: { eventName: event.event_name },
  };
}

function mapFollow(event: ZaloEvent): Partial<Activity> | undefined {
  const userId = event.follower?.id;
  if (typeof userId !== 'string' || userId === '') return undefined;
  return {
    type: 'conversationUpdate',
    channelId: ZALO_CHANNEL_ID,
    timestamp: toDate(event.timestamp),
    from: { id: userId, name: '', role: 'user' },
    recipient: { id: stringOr(event.oa_id, ''), name: '', role: 'bot' },
    conversation: { id: `zalo:${userId}`, isGroup: false, conversationType: 'personal', name: '' },
    membersAdded: [{ id: userId, name: '' }],
    serviceUrl: '',
    channelData: { eventName: event.event_name },
  };
}

function mapAttachments(eventName: string, attachments: unknown): Attachment[] {
  const kind = eventName.replace('user_send_', '');
  // Parsed JSON: anything but a list of objects counts as no attachments.
  const list = Array.isArray(attachments) ? attachments.filter((a): a is ZaloAttachment => typeof a === 'object' && a !== null) : [];
  if (list.length === 0) return [{ contentType: `application/vnd.zalo.${kind}` }];
  return list.map((a) => {
    const url = typeof a.payload?.url === 'string' ? a.payload.url : undefined;
    const name = typeof a.payload?.name === 'string' ? a.payload.name : undefined;
    return { contentType: `application/vnd.zalo.${stringOr(a.type, kind)}`, content: a.payload, ...(url ? { contentUrl: url } : {}),
      ...(name ? { name } : {}) };
  });
}

const stringOr = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/** Zalo timestamps are epoch ms, as a string or a number. */
function toDate(timestamp: string | number): Date | undefined {
  const date = new Date(Number(timestamp));
  // Beyond ±8.64e15 ms a Date is invalid, and toISOString() on it throws.
  return Number.isNaN(date.getTime()) ? undefined : date;
}
