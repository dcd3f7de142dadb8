import type { ChatMessage, ChatModel, CompleteOptions, Completion } from './chat-model.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { ModelError } from './model-error.js';
import { backoffDelay } from '../../core/backoff.js';

export interface ResilientModelOptions {
  /** Attempts after the first one; default 2. */
  readonly maxRetries?: number;
  /** First backoff delay; doubled each attempt, with jitter. Default 500 ms. */
  readonly baseDelayMs?: number;
  /** No single wait exceeds this; a Retry-After longer than it is not worth waiting for and rejects. Default 8 s. */
  readonly maxDelayMs?: number;
  readonly failureThreshold?: number;
  readonly resetAfterMs?: number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly now?: () => number;
  /** 0..1; injectable so tests can pin the jitter. */
  readonly random?: () => number;
}

/**
 * Wraps a ChatModel with bounded retries (exponential backoff with jitter, Retry-After honoured) and a circuit
 * breaker. A call that already streamed deltas is never retried: the consumer has seen part of a reply and a
 * second reply would be spliced onto it.
 */
export class ResilientModel implements ChatModel {
  readonly id: string;
  private readonly breaker: CircuitBreaker;
  private readonly maxRetries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly inner: ChatModel, o: ResilientModelOptions = {}) {
    this.id = inner.id;
    this.maxRetries = o.maxRetries ?? 2;
    this.baseDelayMs = o.baseDelayMs ?? 500;
    this.maxDelayMs = o.maxDelayMs ?? 8000;
    this.sleep = o.sleep ?? defaultSleep;
    this.random = o.random ?? Math.random;
    this.breaker = new CircuitBreaker({ failureThreshold: o.failureThreshold ?? 5, resetAfterMs: o.resetAfterMs ?? 30_000,
      now: o.now ?? Date.now });
  }

  get circuitState() {
    return this.breaker.state;
  }

  async complete(messages: readonly ChatMessage[], options: CompleteOptions): Promise<Completion> {
    for (let attempt = 0; ; attempt += 1) {
      if (!this.breaker.tryAcquire()) throw new ModelError('circuit_open', 'the model is failing; not calling it for now');
      let streamed = false;
      const onDelta = options.onDelta;
      const attemptOptions: CompleteOptions = onDelta ? { ...options, onDelta: (t) => { streamed = true; onDelta(t); } } : options;
      try {
        const completion = await this.inner.complete(messages, attemptOptions);
        this.breaker.onSuccess();
        return completion;
      } catch (error) {
        const e = error instanceof ModelError ? error : new ModelError('network', 'model call failed', { cause: error });
        this.record(e);
        const delay = this.delayFor(e, attempt);
        if (!e.isRetryable || streamed || attempt >= this.maxRetries || delay === undefined || options.signal?.aborted) throw e;
        await this.sleep(delay, options.signal);
      }
    }
  }

  /**
   * Transient failures and a refused key or unknown model (401/403/404: every call will fail the same way) count
   * against the circuit; caller aborts, our own bad request (400) and bad output say nothing about the server.
   */
  private record(e: ModelError): void {
    const unhealthy = e.isRetryable || (e.code === 'client_error' && [401, 403, 404].includes(e.status ?? 0));
    if (unhealthy) this.breaker.onFailure();
    else this.breaker.onNeutral();
  }

  private delayFor(e: ModelError, attempt: number): number | undefined {
    if (e.retryAfterMs !== undefined) return e.retryAfterMs <= this.maxDelayMs ? e.retryAfterMs : undefined;
    return backoffDelay(attempt, { baseMs: this.baseDelayMs, maxMs: this.maxDelayMs, random: this.random });
  }
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new ModelError('aborted', 'the caller cancelled the request'));
    }, { once: true });
  });
}
