import type { Storage } from 'botbuilder';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

/** Two writers on one store, standing for two instances (PostgreSQL) or the server and its Zalo turn thread (SQLite). */
export interface StoragePair {
  readonly a: Storage;
  readonly b: Storage;
}

/**
 * The botbuilder Storage behaviour conversation state relies on, run against SqliteStorage and PgStorage alike.
 * `open` returns two writers on an empty store for each test; `cleanup` runs once after the suite.
 */
export function describeStorageContract(name: string, open: () => Promise<StoragePair>, cleanup?: () => Promise<void>): void {
  describe(name, () => {
    let a: Storage;
    let b: Storage;
    beforeEach(async () => ({ a, b } = await open()));
    if (cleanup) afterAll(cleanup);

    it('reads back what was written, with an eTag, and nothing for unknown keys', async () => {
      await a.write({ 'zalo/conv-1': { topic: 'căn cước', turns: [1, 2] } });
      expect(await b.read(['zalo/conv-1', 'zalo/missing'])).toEqual({ 'zalo/conv-1': { topic: 'căn cước', turns: [1, 2], eTag: '1' } });
      expect(await a.read([])).toEqual({});
    });

    it('eTag "*" or none: last write wins, the eTag moves on', async () => {
      await a.write({ k: { v: 1 } });
      await b.write({ k: { v: 2, eTag: '*' } });
      await a.write({ k: { v: 3 } });
      expect(await b.read(['k'])).toEqual({ k: { v: 3, eTag: '3' } });
    });

    it('a current eTag writes, a stale one is a conflict and changes nothing', async () => {
      await a.write({ c: { v: 'first' } });
      const readByA = (await a.read(['c'])).c as { eTag: string };
      const readByB = (await b.read(['c'])).c as { eTag: string };
      await b.write({ c: { v: 'from b', eTag: readByB.eTag } });
      await expect(a.write({ c: { v: 'from a', eTag: readByA.eTag } })).rejects.toThrow(/storage write conflict on c: eTag 1 is stale/);
      expect(await a.read(['c'])).toEqual({ c: { v: 'from b', eTag: '2' } });
    });

    it('an eTag on a key that is not stored yet writes it', async () => {
      await a.write({ fresh: { v: 1, eTag: '7' } });
      expect(await a.read(['fresh'])).toEqual({ fresh: { v: 1, eTag: '1' } });
    });

    it('of many writers racing with the same eTag, exactly one wins', async () => {
      await a.write({ race: { n: -1 } });
      const { eTag } = (await a.read(['race'])).race as { eTag: string };
      const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, n) => (n % 2 ? a : b).write({ race: { n, eTag } })));
      const won = outcomes.flatMap((o, n) => (o.status === 'fulfilled' ? [n] : []));
      expect(won).toHaveLength(1);
      expect(await a.read(['race'])).toEqual({ race: { n: won[0], eTag: '2' } });
    });

    it('a conflict on one key writes none of the batch', async () => {
      await a.write({ x: { v: 1 }, y: { v: 1 } });
      await b.write({ y: { v: 2 } });
      await expect(a.write({ x: { v: 9, eTag: '1' }, y: { v: 9, eTag: '1' } })).rejects.toThrow(/conflict on y/);
      expect(await a.read(['x', 'y'])).toEqual({ x: { v: 1, eTag: '1' }, y: { v: 2, eTag: '2' } });
    });

    it('a conflict does not fail the writes committed beside it', async () => {
      await a.write({ x: { v: 1 }, y: { v: 1 } });
      await b.write({ y: { v: 2 } });
      const [batch, beside] = await Promise.allSettled([a.write({ x: { v: 9, eTag: '1' }, y: { v: 9, eTag: '1' } }), a.write({ z: { v: 1 } })]);
      expect(batch.status === 'rejected' && String(batch.reason)).toMatch(/conflict on y/);
      expect(beside.status).toBe('fulfilled');
      expect(await a.read(['x', 'y', 'z'])).toEqual({ x: { v: 1, eTag: '1' }, y: { v: 2, eTag: '2' }, z: { v: 1, eTag: '1' } });
    });

    it('deletes keys, ignoring unknown ones', async () => {
      await a.write({ d1: { v: 1 }, d2: { v: 2 } });
      await b.delete(['d1', 'nope']);
      await b.delete([]);
      expect(await a.read(['d1', 'd2'])).toEqual({ d2: { v: 2, eTag: '1' } });
    });
  });
}
