import { splitReply } from '../reply-parts.js';

/** Send API limits (shared/docs/messenger.md): 2,000 characters of text, 13 quick replies of 20-character titles. */
export const MESSENGER_MAX_TEXT = 2000;
export const MESSENGER_MAX_QUICK_REPLIES = 13;
export const MESSENGER_MAX_TITLE = 20;
export const MESSENGER_MAX_PAYLOAD = 1000;

/** A button the bot offers: tapping it sends `payload` back, which the bot reads as the resident's text. */
export interface MessengerButton {
  readonly title: string;
  readonly payload: string;
}

export interface MessengerQuickReply {
  readonly content_type: 'text';
  readonly title: string;
  readonly payload: string;
}

/** The `message` of one Send API request. */
export interface MessengerOutgoing {
  readonly text: string;
  readonly quick_replies?: readonly MessengerQuickReply[];
}

/** A title Meta accepts: at most 20 characters (counted as people see them, so an emoji is one), shortened with "…". */
export function quickReplyTitle(title: string): string {
  const chars = Array.from(title.trim());
  return chars.length <= MESSENGER_MAX_TITLE ? chars.join('') : `${chars.slice(0, MESSENGER_MAX_TITLE - 1).join('').trimEnd()}…`;
}

/** The quick replies Meta accepts: a title and a payload within the limits, at most 13. */
export function quickReplies(buttons: readonly MessengerButton[]): MessengerQuickReply[] {
  return buttons
    .filter((b) => b.title.trim() !== '' && b.payload !== '' && b.payload.length <= MESSENGER_MAX_PAYLOAD)
    .slice(0, MESSENGER_MAX_QUICK_REPLIES)
    .map((b) => ({ content_type: 'text', title: quickReplyTitle(b.title), payload: b.payload }));
}

/**
 * One bot reply as Send API messages: plain text (Messenger shows markdown as raw characters), each part at most
 * 2,000 characters, split between sentences with the "Nguồn:" block last, the quick replies on the last part only
 * (Messenger shows them under the newest message and drops them once the resident writes).
 */
export function messengerParts(text: string, buttons: readonly MessengerButton[] = []): MessengerOutgoing[] {
  const parts = splitReply(text, MESSENGER_MAX_TEXT);
  const replies = quickReplies(buttons);
  return parts.map((part, i) => (i === parts.length - 1 && replies.length > 0 ? { text: part, quick_replies: replies } : { text: part }));
}
