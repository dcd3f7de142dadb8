/** What one Send API reply came to (shared/docs/messenger.md, Errors). */
export type GraphOutcome =
  | { readonly kind: 'sent'; readonly messageId?: string }
  /** Code 190: the Page access token is invalid or expired; it does not refresh itself, an operator must replace it. */
  | { readonly kind: 'token'; readonly code: 190; readonly message: string }
  /** Rate limits (codes 4, 613) and server errors (5xx): try again later with backoff. */
  | { readonly kind: 'retry'; readonly code: number; readonly reason: string }
  /** Anything else (outside the window 10/2018278, person unavailable 551, bad parameter 100…): not retried. */
  | { readonly kind: 'refused'; readonly code: number; readonly subcode?: number; readonly reason: string };

const RATE_LIMITED = new Set([4, 613]);

/** Classifies a Send API reply by its HTTP status and JSON body. Pure. */
export function outcomeOfGraphReply(status: number, body: unknown): GraphOutcome {
  const b = (typeof body === 'object' && body !== null ? body : {}) as { message_id?: unknown; error?: unknown };
  if (status >= 200 && status < 300) {
    return typeof b.message_id === 'string' ? { kind: 'sent', messageId: b.message_id } : { kind: 'sent' };
  }
  const error = (typeof b.error === 'object' && b.error !== null ? b.error : {}) as { code?: unknown; error_subcode?: unknown; message?: unknown };
  const code = typeof error.code === 'number' ? error.code : Number.NaN;
  const message = typeof error.message === 'string' ? error.message.slice(0, 200) : `HTTP ${status}`;
  if (code === 190) return { kind: 'token', code: 190, message };
  if (RATE_LIMITED.has(code) || status >= 500 || status === 429) return { kind: 'retry', code: Number.isNaN(code) ? status : code, reason: message };
  return { kind: 'refused', code: Number.isNaN(code) ? status : code, ...(typeof error.error_subcode === 'number' ? { subcode: error.error_subcode } : {}),
    reason: message };
}
