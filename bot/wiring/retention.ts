import type { LogStore } from '../../core/ports/log-store.js';
import type { Logger } from '../../core/logger.js';
import type { InboundQueue } from '../../core/ports/inbound-queue.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Runs `job` now and then every `everyMs`, logging failures instead of throwing; returns a stop function. */
function repeat(job: () => Promise<void>, everyMs: number, what: string, logger: Logger): () => void {
  const run = (): void => void job().catch((err: unknown) => logger.error(`${what} failed`, { error: (err as Error).message }));
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Purges turns older than `days` now and then once a day; returns a stop function. */
export function scheduleRetention(store: Pick<LogStore, 'purgeBefore'>, days: number, logger: Logger, now: () => number = Date.now): () => void {
  return repeat(async () => {
    const removed = await store.purgeBefore(new Date(now() - days * DAY).toISOString());
    if (removed > 0) logger.info('retention purge', { removed, days });
  }, DAY, 'retention purge', logger);
}

/**
 * Deletes finished inbound events once `keepMs` (the redelivery window) has passed, hourly; returns a stop function.
 * Without it the queue table, and its de-duplication keys, would grow for ever.
 */
export function scheduleQueuePrune(queue: Pick<InboundQueue, 'prune'>, keepMs: number, logger: Logger, now: () => number = Date.now): () => void {
  return repeat(async () => {
    const removed = await queue.prune(now() - keepMs);
    if (removed > 0) logger.info('inbound queue pruned', { removed });
  }, HOUR, 'inbound queue prune', logger);
}
