import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/logger.js';
import type { InboundQueue, SentParts } from '../../core/ports/inbound-queue.js';
import { InboundWorker } from '../../bot/queue/inbound-worker.js';
import { MemoryInboundQueue } from '../../bot/queue/memory-inbound-queue.js';
import { PgInboundQueue } from '../../store/postgres/pg-inbound-queue.js';
import { freshSchemaPools, pgReachable, TEST_PG_HOST } from '../../store/postgres/pg-test-server.js';
import { openSqlite } from '../../store/sqlite/open-sqlite.js';
import { SqliteInboundQueue } from '../../store/sqlite/sqlite-inbound-queue.js';
import { laneIsFree } from '../../store/inbound-lane-sql.js';

type Queue = InboundQueue & SentParts;
const reachable = await pgReachable();
const opened: ReturnType<typeof freshSchemaPools>[] = [];
afterAll(() => Promise.all(opened.map((db) => db.close())));

async function pgQueue(): Promise<Queue> {
  const db = freshSchemaPools(1);
  opened.push(db);
  await db.migrate();
  return new PgInboundQueue(db.pools[0]!);
}

const kinds: [string, boolean, () => Promise<Queue>][] = [
  ['memory', true, async () => new MemoryInboundQueue()],
  ['SQLite', true, async () => new SqliteInboundQueue(openSqlite(join(mkdtempSync(join(tmpdir(), 'queue-')), 'q.sqlite')))],
  [`PostgreSQL${reachable ? '' : ` (SKIPPED: ${TEST_PG_HOST} unreachable)`}`, reachable, pgQueue],
];

