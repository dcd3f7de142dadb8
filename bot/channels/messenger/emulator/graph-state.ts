import { randomBytes } from 'node:crypto';

/** What the emulated Graph API answers: an HTTP status and a JSON body, as Meta's would be. */
export interface GraphWire {
  readonly status: number;
  readonly body: unknown;
}

/** A message the Page sent, as the emulator received it. */
export interface ReceivedMessage {
  readonly recipient: string;
  readonly text: string;
  readonly quick_replies: readonly { readonly title: string; readonly payload: string }[];
  readonly messaging_type: string;
  readonly tag?: string;
  readonly message_id: string;
  readonly at: number;
}

/** A failure the next sends answer with: a Graph error code (190, 4, 613, 551, 100, 10) or HTTP 500. */
export type GraphFault = 190 | 4 | 613 | 551 | 100 | 10 | 500;
export const GRAPH_FAULTS: readonly GraphFault[] = [190, 4, 613, 551, 100, 10, 500];

const HOUR = 3_600_000;
const TAGS = new Set(['HUMAN_AGENT', 'CONFIRMED_EVENT_UPDATE', 'POST_PURCHASE_UPDATE', 'ACCOUNT_UPDATE']);

/** Graph's error shape (shared/docs/messenger.md, Errors). */
export function graphError(status: number, code: number, message: string, subcode?: number): GraphWire {
  return { status, body: { error: { message, type: 'OAuthException', code, ...(subcode ? { error_subcode: subcode } : {}),
    fbtrace_id: randomBytes(8).toString('base64url') } } };
}

/**
 * The Send API's side: the Page token, the people who wrote to the Page (and when, for the 24 h / 7-day windows), the
 * messages received, and queued faults. Every rule the docs state is checked, so a bot that breaks one sees Meta's error.
 */
export class GraphState {
  readonly messages: ReceivedMessage[] = [];
  readonly faults: GraphFault[] = [];
  /** PSID → when they last wrote to the Page (the emulator's clock). */
  readonly lastUserMessage = new Map<string, number>();
  readonly waiters = new Set<() => boolean>();
  readonly stats = { sends: 0, refused: 0, typing: 0 };
  tokenRevoked = false;

  constructor(private readonly o: { pageAccessToken: string; now: () => number }) {}

  send(token: unknown, body: unknown): GraphWire {
    this.stats.sends++;
    const wire = this.answer(token, body);
    if (wire.status !== 200) this.stats.refused++;
    return wire;
  }

  reset(): void {
    this.messages.length = 0;
    this.faults.length = 0;
    this.lastUserMessage.clear();
    this.tokenRevoked = false;
    Object.assign(this.stats, { sends: 0, refused: 0, typing: 0 });
  }

  private answer(token: unknown, body: unknown): GraphWire {
    if (token !== this.o.pageAccessToken || this.tokenRevoked) {
      return graphError(400, 190, 'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.', 460);
    }
    const fault = this.faults.shift();
    if (fault === 500) return graphError(500, 2, 'An unexpected error has occurred. Please retry your request later.');
    if (fault === 190) return graphError(400, 190, 'Error validating access token: Session has expired.', 463);
    if (fault === 4) return graphError(400, 4, '(#4) Application request limit reached');
    if (fault === 613) return graphError(400, 613, '(#613) Calls to this api have exceeded the rate limit.');
    if (fault === 551) return graphError(400, 551, 'This person isn\'t available right now.', 1545041);
    if (fault === 100) return graphError(400, 100, '(#100) Invalid parameter');
    if (fault === 10) return graphError(400, 10, '(#10) This message is sent outside of allowed window.', 2018278);
    const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const recipient = (b.recipient as { id?: unknown } | undefined)?.id;
    if (typeof recipient !== 'string' || recipient === '') return graphError(400, 100, '(#100) The parameter recipient is required');
    const last = this.lastUserMessage.get(recipient);
    if (last === undefined) return graphError(400, 100, '(#100) No matching user found', 2018001);
    const age = this.o.now() - last;
    if (b.sender_action !== undefined) {
      if (!['typing_on', 'typing_off', 'mark_seen'].includes(String(b.sender_action))) return graphError(400, 100, '(#100) Param sender_action must be one of {MARK_SEEN, TYPING_ON, TYPING_OFF}');
      this.stats.typing++;
      return { status: 200, body: { recipient_id: recipient } };
    }
    const type = b.messaging_type;
    if (type !== 'RESPONSE' && type !== 'UPDATE' && type !== 'MESSAGE_TAG') return graphError(400, 100, '(#100) Param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}');
    if (type === 'MESSAGE_TAG' && !TAGS.has(String(b.tag))) return graphError(400, 100, '(#100) Param tag must be a valid message tag');
    // Within 24 h anything goes; a human agent's tagged reply up to 7 days; nothing after.
    const allowed = age < 24 * HOUR || (type === 'MESSAGE_TAG' && b.tag === 'HUMAN_AGENT' && age < 7 * 24 * HOUR);
    if (!allowed) return graphError(400, 10, '(#10) This message is sent outside of allowed window. Learn more about the new policy here: https://developers.facebook.com/docs/messenger-platform/policy-overview', 2018278);
    const message = (typeof b.message === 'object' && b.message !== null ? b.message : {}) as { text?: unknown; quick_replies?: unknown };
    if (typeof message.text !== 'string' || message.text === '') return graphError(400, 100, '(#100) Must send either message or state');
    if (Array.from(message.text).length > 2000) return graphError(400, 100, '(#100) Length of param message[text] must be less than or equal to 2000');
    const quick = message.quick_replies === undefined ? [] : message.quick_replies;
    if (!Array.isArray(quick) || quick.length > 13) return graphError(400, 100, '(#100) param message[quick_replies] must have at most 13 elements');
    for (const q of quick as { content_type?: unknown; title?: unknown; payload?: unknown }[]) {
      if (q?.content_type !== 'text') return graphError(400, 100, '(#100) Param message[quick_replies][0][content_type] must be one of {TEXT, USER_PHONE_NUMBER, USER_EMAIL}');
      if (typeof q.title !== 'string' || q.title === '' || Array.from(q.title).length > 20) return graphError(400, 100, '(#100) Param message[quick_replies][0][title] must be at most 20 characters');
      if (typeof q.payload !== 'string' || q.payload === '' || q.payload.length > 1000) return graphError(400, 100, '(#100) Param message[quick_replies][0][payload] must be at most 1000 characters');
    }
    const messageId = `m_${randomBytes(12).toString('base64url')}`;
    this.messages.push({ recipient, text: message.text, quick_replies: (quick as { title: string; payload: string }[]).map((q) => ({ title: q.title, payload: q.payload })),
      messaging_type: type, ...(type === 'MESSAGE_TAG' ? { tag: String(b.tag) } : {}), message_id: messageId, at: this.o.now() });
    for (const waiter of [...this.waiters]) if (waiter()) this.waiters.delete(waiter);
    return { status: 200, body: { recipient_id: recipient, message_id: messageId } };
  }
}
