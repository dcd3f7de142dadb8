import { PostError } from './http-post.js';

/** What one POST to /v3.0/oa/message/cs came to, and so what the client may do next. */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly messageId?: string }
  /** -216 / -220 / HTTP 401: refresh the token once, then retry once. */
  | { readonly kind: 'auth'; readonly code: number }
  /** Certainly not delivered (-32, 5xx, no connection made): safe to retry after a pause. */
  | { readonly kind: 'transient'; readonly code: number; readonly reason: string }
  /** -230 / -232: the user's interaction window has closed; retrying cannot help. */
  | { readonly kind: 'undeliverable'; readonly code: number }
  /** May or may not have been delivered: never retried, so the user never gets a message twice. */
  | { readonly kind: 'ambiguous'; readonly reason: string }
  | { readonly kind: 'rejected'; readonly code: number; readonly reason: string };

/**
 * Classifies a POST that failed. A timeout or a reset may come after Zalo received the request, and Zalo offers no
 * idempotency key, so those are 'ambiguous' (logged, not retried): a missing reply is better than a doubled one.
 */
export function outcomeOfPostError(err: unknown): SendOutcome {
  if (err instanceof PostError) {
    return err.reachedServer ? { kind: 'ambiguous', reason: err.code } : { kind: 'transient', code: 0, reason: err.code };
  }
  return { kind: 'ambiguous', reason: err instanceof Error ? err.name : 'unknown' };
}

/** Classifies a response; Zalo reports most errors with HTTP 200 and a negative `error`. */
export function outcomeOfResponse(status: number, body: unknown): SendOutcome {
  if (status === 401) return { kind: 'auth', code: 401 };
  if (status >= 500) return { kind: 'transient', code: status, reason: `HTTP ${status}` };
  const data = (typeof body === 'object' && body !== null ? body : {}) as { error?: unknown; data?: { message_id?: unknown } };
  if (status >= 200 && status < 300 && data.error === 0) {
    const id = data.data?.message_id;
    return typeof id === 'string' ? { kind: 'sent', messageId: id } : { kind: 'sent' };
  }
  const code = typeof data.error === 'number' ? data.error : Number(data.error);
  if (!Number.isFinite(code)) {
    // A 2xx we cannot read may still have been delivered.
    return status < 300 ? { kind: 'ambiguous', reason: 'unreadable response' } : { kind: 'rejected', code: status, reason: `HTTP ${status}` };
  }
  if (code === -216 || code === -220) return { kind: 'auth', code };
  // -32: "calls over the limit are not executed" (docs §2.4), so nothing was delivered.
  if (code === -32) return { kind: 'transient', code, reason: 'rate limited' };
  if (code === -230 || code === -232) return { kind: 'undeliverable', code };
  return { kind: 'rejected', code, reason: `error ${code}` };
}
