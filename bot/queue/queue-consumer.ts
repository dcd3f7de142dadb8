import type { Logger } from '../../core/logger.js';
import type { InboundQueue, QueuedEvent } from '../../core/ports/inbound-queue.js';
import { InboundWorker } from './inbound-worker.js';

/**
 * Turns in flight at once (one per resident: the queue's lanes keep each resident's messages in order). Enough to keep
 * the main thread busy while answers are worked out on the answer thread and writes wait for their group commit; at 8
 * the main thread sat idle under the load benchmark.
 */
export const TURNS_IN_FLIGHT = 32;

/** Runs the turn of one queued event; a throw puts the event back for a retry. */
export type QueuedTurn = (event: QueuedEvent) => Promise<void>;

export interface QueueConsumer {
  /** An event was stored: look at the queue soon. */
  poke(): void;
  /** Resolves once every turn started so far has finished: for tests and graceful shutdown. */
  idle(): Promise<void>;
  /** Stops taking queued events and waits for the turns in flight. */
  stop(): Promise<void>;
}

/**
 * One consumer for the one durable queue, whichever channels fill it: each event is run by the channel it was stored
 * for. An event of a channel this server does not run (its settings were removed since) fails, and is retried and
 * given up like any failure, so the log says which channel is missing.
 */
export function startQueueConsumer(o: { queue: InboundQueue; turns: ReadonlyMap<string, QueuedTurn>; logger: Logger; now?: () => number;
  concurrency?: number }): QueueConsumer {
  const worker = new InboundWorker({
    queue: o.queue,
    // Names this process in queue leases.
    owner: `${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    logger: o.logger,
    ...(o.now ? { now: o.now } : {}),
    concurrency: o.concurrency ?? TURNS_IN_FLIGHT,
    handle: async (event) => {
      const run = o.turns.get(event.channel);
      if (!run) throw new Error(`no channel "${event.channel}" on this server to answer the queued event`);
      await run(event);
    },
  });
  worker.start();
  return { poke: () => worker.poke(), idle: () => worker.idle(), stop: () => worker.stop() };
}
