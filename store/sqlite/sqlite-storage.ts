import type { Storage, StoreItems } from 'botbuilder';
import { groupCommit, type GroupCommit } from './group-commit.js';
import type { SqliteDb, SqliteStatement } from './open-sqlite.js';

// eTag "*" or none: last write wins. Otherwise the update happens only while the stored eTag still matches; check and
// write are one statement, as in PgStorage.
const UPSERT = `INSERT INTO kv (key, value, etag, updated_at) VALUES (@key, @value, 1, @at)
  ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = kv.etag + 1, updated_at = excluded.updated_at`;
const UPSERT_IF_CURRENT = `${UPSERT} WHERE CAST(kv.etag AS TEXT) = @eTag`;

/**
 * botbuilder Storage over the kv table, so conversation state (follow-up context, handoff flag) survives a
 * restart. Optimistic concurrency as botbuilder expects: a write carrying an eTag other than "*" fails when the
 * stored eTag differs; a missing row is written whatever the eTag. One write() is atomic: a conflict on any key
 * writes none of them.
 */
export class SqliteStorage implements Storage {
  private readonly get: SqliteStatement;
  private readonly upsert: SqliteStatement;
  private readonly upsertIfCurrent: SqliteStatement;
  private readonly del: SqliteStatement;
  /** Writes share the connection's group commit (one per turn otherwise). */
  private readonly group: GroupCommit;

  constructor(db: SqliteDb) {
    this.group = groupCommit(db);
    this.get = db.prepare('SELECT value, etag FROM kv WHERE key = ?');
    this.upsert = db.prepare(UPSERT);
    this.upsertIfCurrent = db.prepare(UPSERT_IF_CURRENT);
    this.del = db.prepare('DELETE FROM kv WHERE key = ?');
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.get.get(key) as { value: string; etag: number } | undefined;
      if (!row) continue;
      const item = JSON.parse(row.value) as Record<string, unknown>;
      item.eTag = String(row.etag);
      items[key] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    if (entries.length === 0) return;
    const at = new Date().toISOString();
    const writeAll = (): void => {
      for (const [key, item] of entries) this.writeOne(key, item as Record<string, unknown> | undefined, at);
    };
    // One key (a turn's conversation state, nearly always) is one statement: no savepoint needed to undo it alone.
    if (entries.length === 1) await this.group.runStatement(writeAll);
    else await this.group.run(writeAll);
  }

  async delete(keys: string[]): Promise<void> {
    await this.group.run(() => keys.forEach((k) => this.del.run(k)));
  }

  private writeOne(key: string, item: Record<string, unknown> | undefined, at: string): void {
    const { eTag, ...rest } = item ?? {};
    const value = JSON.stringify(rest);
    const checked = eTag !== undefined && eTag !== null && eTag !== '' && eTag !== '*';
    const { changes } = checked ? this.upsertIfCurrent.run({ key, value, at, eTag: String(eTag) }) : this.upsert.run({ key, value, at });
    if (changes !== 1) throw new Error(`storage write conflict on ${key}: eTag ${String(eTag)} is stale`);
  }
}
