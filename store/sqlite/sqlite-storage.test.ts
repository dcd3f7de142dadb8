import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite } from './open-sqlite.js';
import { SqliteStorage } from './sqlite-storage.js';

/** Two connections to one file stand for the server and its Zalo turn thread. */
function twoWriters() {
  const file = join(mkdtempSync(join(tmpdir(), 'kv-')), 'kv.sqlite');
  return { a: new SqliteStorage(openSqlite(file)), b: new SqliteStorage(openSqlite(file)) };
}

describe('SqliteStorage', () => {
  it('reads back what was written, with an eTag, and nothing for unknown keys', async () => {
    const { a, b } = twoWriters();
    await a.write({ 'zalo/conv-1': { topic: 'căn cước', turns: [1, 2] } });
    expect(await b.read(['zalo/conv-1', 'zalo/missing'])).toEqual({ 'zalo/conv-1': { topic: 'căn cước', turns: [1, 2], eTag: '1' } });
    expect(await a.read([])).toEqual({});
  });

  it('eTag "*" or none: last write wins, the eTag moves on', async () => {
    const { a, b } = twoWriters();
    await a.write({ k: { v: 1 } });
    await b.write({ k: { v: 2, eTag: '*' } });
    await a.write({ k: { v: 3 } });
    expect(await b.read(['k'])).toEqual({ k: { v: 3, eTag: '3' } });
  });

  it('a current eTag writes, a stale one is a conflict and changes nothing', async () => {
    const { a, b } = twoWriters();
    await a.write({ c: { v: 'first' } });
    const readByA = (await a.read(['c'])).c as { eTag: string };
    const readByB = (await b.read(['c'])).c as { eTag: string };
    await b.write({ c: { v: 'from b', eTag: readByB.eTag } });
    await expect(a.write({ c: { v: 'from a', eTag: readByA.eTag } })).rejects.toThrow(/storage write conflict on c: eTag 1 is stale/);
    expect(await a.read(['c'])).toEqual({ c: { v: 'from b', eTag: '2' } });
  });

  it('an eTag on a key that is not stored yet writes it', async () => {
    const { a } = twoWriters();
    await a.write({ fresh: { v: 1, eTag: '7' } });
    expect(await a.read(['fresh'])).toEqual({ fresh: { v: 1, eTag: '1' } });
  });

  it('a conflict on one key writes none of the batch, and a conflict does not fail the writes committed beside it', async () => {
    const { a, b } = twoWriters();
    await a.write({ x: { v: 1 }, y: { v: 1 } });
    await b.write({ y: { v: 2 } });
    const [batch, beside] = await Promise.allSettled([a.write({ x: { v: 9, eTag: '1' }, y: { v: 9, eTag: '1' } }), a.write({ z: { v: 1 } })]);
    expect(batch.status === 'rejected' && String(batch.reason)).toMatch(/conflict on y/);
    expect(beside.status).toBe('fulfilled');
    expect(await a.read(['x', 'y', 'z'])).toEqual({ x: { v: 1, eTag: '1' }, y: { v: 2, eTag: '2' }, z: { v: 1, eTag: '1' } });
  });

  it('deletes keys, ignoring unknown ones', async () => {
    const { a, b } = twoWriters();
    await a.write({ d1: { v: 1 }, d2: { v: 2 } });
    await b.delete(['d1', 'nope']);
    await b.delete([]);
    expect(await a.read(['d1', 'd2'])).toEqual({ d2: { v: 2, eTag: '1' } });
  });
});
