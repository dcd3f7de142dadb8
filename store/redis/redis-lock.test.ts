import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisLock } from './redis-lock.js';
import { deleteKeys, redisReachable, TEST_REDIS_HOST, testKeyPrefix, testRedis } from './redis-test-server.js';

const reachable = await redisReachable();
const suffix = reachable ? '' : ` (SKIPPED: Redis at ${TEST_REDIS_HOST} unreachable)`;

describe.skipIf(!reachable)(`RedisLock${suffix}`, () => {
  const a = testRedis();
  const b = testRedis();
  const prefix = testKeyPrefix();

  beforeAll(async () => { await Promise.all([a.connect(), b.connect()]); });
  afterAll(async () => {
    await deleteKeys(a, [prefix]);
    await Promise.all([a.quit(), b.quit()]);
  });

  it('20 concurrent callers on two instances never overlap, and all run', async () => {
    const locks = [new RedisLock(a, { prefix }), new RedisLock(b, { prefix })];
    let running = 0;
    let maxRunning = 0;
    const order: number[] = [];
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => locks[i % 2]!.withLock('refresh', async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await sleep(5);
      order.push(i);
      running--;
      return i;
    })));
    expect(maxRunning).toBe(1);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(new Set(order).size).toBe(20);
    expect(await a.exists(`${prefix}refresh`)).toBe(0);
  });

  it('releases the lock when fn throws, and passes the error on', async () => {
    const lock = new RedisLock(a, { prefix });
    await expect(lock.withLock('failing', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await a.exists(`${prefix}failing`)).toBe(0);
    expect(await lock.withLock('failing', async () => 'again')).toBe('again');
  });

  it('locks of different names do not wait for each other', async () => {
    const lock = new RedisLock(a, { prefix, waitMs: 200 });
    const inner = await lock.withLock('outer', () => lock.withLock('inner', async () => 'both held'));
    expect(inner).toBe('both held');
  });

  it('throws an error naming the lock when the wait runs out', async () => {
    const holder = new RedisLock(a, { prefix });
    const waiter = new RedisLock(b, { prefix, waitMs: 100 });
    let release!: () => void;
    const held = holder.withLock('busy', () => new Promise<void>((resolve) => { release = resolve; }));
    await expect.poll(() => a.exists(`${prefix}busy`)).toBe(1);
    // Were the wait unbounded, this would hang until the test times out: the holder lets go only afterwards.
    await expect(waiter.withLock('busy', async () => 'never')).rejects.toThrow(/lock "busy" was not acquired within 100 ms/);
    release();
    await held;
  });

  it('a holder whose lease ran out does not delete the next holder\'s lock', async () => {
    const slow = new RedisLock(a, { prefix, leaseMs: 100, extendLease: false });
    const next = new RedisLock(b, { prefix, leaseMs: 5000 });
    let nextHolding!: () => void;
    const nextStarted = new Promise<void>((resolve) => { nextHolding = resolve; });
    let finishNext!: () => void;
    const slowRun = slow.withLock('lease', async () => {
      // The lease runs out while this holder still works; the other instance takes over.
      await nextStarted;
    });
    // Held by the slow instance before the other one asks (not after a guessed pause).
    await expect.poll(() => a.exists(`${prefix}lease`)).toBe(1);
    const nextRun = next.withLock('lease', () => {
      nextHolding();
      return new Promise<void>((resolve) => { finishNext = resolve; });
    });
    await slowRun;
    // The slow holder's release found another token and left the key alone.
    expect(await a.exists(`${prefix}lease`)).toBe(1);
    expect(await a.pttl(`${prefix}lease`)).toBeGreaterThan(1000);
    finishNext();
    await nextRun;
    expect(await a.exists(`${prefix}lease`)).toBe(0);
  });

  it('renews the lease while a slow fn runs, so no one else gets in', async () => {
    // Held for three leases and more; renewed every third of one, so a timer a few hundred ms late still renews it.
    const slow = new RedisLock(a, { prefix, leaseMs: 1000 });
    const other = new RedisLock(b, { prefix, leaseMs: 1000, waitMs: 10_000 });
    const events: string[] = [];
    const slowRun = slow.withLock('renewed', async () => {
      events.push('slow start');
      await sleep(3200);
      events.push('slow end');
    });
    await expect.poll(() => a.exists(`${prefix}renewed`)).toBe(1);
    await other.withLock('renewed', async () => { events.push('other'); });
    await slowRun;
    expect(events).toEqual(['slow start', 'slow end', 'other']);
  });

  it('reports a lease it could not renew', async () => {
    const lost: string[] = [];
    const lock = new RedisLock(a, { prefix, leaseMs: 60, onLeaseLost: (name) => lost.push(name) });
    await lock.withLock('stolen', async () => {
      // Someone removes the key behind the holder's back (as an expired lease would).
      await b.del(`${prefix}stolen`);
      // The next renewal (due within 20 ms, later on a busy machine) finds the key gone.
      await expect.poll(() => lost, { timeout: 10_000 }).toEqual(['stolen']);
    });
    expect(lost).toEqual(['stolen']);
  });
});
