/** A message the OA sent a user, as the emulator recorded it. */
export interface SentMessage {
  readonly user_id: string;
  readonly text: string;
  readonly buttons: readonly { title: string; type: string; payload: string }[];
  readonly message_id: string;
  readonly sent_time: string;
}

/** A message a user sent the OA, as the emulator remembers it. */
export interface InboundMessage {
  readonly user_id: string;
  readonly text: string;
  /** Epoch ms as a string, like the event's `timestamp`. */
  readonly time: string;
  readonly message_id: string;
}

/** One entry of GET /v2.0/oa/conversation's `data` (docs §4a). */
export interface ConversationEntry {
  readonly src: 0 | 1;
  readonly time: number;
  readonly type: 'text';
  readonly message: string;
  readonly message_id: string;
  readonly from_id: string;
  readonly to_id: string;
  readonly from_display_name: string;
  readonly to_display_name: string;
}

/** At most this many messages a page (docs §4a). */
export const MAX_CONVERSATION_COUNT = 10;

/**
 * Reads the `data` query parameter ({"user_id","offset","count"}, URL-encoded JSON): the page asked for, or the Zalo
 * error code for a bad one. -201 (invalid parameter) for a missing user or a malformed value; -210 (parameter exceeds
 * limit) for a count over 10. Zalo's exact codes for these are not documented; these are the table's nearest.
 */
export function readConversationQuery(data: unknown): { userId: string; offset: number; count: number } | number {
  if (typeof data !== 'string') return -201;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return -201;
  }
  const q = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { user_id?: unknown; offset?: unknown; count?: unknown };
  const userId = typeof q.user_id === 'number' ? String(q.user_id) : q.user_id;
  const offset = Number(q.offset ?? 0);
  const count = Number(q.count ?? MAX_CONVERSATION_COUNT);
  if (typeof userId !== 'string' || userId === '' || !Number.isInteger(offset) || offset < 0 || !Number.isInteger(count) || count < 1) return -201;
  if (count > MAX_CONVERSATION_COUNT) return -210;
  return { userId, offset, count };
}

/** The conversation between the OA and one user, newest first, one page of it. */
export function conversationPage(options: {
  inbound: readonly InboundMessage[]; sent: readonly SentMessage[]; oaId: string; userId: string; offset: number; count: number;
}): ConversationEntry[] {
  const { userId, oaId } = options;
  const userName = `Zalo user ${userId}`;
  const oaName = 'Official Account';
  const fromUser = options.inbound.filter((m) => m.user_id === userId).map((m): ConversationEntry => ({ src: 1, time: Number(m.time),
    type: 'text', message: m.text, message_id: m.message_id, from_id: userId, to_id: oaId, from_display_name: userName, to_display_name: oaName }));
  const fromOa = options.sent.filter((m) => m.user_id === userId).map((m): ConversationEntry => ({ src: 0, time: Number(m.sent_time),
    type: 'text', message: m.text, message_id: m.message_id, from_id: oaId, to_id: userId, from_display_name: oaName, to_display_name: userName }));
  // Stable: of two messages in the same millisecond, the one recorded later is listed first.
  const all = [...fromUser, ...fromOa].map((entry, order) => ({ entry, order }));
  all.sort((a, b) => b.entry.time - a.entry.time || b.order - a.order);
  return all.slice(options.offset, options.offset + options.count).map((x) => x.entry);
}