describe.each(kinds)('%s inbound queue', (_name, available, open) => {
  it.skipIf(!available)('stores an event once; a redelivery is refused', async () => {
    const q = await open();
    expect(await q.enqueue({ key: 'user_send_text:1', channel: 'zalo', payload: '{}' }, 1000)).toBe(true);
    expect(await q.enqueue({ key: 'user_send_text:1', channel: 'zalo', payload: '{}' }, 2000)).toBe(false);
    expect(await q.counts()).toEqual({ pending: 1 });
  });

  it.skipIf(!available)('leases an event to one claimer, gives it back when the lease runs out, and completes it', async () => {
    const q = await open();
    await q.enqueue({ key: 'a', channel: 'zalo', payload: 'A' }, 1000);
    const first = (await q.claim('w1', 1000, 500))[0];
    expect(first).toMatchObject({ key: 'a', payload: 'A', attempts: 1 });
    expect((await q.claim('w2', 1200, 500))[0]).toBeUndefined();
    // w1 died: after its lease another worker takes the event again.
    expect((await q.claim('w2', 1600, 500))[0]).toMatchObject({ key: 'a', attempts: 2 });
    await q.complete('a', 1700);
    expect((await q.claim('w3', 99_999, 500))[0]).toBeUndefined();
    expect(await q.counts()).toEqual({ done: 1 });
  });

  it.skipIf(!available)('claims several due events at once, oldest first, up to max, never two of one lane', async () => {
    const q = await open();
    await q.enqueue({ key: 'r1-a', channel: 'zalo', payload: '1', lane: 'zalo:r1' }, 1000);
    await q.enqueue({ key: 'r1-b', channel: 'zalo', payload: '2', lane: 'zalo:r1' }, 1001);
    await q.enqueue({ key: 'r2-a', channel: 'zalo', payload: '3', lane: 'zalo:r2' }, 1002);
    await q.enqueue({ key: 'free', channel: 'zalo', payload: '4' }, 1003);
    await q.enqueue({ key: 'later', channel: 'zalo', payload: '5' }, 1004);
    const first = await q.claim('w', 2000, 60_000, 3);
    expect(first.map((e) => e.key).sort()).toEqual(['free', 'r1-a', 'r2-a']);
    expect(first.every((e) => e.attempts === 1)).toBe(true);
    // r1-b waits for r1-a even with room in the claim.
    expect((await q.claim('w', 2000, 60_000, 10)).map((e) => e.key)).toEqual(['later']);
    expect(await q.claim('w', 2000, 60_000, 10)).toEqual([]);
    await q.complete('r1-a', 2100);
    expect((await q.claim('w', 2200, 60_000, 10)).map((e) => e.key)).toEqual(['r1-b']);
  });

  it.skipIf(!available)('gives concurrent batch claims disjoint events, all of them taken once', async () => {
    const q = await open();
    for (let i = 0; i < 30; i++) await q.enqueue({ key: `b${i}`, channel: 'zalo', payload: String(i), lane: `zalo:u${i}` }, i);
    const claims = await Promise.all(Array.from({ length: 6 }, (_, i) => q.claim(`w${i}`, 100, 60_000, 8)));
    const keys = claims.flat().map((e) => e.key);
    expect(keys.length).toBe(30);
    expect(new Set(keys).size).toBe(30);
  });

  it.skipIf(!available)('answers a lane one event at a time, oldest first, while other lanes and lane-less events go on', async () => {
    const q = await open();
    await q.enqueue({ key: 'r1-a', channel: 'zalo', payload: '1', lane: 'zalo:r1' }, 1000);
    await q.enqueue({ key: 'r1-b', channel: 'zalo', payload: '2', lane: 'zalo:r1' }, 1001);
    await q.enqueue({ key: 'r2-a', channel: 'zalo', payload: '3', lane: 'zalo:r2' }, 1002);
    await q.enqueue({ key: 'free', channel: 'zalo', payload: '4' }, 1003);
    const claimed = [];
    for (let i = 0; i < 4; i++) claimed.push((await q.claim('w', 2000, 60_000))[0]?.key);
    // r1-b waits while r1-a is being answered.
    expect(claimed).toEqual(['r1-a', 'r2-a', 'free', undefined]);
    await q.complete('r1-a', 2100);
    expect((await q.claim('w', 2200, 60_000))[0]?.key).toBe('r1-b');
  });

  it.skipIf(!available)('holds a lane while any of its events is being answered, even one stamped later (another instance\'s clock)', async () => {
    const q = await open();
    await q.enqueue({ key: 'late-clock', channel: 'zalo', payload: '2', lane: 'zalo:y' }, 1000);
    expect((await q.claim('w1', 1000, 60_000))[0]?.key).toBe('late-clock');
    // The earlier message arrives through an instance whose clock is behind: it looks older, but must wait.
    await q.enqueue({ key: 'early', channel: 'zalo', payload: '1', lane: 'zalo:y' }, 990);
    expect((await q.claim('w2', 1001, 60_000))[0]).toBeUndefined();
    await q.complete('late-clock', 1002);
    expect((await q.claim('w2', 1003, 60_000))[0]?.key).toBe('early');
    // A lease that ran out (its worker died) no longer holds the lane: the event itself is taken again.
    expect((await q.claim('w3', 61_004, 60_000))[0]?.key).toBe('early');
  });

  it.skipIf(!available)('holds a lane behind an event waiting for its retry, and frees it when that event is given up', async () => {
    const q = await open();
    await q.enqueue({ key: 'x1', channel: 'zalo', payload: '1', lane: 'zalo:x' }, 1000);
    await q.enqueue({ key: 'x2', channel: 'zalo', payload: '2', lane: 'zalo:x' }, 1000);
    // Same millisecond: the key breaks the tie.
    expect((await q.claim('w', 1000, 60_000))[0]?.key).toBe('x1');
    await q.fail('x1', 'Zalo unreachable', 5000);
    expect((await q.claim('w', 2000, 60_000))[0]).toBeUndefined();
    expect((await q.claim('w', 5000, 60_000))[0]?.key).toBe('x1');
    await q.fail('x1', 'still unreachable', undefined);
    expect((await q.claim('w', 5001, 60_000))[0]?.key).toBe('x2');
  });

  it.skipIf(!available)('retries a failed event when due, and gives up when told', async () => {
    const q = await open();
    await q.enqueue({ key: 'b', channel: 'zalo', payload: 'B' }, 0);
    await q.claim('w', 0, 1000);
    await q.fail('b', 'boom', 5000);
    expect((await q.claim('w', 4000, 1000))[0]).toBeUndefined();
    expect((await q.claim('w', 5000, 1000))[0]).toMatchObject({ key: 'b', attempts: 2 });
    await q.fail('b', 'boom again', undefined);
    expect(await q.counts()).toEqual({ failed: 1 });
  });

  it.skipIf(!available)('remembers which reply parts went out', async () => {
    const q = await open();
    expect(await q.wasSent('e', 0)).toBe(false);
    await q.markSent('e', 0, 1);
    await q.markSent('e', 0, 2);
    expect(await q.wasSent('e', 0)).toBe(true);
    expect(await q.wasSent('e', 1)).toBe(false);
  });

  it.skipIf(!available)('prunes finished events and sent marks past the window, and keeps the rest', async () => {
    const q = await open();
    for (const [key, at] of [['old-done', 0], ['old-failed', 1], ['old-waiting', 2], ['recent', 5000]] as const) {
      await q.enqueue({ key, channel: 'zalo', payload: key }, at);
    }
    expect((await q.claim('w', 3, 1000))[0]?.key).toBe('old-done');
    expect((await q.claim('w', 3, 1000))[0]?.key).toBe('old-failed');
    await q.complete('old-done', 6000);
    await q.fail('old-failed', 'boom', undefined);
    await q.markSent('old-done', 0, 500);
    await q.markSent('recent', 0, 5500);
    expect(await q.prune(1000)).toBe(2);
    expect(await q.counts()).toEqual({ pending: 2 });
    expect(await q.wasSent('old-done', 0)).toBe(false);
    expect(await q.wasSent('recent', 0)).toBe(true);
    // A pruned key is gone from de-duplication too: that is why the window must outlive redeliveries.
    expect(await q.enqueue({ key: 'old-done', channel: 'zalo', payload: '' }, 7000)).toBe(true);
  });

  it.skipIf(!available)('hands each event to exactly one of many concurrent claimers', async () => {
    const q = await open();
    for (let i = 0; i < 20; i++) await q.enqueue({ key: `k${i}`, channel: 'zalo', payload: String(i) }, 0);
    const claims = await Promise.all(Array.from({ length: 40 }, (_, i) => q.claim(`w${i}`, 10, 60_000)));
    const keys = claims.flat().map((c) => c.key);
    expect(keys.length).toBe(20);
    expect(new Set(keys).size).toBe(20);
  });
});

