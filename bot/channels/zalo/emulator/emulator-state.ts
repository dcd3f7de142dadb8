import { randomBytes } from 'node:crypto';
import { conversationPage, readConversationQuery } from './conversation-view.js';
import type { InboundMessage, SentMessage } from './conversation-view.js';

/** A scripted result for the next send: a Zalo error code (-32, -230…), an HTTP status (≥ 400), or 'hang'. */
export type SendFault = number | 'hang';

export interface EmulatorStats {
  refreshCalls: number;
  refreshFailures: number;
  /** Every POST to /message/cs, accepted or not. */
  sendCalls: number;
  /** Messages accepted and recorded. */
  sent: number;
  rejectedTokens: number;
  /** Every GET of /v2.0/oa/conversation, answered or not. */
  conversationReads: number;
}

export interface WireReply {
  readonly status: number;
  readonly body: unknown;
  /** Answer only after this long (the message is recorded already): a sent-but-unanswered request. */
  readonly delayMs?: number;
}

const ERROR_TEXT: Record<number, string> = {
  [-32]: 'Your application/OA reached limit call api', [-201]: 'Parameters invalid', [-210]: 'Parameter exceeds limit',
  [-216]: 'Access token is invalid', [-220]: 'Access token has expired', [-230]: 'User has not interacted with the OA in the past 7 days',
  [-232]: 'User interaction has expired',
};
const zaloError = (code: number): WireReply => ({ status: 200, body: { error: code, message: ERROR_TEXT[code] ?? 'Error' } });
const newId = (bytes = 10) => randomBytes(bytes).toString('hex');

/** The emulator's memory: tokens, sent messages, scripted faults and counters. Wire shapes follow docs/zalo-oa.md. */
export class EmulatorState {
  readonly accessTokens = new Map<string, number>();
  readonly refreshTokens = new Map<string, 'live' | 'used'>();
  readonly messages: SentMessage[] = [];
  /** Called after every recorded message; long-polling clients wait on it instead of polling. */
  readonly waiters = new Set<() => void>();
  readonly inbound: InboundMessage[] = [];
  faults: SendFault[] = [];
  /** Scripted Zalo error codes (or HTTP statuses ≥ 400) for the next conversation reads. */
  conversationFaults: number[] = [];
  stats: EmulatorStats = { refreshCalls: 0, refreshFailures: 0, sendCalls: 0, sent: 0, rejectedTokens: 0, conversationReads: 0 };

  constructor(private readonly options: { appId: string; oaId: string; appSecret: string; accessTokenTtlSec: number; hangMs: number; now: () => number }) {}

  issuePair(): { accessToken: string; refreshToken: string } {
    const accessToken = `at-${newId(16)}`;
    const refreshToken = `rt-${newId(16)}`;
    this.accessTokens.set(accessToken, this.options.now() + this.options.accessTokenTtlSec * 1000);
    this.refreshTokens.set(refreshToken, 'live');
    return { accessToken, refreshToken };
  }

  expireAccessTokens(): void {
    for (const token of this.accessTokens.keys()) this.accessTokens.set(token, 0);
  }

  reset(): void {
    this.messages.length = 0;
    this.inbound.length = 0;
    this.faults = [];
    this.conversationFaults = [];
    this.stats = { refreshCalls: 0, refreshFailures: 0, sendCalls: 0, sent: 0, rejectedTokens: 0, conversationReads: 0 };
  }

  /** POST /v3.0/oa/message/cs */
  send(accessToken: unknown, body: unknown): WireReply {
    this.stats.sendCalls++;
    if (!this.tokenIsLive(accessToken)) {
      this.stats.rejectedTokens++;
      return zaloError(-216);
    }
    const fault = this.faults.shift();
    if (typeof fault === 'number') return fault >= 400 ? { status: fault, body: { message: `HTTP ${fault}` } } : zaloError(fault);
    const parsed = parseCsBody(body);
    if (typeof parsed === 'number') return zaloError(parsed);
    const message: SentMessage = { ...parsed, message_id: newId(16), sent_time: String(this.options.now()) };
    this.messages.push(message);
    for (const waiter of [...this.waiters]) waiter();
    this.stats.sent++;
    const reply: WireReply = { status: 200, body: { error: 0, message: 'Success',
      data: { message_id: message.message_id, user_id: message.user_id, sent_time: message.sent_time, quota: { quota_type: 'reply', remain: '8', total: '8' } } } };
    return fault === 'hang' ? { ...reply, delayMs: this.options.hangMs } : reply;
  }

