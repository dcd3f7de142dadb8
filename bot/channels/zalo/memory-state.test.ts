import { describe, expect, it } from 'vitest';
import { MemoryLock } from './memory-state.js';

describe('MemoryLock', () => {
  it('runs callers of one name one at a time, and a failure does not block the next', async () => {
    const lock = new MemoryLock();
    let running = 0;
    let most = 0;
    const task = (fail: boolean) => lock.withLock('x', async () => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      if (fail) throw new Error('fail');
      return 'done';
    });
    const results = await Promise.allSettled([task(false), task(true), task(false)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(most).toBe(1);
  });

  it('does not serialise different names', async () => {
    const lock = new MemoryLock();
    let release!: () => void;
    const held = lock.withLock('a', () => new Promise<void>((r) => { release = r; }));
    expect(await lock.withLock('b', async () => 'free')).toBe('free');
    release();
    await held;
  });
});
