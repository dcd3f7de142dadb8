import type { Storage, StoreItems } from 'botbuilder';
import type { Pool } from 'pg';
import { withTransaction } from './pg-transaction.js';

// eTag "*" or none: last write wins. Otherwise the update happens only while the stored eTag still matches; the check
// and the write are one statement, so two instances writing with the same eTag cannot both succeed.
const UPSERT = `INSERT INTO kv (key, value, etag, updated_at) VALUES ($1, $2, 1, now())
  ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = kv.etag + 1, updated_at = excluded.updated_at`;
const UPSERT_IF_CURRENT = `${UPSERT} WHERE kv.etag::text = $3`;

/**
 * botbuilder Storage over the kv table, the PostgreSQL twin of SqliteStorage: values as JSON text, eTags are the
 * row's write counter. A write carrying an eTag other than "*" fails when the stored eTag differs; a missing row is
 * written whatever the eTag. One write() is one transaction: a conflict on any key writes none of them.
 */
export class PgStorage implements Storage {
  constructor(private readonly pool: Pool) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const { rows } = await this.pool.query<{ key: string; value: string; etag: number }>({ name: 'kv_read', values: [keys],
      text: 'SELECT key, value, etag FROM kv WHERE key = ANY($1)' });
    for (const row of rows) items[row.key] = { ...(JSON.parse(row.value) as object), eTag: String(row.etag) };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    // Sorted keys: two transactions writing overlapping keys lock rows in the same order and cannot deadlock.
    const entries = Object.entries(changes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length === 0) return;
    // One key (a turn's conversation state, nearly always) is one statement, atomic without BEGIN and COMMIT: two
    // round trips fewer per turn.
    if (entries.length === 1) return upsert(this.pool, entries[0]!);
    await withTransaction(this.pool, async (client) => {
      for (const entry of entries) await upsert(client, entry);
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.pool.query('DELETE FROM kv WHERE key = ANY($1)', [keys]);
  }
}

async function upsert(db: Pick<Pool, 'query'>, [key, item]: [string, unknown]): Promise<void> {
  const { eTag, ...value } = (item ?? {}) as { eTag?: string };
  const json = JSON.stringify(value);
  const checked = Boolean(eTag) && eTag !== '*';
  const result = checked
    ? await db.query({ name: 'kv_upsert_if_current', text: UPSERT_IF_CURRENT, values: [key, json, eTag] })
    : await db.query({ name: 'kv_upsert', text: UPSERT, values: [key, json] });
  if (result.rowCount !== 1) throw new Error(`storage write conflict on ${key}: eTag ${eTag} is stale`);
}
