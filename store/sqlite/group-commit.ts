import type { SqliteDb, SqliteStatement } from './open-sqlite.js';

interface PendingWrite {
  readonly write: () => unknown;
  /** One statement: SQLite undoes a failed statement by itself, so it needs no savepoint of its own. */
  readonly single: boolean;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit: the writes asked for in one turn of the event loop (a burst of webhooks, the turns finishing beside
 * them) run in one IMMEDIATE transaction, so they share one WAL commit instead of paying one each; under the load
 * benchmark commits were a fifth of the bot's CPU. Each write still resolves only once its transaction has committed
 * (an event is stored before it is acknowledged), and a write that throws is undone and rejected alone while the others
 * commit: by its own savepoint, or by SQLite itself for a one-statement write (runStatement).
 */
export class GroupCommit {
  private pending: PendingWrite[] = [];
  private scheduled = false;
  // Prepared once: wrapping each write in db.transaction() cost as much as the savepoint itself.
  private readonly savepoint: SqliteStatement;
  private readonly release: SqliteStatement;
  private readonly rollbackTo: SqliteStatement;
  private readonly commit: (batch: readonly PendingWrite[]) => { ok: boolean; value: unknown }[];

  constructor(private readonly db: SqliteDb) {
    this.savepoint = db.prepare('SAVEPOINT group_write');
    this.release = db.prepare('RELEASE group_write');
    this.rollbackTo = db.prepare('ROLLBACK TO group_write');
    const inTransaction = db.transaction((batch: readonly PendingWrite[]) => batch.map(({ write, single }) => this.runOne(write, single)));
    this.commit = (batch) => inTransaction.immediate(batch);
  }

  /** Runs `write` (synchronous statements) in the next group transaction; resolves to its result once committed. */
  run<T>(write: () => T): Promise<T> {
    return this.enqueue(write, false);
  }

  /**
   * As run, for a write that changes the database with one statement at most (reads around it are fine): it goes
   * without the savepoint, two statements fewer for the most frequent writes (queue, turn log).
   */
  runStatement<T>(write: () => T extends PromiseLike<unknown> ? never : T): Promise<T> {
    return this.enqueue(write, true);
  }

  private enqueue<T>(write: () => T, single: boolean): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ write, single, resolve: resolve as (value: unknown) => void, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    let outcomes: { ok: boolean; value: unknown }[];
    try {
      outcomes = this.commit(batch);
    } catch (error) {
      // Nothing committed (the lock timed out, the disk is full, the database closed): every write failed.
      for (const w of batch) w.reject(error);
      return;
    }
    batch.forEach((w, i) => (outcomes[i]!.ok ? w.resolve(outcomes[i]!.value) : w.reject(outcomes[i]!.value)));
  }

  private runOne(write: () => unknown, single: boolean): { ok: boolean; value: unknown } {
    if (single) {
      let value: unknown;
      try {
        value = write();
      } catch (error) {
        if (!this.db.inTransaction) throw error;
        return { ok: false, value: error };
      }
      // Without a savepoint its statement cannot be undone alone: the whole group is rolled back and rejected.
      return { ok: true, value: synchronous(value) };
    }
    this.savepoint.run();
    try {
      const value = synchronous(write());
      this.release.run();
      return { ok: true, value };
    } catch (error) {
      // Some errors (disk full, I/O) make SQLite roll the whole transaction back: then every write fails, with this error.
      if (!this.db.inTransaction) throw error;
      // Undoes this write alone; RELEASE then ends the savepoint, which ROLLBACK TO leaves open.
      this.rollbackTo.run();
      this.release.run();
      return { ok: false, value: error };
    }
  }
}

/** Statements after an await would run outside the transaction, after it committed. */
function synchronous(value: unknown): unknown {
  if (value instanceof Promise) throw new TypeError('GroupCommit: a write must be synchronous; it returned a promise');
  return value;
}

const perDb = new WeakMap<SqliteDb, GroupCommit>();

/** The one GroupCommit of a connection: every store over the same connection must share it to share commits. */
export function groupCommit(db: SqliteDb): GroupCommit {
  let group = perDb.get(db);
  if (!group) perDb.set(db, (group = new GroupCommit(db)));
  return group;
}
