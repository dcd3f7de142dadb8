import { AppError } from '../../core/errors.js';

/**
 * One error type for everything that can go wrong calling a model, so the retry policy and the engine's fallback
 * reason can be decided from `code` without knowing which SDK or server produced it.
 */
export type ModelErrorCode =
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'network'
  | 'client_error'
  | 'aborted'
  | 'circuit_open'
  | 'malformed_output'
  | 'prompt_leak';

const RETRYABLE: ReadonlySet<ModelErrorCode> = new Set(['timeout', 'rate_limited', 'server_error', 'network']);

export class ModelError extends AppError {
  declare readonly code: ModelErrorCode;
  /** HTTP status when the server answered. */
  readonly status: number | undefined;
  /** The server's Retry-After, in milliseconds, when it sent one. */
  readonly retryAfterMs: number | undefined;

  constructor(code: ModelErrorCode, message: string, extra: { status?: number; retryAfterMs?: number; cause?: unknown } = {}) {
    super(code, message, { cause: extra.cause });
    this.status = extra.status;
    this.retryAfterMs = extra.retryAfterMs;
  }

  /** Timeouts, 429, 5xx and dropped connections may succeed on a later attempt; 400/401/404 never will. */
  get isRetryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}

/** Maps an HTTP status to the error code the retry policy understands. */
export function codeForStatus(status: number): ModelErrorCode {
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server_error';
  return 'client_error';
}

/** Parses Retry-After (seconds or an HTTP date) and OpenAI's retry-after-ms; undefined when absent or unreadable. */
export function parseRetryAfter(headers: { get(name: string): string | null } | undefined, now: number): number | undefined {
  const msHeader = headers?.get('retry-after-ms');
  if (msHeader && Number.isFinite(Number(msHeader)) && Number(msHeader) >= 0) return Number(msHeader);
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
