import type { Logger } from '../log/logger.js';
import type { InboundQueue, QueuedEvent } from './inbound-queue.js';

export interface InboundWorkerOptions {
  readonly queue: InboundQueue;
  readonly handle: (event: QueuedEvent) => Promise<void>;
  /** Names this process in leases (host + pid + random). */
  readonly owner: string;
  readonly logger: Logger;
  /** How long a claimed event is this worker's before another may take it (a crashed worker's events come back). */
  readonly leaseMs?: number;
  readonly concurrency?: number;
  readonly maxAttempts?: number;
  /** How often to look for events other instances accepted or a crash left behind. */
  readonly sweepMs?: number;
  readonly now?: () => number;
}

/**
 * Answers queued events. Each claim starts on its own event-loop iteration, so acknowledging new webhooks is never
 * held back by a burst of turns; failures are retried with backoff and given up after maxAttempts.
 */
export class InboundWorker {
  private running = 0;
  private scheduled = false;
  private drained = true;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private readonly waiters: (() => void)[] = [];

  constructor(private readonly o: InboundWorkerOptions) {}

  start(): void {
    this.timer = setInterval(() => this.poke(), this.o.sweepMs ?? 2000);
    this.timer.unref();
    this.poke();
  }

  /** Something may be due: take it soon. */
  poke(): void {
    if (this.stopped || this.scheduled || this.running >= (this.o.concurrency ?? 8)) return;
    this.scheduled = true;
    this.drained = false;
    setImmediate(() => {
      this.scheduled = false;
      void this.pull();
    });
  }

  /** Resolves when nothing is running and the last look found nothing due. */
  idle(): Promise<void> {
    if (this.running === 0 && this.drained && !this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Stops taking events and waits for those in flight (graceful shutdown). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    while (this.running > 0) await new Promise((r) => setTimeout(r, 10));
  }

  private async pull(): Promise<void> {
    const now = this.now();
    let event: QueuedEvent | undefined;
    try {
      event = await this.o.queue.claim(this.o.owner, now, this.o.leaseMs ?? 60_000);
    } catch (err) {
      this.o.logger.error('inbound queue unavailable', { error: (err as Error).message });
    }
    if (!event) {
      this.drained = true;
      return this.settle();
    }
    this.running++;
    this.poke();
    try {
      await this.o.handle(event);
      await this.o.queue.complete(event.key, this.now());
    } catch (err) {
      const giveUp = event.attempts >= (this.o.maxAttempts ?? 5);
      const retryAt = giveUp ? undefined : this.now() + Math.min(60_000, 1000 * 2 ** (event.attempts - 1));
      this.o.logger.error('inbound event failed', { key: event.key, attempts: event.attempts, giveUp, error: (err as Error).message });
      await this.o.queue.fail(event.key, (err as Error).message, retryAt).catch(() => undefined);
    } finally {
      this.running--;
      this.poke();
      this.settle();
    }
  }

  private settle(): void {
    if (this.running === 0 && this.drained && !this.scheduled) this.waiters.splice(0).forEach((w) => w());
  }

  private now(): number {
    return (this.o.now ?? Date.now)();
  }
}
