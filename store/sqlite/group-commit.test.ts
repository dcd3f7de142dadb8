import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GroupCommit, groupCommit } from './group-commit.js';
import { openSqlite } from './open-sqlite.js';

function setup() {
  const file = join(mkdtempSync(join(tmpdir(), 'group-')), 'g.sqlite');
  const db = openSqlite(file);
  db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT NOT NULL)');
  // Another connection to the same file, as another process or thread would see it.
  const other = openSqlite(file);
  const insert = db.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
  const seen = (k: string): boolean => other.prepare('SELECT 1 FROM t WHERE k = ?').get(k) !== undefined;
  return { db, other, insert, seen, group: new GroupCommit(db) };
}

describe('GroupCommit', () => {
  it('runs the writes of one event-loop turn in one transaction, and resolves each once it is committed', async () => {
    const { insert, seen, group } = setup();
    const visibleMeanwhile: boolean[] = [];
    const writes = ['a', 'b', 'c'].map((k) => group.run(() => {
      insert.run(k, 'x');
      // Uncommitted: the other connection sees none of the group's writes yet.
      visibleMeanwhile.push(seen('a'));
      return k.toUpperCase();
    }));
    expect(await Promise.all(writes)).toEqual(['A', 'B', 'C']);
    expect(visibleMeanwhile).toEqual([false, false, false]);
    expect(['a', 'b', 'c'].map(seen)).toEqual([true, true, true]);
  });

  it('undoes and rejects a write that throws, alone; the others commit', async () => {
    const { insert, seen, group } = setup();
    const ok = group.run(() => insert.run('a', 'x'));
    const bad = group.run(() => {
      insert.run('half', 'x');
      insert.run('a', 'duplicate key');
    });
    const after = group.run(() => insert.run('b', 'x'));
    await expect(bad).rejects.toThrow(/UNIQUE/);
    await Promise.all([ok, after]);
    expect(['a', 'half', 'b'].map(seen)).toEqual([true, false, true]);
  });

  it('runs one-statement writes without a savepoint: a failing one is undone by SQLite alone, beside savepoint writes', async () => {
    const { insert, seen, group } = setup();
    const ok = group.runStatement(() => insert.run('a', 'x').changes);
    const multi = group.run(() => {
      insert.run('m1', 'x');
      insert.run('m2', 'x');
    });
    const bad = group.runStatement(() => insert.run('a', 'duplicate key'));
    const after = group.runStatement(() => insert.run('b', 'x').changes);
    await expect(bad).rejects.toThrow(/UNIQUE/);
    expect(await Promise.all([ok, after])).toEqual([1, 1]);
    await multi;
    expect(['a', 'm1', 'm2', 'b'].map(seen)).toEqual([true, true, true, true]);
  });

  it('rolls back the whole group when a one-statement write returns a promise (it cannot be undone alone)', async () => {
    const { insert, seen, group } = setup();
    const other = group.run(() => insert.run('other', 'x'));
    // Typed out by runStatement's signature; a cast gets it through, as JavaScript callers would.
    const asyncWrite = group.runStatement((() => {
      insert.run('early', 'x');
      return Promise.resolve();
    }) as () => never);
    await expect(asyncWrite).rejects.toThrow(/must be synchronous/);
    await expect(other).rejects.toThrow(/must be synchronous/);
    expect(['early', 'other'].map(seen)).toEqual([false, false]);
  });

  it('rejects every write of the group when the transaction cannot commit, and writes nothing', async () => {
    const { db, other, insert, seen, group } = setup();
    db.pragma('busy_timeout = 20');
    // Another writer holds the file's write lock past the busy timeout.
    other.prepare('BEGIN IMMEDIATE').run();
    const writes = ['a', 'b'].map((k) => group.run(() => insert.run(k, 'x')));
    for (const w of writes) await expect(w).rejects.toThrow(/locked|busy/i);
    other.prepare('ROLLBACK').run();
    expect(['a', 'b'].map(seen)).toEqual([false, false]);
    // The next group goes through.
    await group.run(() => insert.run('c', 'x'));
    expect(seen('c')).toBe(true);
  });

  it('refuses a write that returns a promise, undoing what it did before', async () => {
    const { insert, seen, group } = setup();
    const asyncWrite = group.run(() => {
      insert.run('early', 'x');
      return Promise.resolve();
    });
    await expect(asyncWrite).rejects.toThrow(/must be synchronous/);
    expect(seen('early')).toBe(false);
  });

  it('is one per connection, so every store on it shares the commits', () => {
    const { db, other } = setup();
    expect(groupCommit(db)).toBe(groupCommit(db));
    expect(groupCommit(db)).not.toBe(groupCommit(other));
  });
});