describe('SQLite inbound queue, sent marks', () => {
  const fresh = () => {
    const db = openSqlite(join(mkdtempSync(join(tmpdir(), 'queue-')), 'q.sqlite'));
    return { db, q: new SqliteInboundQueue(db), rows: () => db.prepare('SELECT event_key, part FROM outbound_parts ORDER BY event_key, part').all() };
  };

  it('writes no mark that would commit together with its event\'s completion, and keeps those committed before it', async () => {
    const { q, rows } = fresh();
    await q.enqueue({ key: 'e', channel: 'zalo', payload: 'E' }, 0);
    await q.claim('w', 0, 1000);
    // Part 0 went out on its own commit; part 1's mark and the completion are asked for in the same event-loop turn.
    await q.markSent('e', 0, 1);
    await Promise.all([q.markSent('e', 1, 2), q.complete('e', 3)]);
    expect(rows()).toEqual([{ event_key: 'e', part: 0 }]);
    expect(await q.counts()).toEqual({ done: 1 });
  });

  it('writes the marks after all when the completion fails, so a re-run does not send those parts again', async () => {
    const { db, q, rows } = fresh();
    await q.enqueue({ key: 'e', channel: 'zalo', payload: 'E' }, 0);
    await q.claim('w', 0, 1000);
    db.exec(`CREATE TRIGGER refuse_done BEFORE UPDATE OF status ON inbound_events WHEN NEW.status = 'done'
      BEGIN SELECT RAISE(ABORT, 'done refused'); END`);
    const [marked, completed] = await Promise.allSettled([q.markSent('e', 0, 1), q.complete('e', 2)]);
    expect(marked.status).toBe('fulfilled');
    expect(completed).toMatchObject({ status: 'rejected', reason: { message: 'done refused' } });
    expect(rows()).toEqual([{ event_key: 'e', part: 0 }]);
    expect(await q.wasSent('e', 0)).toBe(true);
    expect(await q.counts()).toEqual({ processing: 1 });
  });
});

