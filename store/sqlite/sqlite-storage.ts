import type { Storage, StoreItems } from 'botbuilder';
import { groupCommit, type GroupCommit } from './group-commit.js';
import type { SqliteDb, SqliteStatement } from './open-sqlite.js';

/**
 * botbuilder Storage over the kv table, so conversation state (follow-up context, handoff flag) survives a
 * restart. Optimistic concurrency as botbuilder expects: a write carrying an eTag other than "*" fails when the
 * stored eTag differs.
 */
export class SqliteStorage implements Storage {
  private readonly get: SqliteStatement;
  private readonly put: SqliteStatement;
  private readonly del: SqliteStatement;
  /** Writes share the connection's group commit (one per turn otherwise). */
  private readonly group: GroupCommit;

  constructor(db: SqliteDb) {
    this.group = groupCommit(db);
    this.get = db.prepare('SELECT value, etag FROM kv WHERE key = ?');
    this.put = db.prepare('INSERT INTO kv (key, value, etag, updated_at) VALUES (?, ?, ?, ?) ' +
      'ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at');
    this.del = db.prepare('DELETE FROM kv WHERE key = ?');
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.get.get(key) as { value: string; etag: number } | undefined;
      if (row) items[key] = { ...(JSON.parse(row.value) as object), eTag: String(row.etag) };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const get = this.get;
    const put = this.put;
    await this.group.run(() => {
      for (const [key, item] of Object.entries(changes)) {
        const { eTag, ...value } = (item ?? {}) as { eTag?: string };
        const current = get.get(key) as { etag: number } | undefined;
        if (eTag && eTag !== '*' && current && String(current.etag) !== eTag) {
          throw new Error(`storage write conflict on ${key}: eTag ${eTag} is stale`);
        }
        put.run(key, JSON.stringify(value), (current?.etag ?? 0) + 1, new Date().toISOString());
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    await this.group.run(() => keys.forEach((k) => this.del.run(k)));
  }
}
