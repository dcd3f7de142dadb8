/** One message of a conversation as GET /v2.0/oa/conversation lists it (docs §4a); only the fields the bot reads. */
export interface ConversationMessage {
  /** 0: sent by the OA; 1: sent by the user. */
  readonly src: 0 | 1;
  /** Epoch ms, Zalo's clock. */
  readonly time: number;
  readonly type: string;
  /** The text ('' for a message without one). */
  readonly message: string;
  readonly messageId: string;
}

/** What one conversation read came to. */
export type ConversationOutcome =
  | { readonly kind: 'ok'; readonly messages: readonly ConversationMessage[] }
  /** -216 / -220 / HTTP 401: refresh the token once, then read again. */
  | { readonly kind: 'auth'; readonly code: number }
  | { readonly kind: 'failed'; readonly reason: string; readonly code?: number };

/** Classifies a reply; like the send API, errors come as a negative `error` in an HTTP 200 body. */
export function outcomeOfConversationReply(status: number, body: unknown): ConversationOutcome {
  if (status === 401) return { kind: 'auth', code: 401 };
  if (status < 200 || status >= 300) return { kind: 'failed', reason: `HTTP ${status}`, code: status };
  const reply = (typeof body === 'object' && body !== null ? body : {}) as { error?: unknown; data?: unknown };
  const code = Number(reply.error);
  if (reply.error === undefined || !Number.isFinite(code)) return { kind: 'failed', reason: 'unreadable response' };
  if (code === -216 || code === -220) return { kind: 'auth', code };
  if (code !== 0) return { kind: 'failed', reason: `error ${code}`, code };
  if (!Array.isArray(reply.data)) return { kind: 'failed', reason: 'unreadable response' };
  return { kind: 'ok', messages: reply.data.flatMap((entry) => toMessage(entry)) };
}

/** A listed message, or nothing for an entry without a sender side or a time (it cannot be matched anyway). */
function toMessage(entry: unknown): ConversationMessage[] {
  if (typeof entry !== 'object' || entry === null) return [];
  const m = entry as Record<string, unknown>;
  const src = Number(m.src);
  // Parsed JSON: Zalo sends numbers, but ids and times arrive as strings in other replies, so accept both.
  const time = Number(m.time);
  if ((src !== 0 && src !== 1) || !Number.isFinite(time)) return [];
  return [{
    src,
    time,
    type: typeof m.type === 'string' ? m.type : '',
    message: typeof m.message === 'string' ? m.message : '',
    messageId: typeof m.message_id === 'string' || typeof m.message_id === 'number' ? String(m.message_id) : '',
  }];
}
