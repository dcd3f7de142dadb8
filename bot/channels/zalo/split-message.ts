import { splitReply } from '../reply-parts.js';

/** A reply button: pressing it sends `payload` back as the user's text (oa.query.hide). */
export interface ZaloButton {
  readonly title: string;
  readonly payload: string;
}

export interface ZaloOutgoingMessage {
  readonly text: string;
  readonly buttons?: readonly ZaloButton[];
}

/** Zalo limits (docs §2.1): 2,000 characters of text, 5 buttons, 1,000-character query payloads. */
export const ZALO_MAX_TEXT = 2000;
export const ZALO_MAX_BUTTONS = 5;
export const ZALO_MAX_BUTTON_PAYLOAD = 1000;

/** Keeps the buttons Zalo accepts: non-empty, payload within the limit, at most five. */
export function limitButtons(buttons: readonly ZaloButton[]): ZaloButton[] {
  return buttons
    .filter((b) => b.title.trim() !== '' && b.payload !== '' && b.payload.length <= ZALO_MAX_BUTTON_PAYLOAD)
    .slice(0, ZALO_MAX_BUTTONS);
}

/**
 * Turns one bot reply into Zalo messages: plain text, each at most `maxChars`, split between sentences, the
 * "Nguồn:" block last and the buttons only on the last message (so they sit under the end of the answer).
 */
export function splitMessage(text: string, buttons: readonly ZaloButton[] = [], maxChars = ZALO_MAX_TEXT): ZaloOutgoingMessage[] {
  const parts = splitReply(text, maxChars);
  const kept = limitButtons(buttons);
  return parts.map((part, i) => (i === parts.length - 1 && kept.length > 0 ? { text: part, buttons: kept } : { text: part }));
}
