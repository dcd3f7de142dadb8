import type { Activity } from 'botbuilder';
import { redactPersonalData } from '../../../core/redact.js';
import type { MessengerMessagingEvent } from './messenger-event.js';

export const MESSENGER_CHANNEL_ID = 'messenger';

/**
 * One messaging event as the inbound queue stores it, keyed by its `mid` (Meta may deliver an event more than once),
 * or undefined for what the bot must not see: the Page's own echoes (answering them would loop), delivery and read
 * receipts, events without a sender or an id. Only what a turn reads is kept: the text (personal numbers redacted, so
 * none reaches the database), the tapped payload, attachment types (never their URLs or coordinates).
 */
export function queuedMessengerEvent(e: MessengerMessagingEvent): { key: string; lane: string; payload: string } | undefined {
  const psid = e.sender?.id;
  if (typeof psid !== 'string' || psid === '') return undefined;
  const timestamp = typeof e.timestamp === 'number' ? e.timestamp : undefined;
  const base = { sender: { id: psid }, recipient: { id: typeof e.recipient?.id === 'string' ? e.recipient.id : '' }, ...(timestamp ? { timestamp } : {}) };
  let stored: MessengerMessagingEvent;
  let mid: unknown;
  if (e.message) {
    if (e.message.is_echo === true) return undefined;
    mid = e.message.mid;
    const text = typeof e.message.text === 'string' ? redactPersonalData(e.message.text) : undefined;
    const payload = typeof e.message.quick_reply?.payload === 'string' ? redactPersonalData(e.message.quick_reply.payload) : undefined;
    const attachments = Array.isArray(e.message.attachments)
      ? e.message.attachments.map((a) => ({ type: typeof a?.type === 'string' ? a.type : 'unknown' })) : undefined;
    stored = { ...base, message: { mid: String(mid), ...(text !== undefined ? { text } : {}), ...(payload !== undefined ? { quick_reply: { payload } } : {}),
      ...(attachments ? { attachments } : {}) } };
  } else if (e.postback && typeof e.postback.payload === 'string') {
    mid = e.postback.mid;
    stored = { ...base, postback: { mid: String(mid), payload: redactPersonalData(e.postback.payload) } };
  } else {
    return undefined;
  }
  if (typeof mid !== 'string' || mid === '') return undefined;
  return { key: `messenger:${mid}`, lane: `messenger:${psid}`, payload: JSON.stringify(stored) };
}

/**
 * The Activity the bot expects (bot/channels/README.md) for a stored event. A quick-reply tap or a button press comes
 * back as its payload, which is what the bot offered (a starter question, 👍/👎): the title may have been shortened to
 * Meta's 20 characters. Attachments without text get the bot's polite "I read text".
 */
export function mapMessengerEvent(e: MessengerMessagingEvent): Partial<Activity> | undefined {
  const psid = e.sender?.id;
  if (typeof psid !== 'string' || psid === '') return undefined;
  const mid = e.message?.mid ?? e.postback?.mid;
  const tapped = e.message?.quick_reply?.payload ?? e.postback?.payload;
  const text = typeof tapped === 'string' ? tapped : e.message?.text;
  const attachments = e.message?.attachments ?? [];
  if (typeof text !== 'string' && attachments.length === 0) return undefined;
  return {
    type: 'message',
    ...(typeof mid === 'string' ? { id: mid } : {}),
    channelId: MESSENGER_CHANNEL_ID,
    ...(typeof e.timestamp === 'number' && Number.isFinite(new Date(e.timestamp).getTime()) ? { timestamp: new Date(e.timestamp) } : {}),
    from: { id: psid, name: '', role: 'user' },
    recipient: { id: e.recipient?.id ?? '', name: '', role: 'bot' },
    conversation: { id: `messenger:${psid}`, isGroup: false, conversationType: 'personal', name: '' },
    serviceUrl: '',
    ...(typeof text === 'string' ? { text } : { attachments: attachments.map((a) => ({ contentType: `application/vnd.messenger.${a.type}` })) }),
  };
}
