import type { Logger } from '../../../core/logger.js';
import { outcomeOfGraphReply, type GraphOutcome } from './graph-reply.js';
import type { MessengerOutgoing } from './messenger-message.js';

/** How a message goes out: RESPONSE within 24 h of the resident's message, HUMAN_AGENT (a person's reply) up to 7 days. */
export type MessagingType = { readonly messaging_type: 'RESPONSE' } | { readonly messaging_type: 'MESSAGE_TAG'; readonly tag: 'HUMAN_AGENT' };

export type GraphSendResult = Exclude<GraphOutcome, { kind: 'retry' }> | { readonly kind: 'failed'; readonly reason: string; readonly code?: number };

export interface GraphClientOptions {
  /** The Graph API base with its version, e.g. https://graph.facebook.com/v23.0 (or the emulator's). */
  readonly graphUrl: string;
  readonly pageAccessToken: string;
  readonly logger: Logger;
  /** Told of every token rejection (code 190) and of every send that went out, so health can show the token's state. */
  readonly onToken?: (state: { ok: true } | { ok: false; message: string }) => void;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly maxRetries?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly timeoutMs?: number;
}

/** Errors that mean the request never reached Meta: sending it again cannot make a duplicate. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/**
 * The Send API (POST {graph}/me/messages?access_token=…). Rate limits and server errors are retried with exponential
 * backoff and jitter; a token error (190) is reported to the operator (it never fixes itself); anything else is not
 * retried. The token is in the query string as Meta documents; no URL is ever logged.
 */
export class GraphClient {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly fetch: typeof fetch;

  constructor(private readonly o: GraphClientOptions) {
    this.sleep = o.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.fetch = o.fetch ?? fetch;
  }

  async send(psid: string, message: MessengerOutgoing, type: MessagingType = { messaging_type: 'RESPONSE' }): Promise<GraphSendResult> {
    const body = JSON.stringify({ recipient: { id: psid }, ...type, message });
    const maxRetries = this.o.maxRetries ?? 3;
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.post(body);
      if (outcome.kind === 'retry' && attempt < maxRetries) {
        this.o.logger.warn('messenger send retried', { code: outcome.code, attempt: attempt + 1 });
        await this.sleep(this.backoff(attempt));
        continue;
      }
      if (outcome.kind === 'retry') return { kind: 'failed', reason: outcome.reason, code: outcome.code };
      if (outcome.kind === 'token') {
        this.o.logger.error('messenger: the Graph API rejected the Page access token (code 190); replace MESSENGER_PAGE_ACCESS_TOKEN', { detail: outcome.message });
        this.o.onToken?.({ ok: false, message: outcome.message });
      } else if (outcome.kind === 'sent') {
        this.o.onToken?.({ ok: true });
      } else if (outcome.kind === 'failed') {
        this.o.logger.warn('messenger send failed', { reason: outcome.reason });
      } else if (outcome.kind === 'refused') {
        this.o.logger.warn('messenger send refused', { code: outcome.code, ...(outcome.subcode ? { subcode: outcome.subcode } : {}), reason: outcome.reason });
      }
      return outcome;
    }
  }

  private async post(body: string): Promise<GraphOutcome | { kind: 'failed'; reason: string }> {
    const url = `${this.o.graphUrl.replace(/\/+$/, '')}/me/messages?access_token=${encodeURIComponent(this.o.pageAccessToken)}`;
    let response: Response;
    try {
      response = await this.fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body,
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000) });
    } catch (err) {
      const code = String((err as { cause?: { code?: unknown } }).cause?.code ?? '');
      // A timeout or a dropped connection may have delivered the message: not sent again (a repeat was judged worse).
      if (NOT_SENT.has(code)) return { kind: 'retry', code: 0, reason: code };
      return { kind: 'failed', reason: `no answer from the Graph API (${code || (err as Error).name})` };
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // An HTML error page from a proxy: classified by its status.
    }
    return outcomeOfGraphReply(response.status, parsed);
  }

  /** 0.5 s, 1 s, 2 s… up to maxDelayMs, each between half and all of it (jitter, so many senders do not retry in step). */
  private backoff(attempt: number): number {
    const ceiling = Math.min(this.o.maxDelayMs ?? 8_000, (this.o.baseDelayMs ?? 500) * 2 ** attempt);
    return Math.round(ceiling / 2 + (this.o.random ?? Math.random)() * (ceiling / 2));
  }
}