describe('InboundWorker', () => {
  it('answers every queued event once, retries failures with backoff, and gives up after the last attempt', async () => {
    const q = new MemoryInboundQueue();
    let t = 0;
    const handled: string[] = [];
    const worker = new InboundWorker({ queue: q, owner: 'w', logger: silentLogger, now: () => t, maxAttempts: 2,
      handle: async (e) => {
        handled.push(`${e.key}#${e.attempts}`);
        if (e.key === 'bad') throw new Error('bot failed');
      } });
    for (const key of ['a', 'bad', 'c']) await q.enqueue({ key, channel: 'zalo', payload: '' }, 0);
    worker.start();
    await worker.idle();
    expect(handled.sort()).toEqual(['a#1', 'bad#1', 'c#1']);
    t = 1000; // the backoff for a second attempt has passed
    worker.poke();
    await worker.idle();
    expect(handled).toContain('bad#2');
    expect(await q.counts()).toEqual({ done: 2, failed: 1 });
    await worker.stop();
  });

  it('claims in batches and never runs more turns than its concurrency', async () => {
    const q = new MemoryInboundQueue();
    const sizes: number[] = [];
    const claim = q.claim.bind(q);
    q.claim = async (...args) => {
      const got = await claim(...args);
      sizes.push(got.length);
      return got;
    };
    let running = 0;
    let most = 0;
    const handled: string[] = [];
    const worker = new InboundWorker({ queue: q, owner: 'w', logger: silentLogger, concurrency: 5,
      handle: async (e) => {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 5));
        handled.push(e.key);
        running--;
      } });
    for (let i = 0; i < 12; i++) await q.enqueue({ key: `e${i}`, channel: 'zalo', payload: '' }, 0);
    worker.start();
    await new Promise((r) => setTimeout(r, 100));
    await worker.idle();
    expect(handled.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `e${i}`).sort());
    expect(most).toBe(5);
    expect(sizes[0]).toBe(5);
    await worker.stop();
  });

  it('stop() waits for a claim under way and the turns it hands over; nothing is claimed after it', async () => {
    const q = new MemoryInboundQueue();
    const claim = q.claim.bind(q);
    let releaseClaim!: () => void;
    const held = new Promise<void>((r) => (releaseClaim = r));
    let claims = 0;
    q.claim = async (...args) => {
      claims++;
      await held;
      return claim(...args);
    };
    const handled: string[] = [];
    const worker = new InboundWorker({ queue: q, owner: 'w', logger: silentLogger,
      handle: async (e) => {
        await new Promise((r) => setTimeout(r, 20));
        handled.push(e.key);
      } });
    for (const key of ['a', 'b']) await q.enqueue({ key, channel: 'zalo', payload: '' }, 0);
    worker.start();
    await new Promise((r) => setImmediate(r));
    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(stopped).toBe(false);
    releaseClaim();
    await stopping;
    expect(handled.sort()).toEqual(['a', 'b']);
    worker.poke();
    await new Promise((r) => setTimeout(r, 20));
    expect(claims).toBe(1);
  });

  it('takes an event stored (and poked for) while a claim that missed it was running, without waiting for the sweep', async () => {
    const q = new MemoryInboundQueue();
    const claim = q.claim.bind(q);
    const handled: string[] = [];
    const worker = new InboundWorker({ queue: q, owner: 'w', logger: silentLogger, sweepMs: 60_000, handle: async (e) => void handled.push(e.key) });
    let first = true;
    q.claim = async (...args) => {
      const got = await claim(...args);
      if (first) {
        // The claim has looked already: the event lands after its look, and the webhook pokes the worker.
        first = false;
        await q.enqueue({ key: 'late', channel: 'zalo', payload: '' }, 0);
        worker.poke();
      }
      return got;
    };
    worker.start();
    await new Promise((r) => setTimeout(r, 50));
    await worker.idle();
    expect(handled).toEqual(['late']);
    await worker.stop();
  });

  it.each([['memory', async () => new MemoryInboundQueue()],
    ['SQLite', async () => new SqliteInboundQueue(openSqlite(join(mkdtempSync(join(tmpdir(), 'queue-')), 'q.sqlite')))]] as const)(
    'on %s, starts a resident\'s next message only once the turn before it has finished, while others are answered meanwhile',
    async (_name, open) => {
      const q = await open();
      const log: string[] = [];
      let release!: () => void;
      const firstHeld = new Promise<void>((r) => (release = r));
      const worker = new InboundWorker({ queue: q, owner: 'w', logger: silentLogger, concurrency: 8,
        handle: async (e) => {
          log.push(`start ${e.key}`);
          if (e.key === 'r1-first') await firstHeld;
          log.push(`end ${e.key}`);
        } });
      await q.enqueue({ key: 'r1-first', channel: 'zalo', payload: '', lane: 'zalo:r1' }, Date.now() - 3);
      await q.enqueue({ key: 'r1-follow-up', channel: 'zalo', payload: '', lane: 'zalo:r1' }, Date.now() - 2);
      await q.enqueue({ key: 'r2-question', channel: 'zalo', payload: '', lane: 'zalo:r2' }, Date.now() - 1);
      worker.start();
      // Waited for, not given a fixed time: the other resident is answered while the first turn is held.
      await expect.poll(() => log.includes('end r2-question'), { timeout: 15_000 }).toBe(true);
      expect(log).toEqual(['start r1-first', 'start r2-question', 'end r2-question']);
      release();
      await worker.idle();
      expect(log.slice(3)).toEqual(['end r1-first', 'start r1-follow-up', 'end r1-follow-up']);
      await worker.stop();
    });
});

