import type { Logger } from '../../core/logger.js';
import type { InboundQueue, QueuedEvent } from '../../core/ports/inbound-queue.js';
import { backoffDelay } from '../../core/backoff.js';

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
 * Events one claim takes at most: a burst is claimed a few at a time (one statement, and with PostgreSQL one round
 * trip, for all of them) while the first turns already run.
 */
const MAX_CLAIM = 16;

/**
 * Answers queued events. Each claim starts on its own event-loop iteration, so acknowledging new webhooks is never
 * held back by a burst of turns; failures are retried with backoff and given up after maxAttempts.
 */
export class InboundWorker {
  private running = 0;
  private scheduled = false;
  /** The claim under way, if any; it settles a microtask after the claim itself. */
  private claimInFlight: Promise<void> | undefined;
  private pokedWhileClaiming = false;
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
    if (this.stopped) return;
    // One claim at a time, so two cannot both fill the free turns; a poke meanwhile looks again after it.
    if (this.claimInFlight) {
      this.pokedWhileClaiming = true;
      return;
    }
    if (this.scheduled || this.running >= (this.o.concurrency ?? 8)) return;
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
    // A claim under way may still hand over events: they are leased to this worker, so they run to the end too.
    await this.claimInFlight;
    while (this.running > 0) await new Promise((r) => setTimeout(r, 10));
  }

  /** Claims as many due events as there are free turns, in one claim, and runs each. */
  private async pull(): Promise<void> {
    if (this.stopped) {
      this.drained = true;
      return this.settle();
    }
    const free = (this.o.concurrency ?? 8) - this.running;
    let events: QueuedEvent[] = [];
    this.pokedWhileClaiming = false;
    const claim = this.o.queue.claim(this.o.owner, this.now(), this.o.leaseMs ?? 60_000, Math.min(free, MAX_CLAIM));
    // Settles a microtask after `claim`, so pull() has counted the claimed events as running by the time stop() looks.
    this.claimInFlight = claim.then(() => undefined, () => undefined);
    try {
      events = await claim;
    } catch (err) {
      this.o.logger.error('inbound queue unavailable', { error: (err as Error).message });
    } finally {
      this.claimInFlight = undefined;
    }
    if (events.length === 0) {
      // An event stored while the claim ran may have been missed by it.
      if (this.pokedWhileClaiming && !this.stopped) return this.poke();
      this.drained = true;
      return this.settle();
    }
    this.running += events.length;
    this.poke();
    for (const event of events) void this.run(event);
  }

  private async run(event: QueuedEvent): Promise<void> {
    try {
      await this.o.handle(event);
      await this.o.queue.complete(event.key, this.now());
    } catch (err) {
      const giveUp = event.attempts >= (this.o.maxAttempts ?? 5);
      const retryAt = giveUp ? undefined : this.now() + backoffDelay(event.attempts - 1, { baseMs: 1000, maxMs: 60_000 });
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
