import { describe, expect, it } from 'vitest';
import { silentLogger } from '../log/logger.js';
import { scheduleRetention } from './retention.js';

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
