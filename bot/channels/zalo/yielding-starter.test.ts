import { describe, expect, it } from 'vitest';
import { YieldingStarter } from './yielding-starter.js';

describe('YieldingStarter', () => {
  it('starts tasks in order, each on its own event-loop iteration', async () => {
    const starter = new YieldingStarter();
    const seen: string[] = [];
    // Work a task queues for "the next iteration" runs before the next task starts: the loop turned in between.
    starter.start(() => {
      seen.push('a');
      setImmediate(() => seen.push('after a'));
    });
    starter.start(() => seen.push('b'));
    starter.start(() => seen.push('c'));
    expect(seen).toEqual([]);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['a', 'after a', 'b', 'c']);
    expect(starter.pending).toBe(0);
  });
});
