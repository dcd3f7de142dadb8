import type { LogStore } from '../../store/log-store.js';
import type { Logger } from '../log/logger.js';

const DAY = 86_400_000;

/** Purges turns older than `days` now and then once a day; returns a stop function. */
export function scheduleRetention(store: Pick<LogStore, 'purgeBefore'>, days: number, logger: Logger, now: () => number = Date.now): () => void {
  const run = async (): Promise<void> => {
    try {
      const removed = await store.purgeBefore(new Date(now() - days * DAY).toISOString());
      if (removed > 0) logger.info('retention purge', { removed, days });
    } catch (err) {
      logger.error('retention purge failed', { error: (err as Error).message });
    }
  };
  void run();
  const timer = setInterval(() => void run(), DAY);
  timer.unref();
  return () => clearInterval(timer);
}
