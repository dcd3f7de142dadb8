import type { Logger } from '../../../core/logger.js';
import { outcomeOfConversationReply } from './conversation-reply.js';
import type { ConversationMessage, ConversationOutcome } from './conversation-reply.js';
import { createHttpPost, PostError, type HttpPost } from './http-post.js';
import { outcomeOfPostError, outcomeOfResponse } from './send-outcome.js';
import type { SendOutcome } from './send-outcome.js';
import { limitButtons } from './split-message.js';
import type { ZaloOutgoingMessage } from './split-message.js';
import type { ZaloTokenManager } from './token-manager.js';
import { backoffDelay } from '../../../core/backoff.js';

export type SendResult =
  | { readonly status: 'sent'; readonly messageId?: string }
  | { readonly status: 'undeliverable'; readonly code: number }
  | { readonly status: 'failed'; readonly reason: string; readonly code?: number };

export type ConversationRead =
  | { readonly status: 'ok'; readonly messages: readonly ConversationMessage[] }
  | { readonly status: 'failed'; readonly reason: string; readonly code?: number };

export type OnUndeliverable = (userId: string, code: number, text: string) => void;

export interface ZaloClientOptions {
  openapiUrl: string;
  tokens: Pick<ZaloTokenManager, 'accessToken' | 'refreshAfterRejection'>;
  logger: Logger;
  onUndeliverable?: OnUndeliverable;
  /** How requests go out; kept-alive node:http(s) sockets unless told. */
  post?: HttpPost;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Retries of transient failures (-32, 5xx, no connection); the token refresh retry is separate. */
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  requestTimeoutMs?: number;
}

/** The body of a consultation (CS) message: text, plus buttons that send their payload back as text. */
export function buildCsBody(userId: string, message: ZaloOutgoingMessage): Record<string, unknown> {
  const buttons = limitButtons(message.buttons ?? []);
  const attachment = buttons.length > 0
    ? { type: 'template', payload: { buttons: buttons.map((b) => ({ title: b.title, type: 'oa.query.hide', payload: b.payload })) } }
    : undefined;
  return { recipient: { user_id: userId }, message: { text: message.text, ...(attachment ? { attachment } : {}) } };
}

/** Sends consultation messages: refreshes the token when Zalo rejects it and retries only what surely did not arrive. */
export class ZaloClient {
  private readonly http: HttpPost;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly options: ZaloClientOptions) {
    this.http = options.post ?? createHttpPost();
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  async send(userId: string, message: ZaloOutgoingMessage): Promise<SendResult> {
    const body = JSON.stringify(buildCsBody(userId, message));
    const maxRetries = this.options.maxRetries ?? 3;
    let retries = 0;
    let refreshed = false;
    try {
      let token = await this.options.tokens.accessToken();
      for (;;) {
        const outcome = await this.post(token, body);
        if (outcome.kind === 'sent') return outcome.messageId ? { status: 'sent', messageId: outcome.messageId } : { status: 'sent' };
        if (outcome.kind === 'auth' && !refreshed) {
          refreshed = true;
          token = await this.options.tokens.refreshAfterRejection(token);
          continue;
        }
        if (outcome.kind === 'transient' && retries < maxRetries) {
          await this.sleep(this.backoff(retries++));
          continue;
        }
        return this.giveUp(userId, message.text, outcome);
      }
    } catch (err) {
      // Only the token manager throws here, and it has logged why.
      return { status: 'failed', reason: err instanceof Error ? err.name : 'unknown' };
    }
  }

  /**
   * Up to `count` (at most 10) messages of the conversation with a user, newest first, starting `offset` messages back
   * (GET /v2.0/oa/conversation). Never retried but for one token refresh: the caller decides what an unread page means.
   */
  async recentMessages(userId: string, page: { offset: number; count: number }): Promise<ConversationRead> {
    const data = JSON.stringify({ user_id: userId, offset: page.offset, count: page.count });
    const url = `${this.options.openapiUrl.replace(/\/$/, '')}/v2.0/oa/conversation?data=${encodeURIComponent(data)}`;
    try {
      let token = await this.options.tokens.accessToken();
      let outcome = await this.get(url, token);
      if (outcome.kind === 'auth') {
        token = await this.options.tokens.refreshAfterRejection(token);
        outcome = await this.get(url, token);
      }
      if (outcome.kind === 'ok') return { status: 'ok', messages: outcome.messages };
      const code = outcome.code;
      const reason = outcome.kind === 'auth' ? 'token rejected after refresh' : outcome.reason;
      return code === undefined ? { status: 'failed', reason } : { status: 'failed', reason, code };
    } catch (err) {
      // Only the token manager throws here, and it has logged why.
      return { status: 'failed', reason: err instanceof Error ? err.name : 'unknown' };
    }
  }

  private async get(url: string, token: string): Promise<ConversationOutcome> {
    try {
      const reply = await this.http(url, { method: 'GET', headers: { access_token: token }, timeoutMs: this.options.requestTimeoutMs ?? 15_000 });
      return outcomeOfConversationReply(reply.status, parseJson(reply.body));
    } catch (err) {
      return { kind: 'failed', reason: err instanceof PostError ? err.code : 'unknown' };
    }
  }

  private async post(token: string, body: string): Promise<SendOutcome> {
    try {
      const reply = await this.http(`${this.options.openapiUrl.replace(/\/$/, '')}/v3.0/oa/message/cs`, {
        headers: { 'content-type': 'application/json', access_token: token },
        body,
        timeoutMs: this.options.requestTimeoutMs ?? 15_000,
      });
      return outcomeOfResponse(reply.status, parseJson(reply.body));
    } catch (err) {
      return outcomeOfPostError(err);
    }
  }

  private giveUp(userId: string, text: string, outcome: Exclude<SendOutcome, { kind: 'sent' }>): SendResult {
    if (outcome.kind === 'undeliverable') {
      this.options.logger.warn('zalo message undeliverable: user outside the interaction window', { code: outcome.code });
      try {
        this.options.onUndeliverable?.(userId, outcome.code, text);
      } catch (err) {
        this.options.logger.error('zalo onUndeliverable callback failed', { error: err instanceof Error ? err.message : String(err) });
      }
      return { status: 'undeliverable', code: outcome.code };
    }
    const code = 'code' in outcome ? outcome.code : undefined;
    const reason = 'reason' in outcome ? outcome.reason : 'token rejected after refresh';
    this.options.logger.warn(outcome.kind === 'ambiguous' ? 'zalo send outcome unknown; not retried to avoid a duplicate' : 'zalo send failed',
      { kind: outcome.kind, code, reason });
    return code === undefined ? { status: 'failed', reason } : { status: 'failed', reason, code };
  }

  /** Exponential backoff with jitter, so many senders hitting -32 do not retry in step. */
  private backoff(retry: number): number {
    return backoffDelay(retry, { baseMs: this.options.baseDelayMs ?? 500, maxMs: this.options.maxDelayMs ?? 8000, random: this.random });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
