import type { ZaloEventLedger, ZaloTokenStore, ZaloTokens } from '../../bot/channels/zalo/ports.js';
import type { SqliteDb, SqliteStatement } from './open-sqlite.js';

/** Webhook de-duplication in SQLite: one atomic statement claims a key unless an unexpired claim exists. */
export class SqliteEventLedger implements ZaloEventLedger {
  private readonly upsert: SqliteStatement;

  constructor(private readonly db: SqliteDb, private readonly now: () => number = Date.now) {
    this.upsert = db.prepare(`INSERT INTO zalo_events (key, expires_at) VALUES (?, ?)
      ON CONFLICT(key) DO UPDATE SET expires_at = excluded.expires_at WHERE zalo_events.expires_at <= ?`);
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const t = this.now();
    return this.upsert.run(key, t + ttlMs, t).changes === 1;
  }

  /** Drops expired claims; called from time to time, never needed for correctness. */
  purge(): number {
    return this.db.prepare('DELETE FROM zalo_events WHERE expires_at <= ?').run(this.now()).changes;
  }
}

export class SqliteTokenStore implements ZaloTokenStore {
  constructor(private readonly db: SqliteDb) {}

  async load(): Promise<ZaloTokens | undefined> {
    const row = this.db.prepare('SELECT access_token, refresh_token, expires_at FROM zalo_tokens WHERE id = 1').get() as
      { access_token: string; refresh_token: string; expires_at: number } | undefined;
    // -1 stands for "unknown expiry" (Infinity cannot be stored).
    return row ? { accessToken: row.access_token, refreshToken: row.refresh_token,
      expiresAt: row.expires_at < 0 ? Number.POSITIVE_INFINITY : row.expires_at } : undefined;
  }

  async save(t: ZaloTokens): Promise<void> {
    this.db.prepare(`INSERT INTO zalo_tokens (id, access_token, refresh_token, expires_at) VALUES (1, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET access_token = excluded.access_token, refresh_token = excluded.refresh_token,
      expires_at = excluded.expires_at`).run(t.accessToken, t.refreshToken, Number.isFinite(t.expiresAt) ? t.expiresAt : -1);
  }
}