  /** GET /v2.0/oa/conversation?data={"user_id","offset","count"}: one page of a conversation, newest first. */
  conversation(accessToken: unknown, data: unknown): WireReply {
    this.stats.conversationReads++;
    if (!this.tokenIsLive(accessToken)) {
      this.stats.rejectedTokens++;
      return zaloError(-216);
    }
    const fault = this.conversationFaults.shift();
    if (fault !== undefined) return fault >= 400 ? { status: fault, body: { message: `HTTP ${fault}` } } : zaloError(fault);
    const query = readConversationQuery(data);
    if (typeof query === 'number') return zaloError(query);
    const page = conversationPage({ inbound: this.inbound, sent: this.messages, oaId: this.options.oaId, ...query });
    return { status: 200, body: { error: 0, message: 'Success', data: page } };
  }

  private tokenIsLive(accessToken: unknown): boolean {
    const expiresAt = typeof accessToken === 'string' ? this.accessTokens.get(accessToken) : undefined;
    return expiresAt !== undefined && expiresAt > this.options.now();
  }

  /** POST /v4/oa/access_token (form fields already parsed). */
  refresh(secretKey: unknown, form: Record<string, unknown>): WireReply {
    this.stats.refreshCalls++;
    // A missing or wrong secret_key header is answered like Zalo does: 404 "empty api" (docs §3).
    if (secretKey !== this.options.appSecret) return this.refreshFailed({ status: 404, body: { message: 'empty api' } });
    // -14001/-14002 are this emulator's own codes for the checks below; only -14020 is documented.
    if (form.app_id !== this.options.appId) return this.refreshFailed(oauthError(-14001, 'invalid_app_id', 'app_id is invalid'));
    if (form.grant_type !== 'refresh_token') return this.refreshFailed(oauthError(-14002, 'invalid_grant_type', 'grant_type is not supported here'));
    const state = typeof form.refresh_token === 'string' ? this.refreshTokens.get(form.refresh_token) : undefined;
    // Refresh tokens are single-use: the documented code for reuse is -14020.
    if (state !== 'live') return this.refreshFailed(oauthError(-14020, 'invalid_refresh_token', 'Refresh token is invalid or used'));
    this.refreshTokens.set(form.refresh_token as string, 'used');
    const pair = this.issuePair();
    return { status: 200, body: { access_token: pair.accessToken, refresh_token: pair.refreshToken, expires_in: String(this.options.accessTokenTtlSec) } };
  }

  private refreshFailed(reply: WireReply): WireReply {
    this.stats.refreshFailures++;
    return reply;
  }
}

function oauthError(code: number, name: string, description: string): WireReply {
  return { status: 200, body: { error: code, error_name: name, error_description: description } };
}

/** Checks a CS message the way Zalo's limits say (2,000 characters, 5 buttons, 1,000-character payloads). */
function parseCsBody(body: unknown): Omit<SentMessage, 'message_id' | 'sent_time'> | number {
  const b = body as { recipient?: { user_id?: unknown }; message?: { text?: unknown; attachment?: { type?: unknown; payload?: { buttons?: unknown } } } };
  const userId = b?.recipient?.user_id;
  const text = b?.message?.text;
  if (typeof userId !== 'string' || userId === '' || typeof text !== 'string' || text === '') return -201;
  if (text.length > 2000) return -210;
  const attachment = b.message?.attachment;
  if (attachment === undefined) return { user_id: userId, text, buttons: [] };
  const buttons = attachment.payload?.buttons;
  if (attachment.type !== 'template' || !Array.isArray(buttons) || buttons.length === 0) return -201;
  if (buttons.length > 5) return -210;
  for (const x of buttons as { title?: unknown; type?: unknown; payload?: unknown }[]) {
    if (typeof x.title !== 'string' || typeof x.type !== 'string' || typeof x.payload !== 'string') return -201;
    if (x.payload.length > 1000) return -210;
  }
  return { user_id: userId, text, buttons: buttons as SentMessage['buttons'] };
}
