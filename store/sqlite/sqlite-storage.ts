import type { Storage, StoreItems } from 'botbuilder';
import type { SqliteDb } from './open-sqlite.js';

/**
 * botbuilder Storage over the kv table, so conversation state (follow-up context, handoff flag) survives a
 * restart. Optimistic concurrency as botbuilder expects: a write carrying an eTag other than "*" fails when the
 * stored eTag differs.
 */
export class SqliteStorage implements Storage {
  constructor(private readonly db: SqliteDb) {}

  async read(keys: string[]): Promise<StoreItems> {
    const get = this.db.prepare('SELECT value, etag FROM kv WHERE key = ?');
    const items: StoreItems = {};
    for (const key of keys) {
      const row = get.get(key) as { value: string; etag: number } | undefined;
      if (row) items[key] = { ...(JSON.parse(row.value) as object), eTag: String(row.etag) };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const get = this.db.prepare('SELECT etag FROM kv WHERE key = ?');
    const put = this.db.prepare('INSERT INTO kv (key, value, etag, updated_at) VALUES (?, ?, ?, ?) ' +
      'ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at');
    this.db.transaction(() => {
      for (const [key, item] of Object.entries(changes)) {
        const { eTag, ...value } = (item ?? {}) as { eTag?: string };
        const current = get.get(key) as { etag: number } | undefined;
        if (eTag && eTag !== '*' && current && String(current.etag) !== eTag) {
          throw new Error(`storage write conflict on ${key}: eTag ${eTag} is stale`);
        }
        put.run(key, JSON.stringify(value), (current?.etag ?? 0) + 1, new Date().toISOString());
      }
    })();
  }

  async delete(keys: string[]): Promise<void> {
    const del = this.db.prepare('DELETE FROM kv WHERE key = ?');
    this.db.transaction(() => keys.forEach((k) => del.run(k)))();
  }
}
