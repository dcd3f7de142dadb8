import type { ZaloTokenStore, ZaloTokens } from '../../core/ports/zalo-tokens.js';
import type { SqliteDb } from './open-sqlite.js';

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