describe('SQLite queue at start-up', () => {
  it('gives back the leases of a process that died, so a restart answers at once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'queue-')), 'q.sqlite');
    const before = new SqliteInboundQueue(openSqlite(file));
    await before.enqueue({ key: 'x', channel: 'zalo', payload: '' }, 0);
    await before.claim('dead', 0, 60_000);
    const after = new SqliteInboundQueue(openSqlite(file));
    expect(after.releaseLeases()).toBe(1);
    expect((await after.claim('alive', 1, 60_000))[0]).toMatchObject({ key: 'x', attempts: 2 });
  });
});

describe('SQLite queue storage', () => {
  it('keeps no raw payload nor lane once an event is answered, and claims from the waiting-events and lane indexes', async () => {
    const db = openSqlite(join(mkdtempSync(join(tmpdir(), 'queue-')), 'q.sqlite'));
    const q = new SqliteInboundQueue(db);
    await q.enqueue({ key: 'p', channel: 'zalo', payload: '{"text":"số CCCD 001203004567"}', lane: 'zalo:4368496045530239152' }, 0);
    await q.claim('w', 0, 1000);
    await q.complete('p', 1);
    expect(db.prepare('SELECT payload, lane FROM inbound_events WHERE key = ?').get('p')).toEqual({ payload: '', lane: null });
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT key FROM inbound_events e WHERE status IN ('pending', 'processing') AND due_at <= 5
      AND ${laneIsFree('5')} ORDER BY due_at, received_at LIMIT 1`).all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('; ')).toMatch(/inbound_events_waiting/);
    expect(plan.map((p) => p.detail).join('; ')).toMatch(/inbound_events_lane/);
    expect(plan.map((p) => p.detail).join('; ')).not.toMatch(/TEMP B-TREE/);
  });
});
