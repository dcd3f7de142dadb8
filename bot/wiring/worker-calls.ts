import { UnavailableError } from '../../core/errors.js';

/** A worker's reply to one request: its value, or the message of the error it hit. */
export type WorkerReply<T> = { readonly value: T } | { readonly error: string };

interface Waiting<T> {
  readonly resolve: (value: T) => void;
  readonly reject: (error: Error) => void;
  readonly timer?: NodeJS.Timeout;
}

/**
 * Requests to a worker thread and the replies awaited for them, matched by id: the one request/response helper over
 * postMessage. A call rejects with an UnavailableError when the worker answers with an error, when no reply comes
 * within its timeout, or when the worker is gone (close); the lower error is its cause.
 */
export class WorkerCalls<T> {
  private readonly waiting = new Map<number, Waiting<T>>();
  private nextId = 1;
  private gone?: Error;

  /** `name` says which worker in every error ("the answer thread"). */
  constructor(private readonly name: string) {}

  /**
   * Gives the request an id, lets `send` post it (alone or in a batch), and waits for its reply. A `send` that
   * throws rejects the call at once.
   */
  call(send: (id: number) => void, options: { readonly timeoutMs?: number } = {}): Promise<T> {
    if (this.gone) return Promise.reject(this.error('worker_gone', 'has stopped', this.gone));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
        this.waiting.delete(id);
        reject(this.error('worker_timeout', `gave no reply within ${options.timeoutMs} ms`));
      }, options.timeoutMs).unref();
      this.waiting.set(id, { resolve, reject, ...(timer ? { timer } : {}) });
      try {
        send(id);
      } catch (err) {
        this.settle(id, { error: err instanceof Error ? err.message : String(err) });
      }
    });
  }

  /** A reply arrived; one for a call that timed out or was never made is ignored. */
  settle(id: number, reply: WorkerReply<T>): void {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    this.waiting.delete(id);
    clearTimeout(waiting.timer);
    if ('value' in reply) waiting.resolve(reply.value);
    else waiting.reject(this.error('worker_error', `failed: ${reply.error}`));
  }

  /** The worker is gone: every waiting call, and every later one, rejects with an error caused by `cause`. */
  close(cause: Error): void {
    if (this.gone) return;
    this.gone = cause;
    for (const [id, waiting] of this.waiting) {
      clearTimeout(waiting.timer);
      waiting.reject(this.error('worker_gone', 'has stopped', cause));
      this.waiting.delete(id);
    }
  }

  private error(code: string, what: string, cause?: Error): UnavailableError {
    return new UnavailableError(code, `${this.name} ${what}`, cause ? { cause } : undefined);
  }
}
