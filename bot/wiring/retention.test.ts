import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/logger.js';
import { scheduleQueuePrune, scheduleRetention } from './retention.js';

describe('scheduleRetention', () => {
  it('purges turns older than the retention period right away', async () => {
    const cutoffs: string[] = [];
    const now = Date.parse('2026-11-22T00:00:00.000Z');
    const stop = scheduleRetention({ purgeBefore: async (cutoff) => (cutoffs.push(cutoff), 3) }, 30, silentLogger, () => now);
    await new Promise((r) => setImmediate(r));
    stop();
    expect(cutoffs).toEqual(['2026-10-23T00:00:00.000Z']);
  });
});

describe('scheduleQueuePrune', () => {
  it('prunes finished events past the redelivery window right away, and logs a failing prune instead of throwing', async () => {
    const cutoffs: number[] = [];
    const stop = scheduleQueuePrune({ prune: async (before) => (cutoffs.push(before), 0) }, 1000, silentLogger, () => 5000);
    const failing = scheduleQueuePrune({ prune: async () => Promise.reject(new Error('database gone')) }, 1000, silentLogger);
    await new Promise((r) => setImmediate(r));
    stop();
    failing();
    expect(cutoffs).toEqual([4000]);
  });
});
