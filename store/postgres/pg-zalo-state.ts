import type { Pool } from 'pg';
import type { ZaloTokenStore, ZaloTokens } from '../../core/ports/zalo-tokens.js';

/** The Zalo OA token pair in PostgreSQL, shared by every instance; refreshed pairs win over the settings. */
export class PgTokenStore implements ZaloTokenStore {
  constructor(private readonly pool: Pool) {}

  async load(): Promise<ZaloTokens | undefined> {
    // bigint arrives as a string: node-postgres will not guess whether it fits a number.
    const { rows } = await this.pool.query<{ access_token: string; refresh_token: string; expires_at: string }>(
      'SELECT access_token, refresh_token, expires_at FROM zalo_tokens WHERE id = 1');
    const row = rows[0];
    if (!row) return undefined;
    const expiresAt = Number(row.expires_at);
    // -1 stands for "unknown expiry" (Infinity cannot be stored), as in SQLite.
    return { accessToken: row.access_token, refreshToken: row.refresh_token,
      expiresAt: expiresAt < 0 ? Number.POSITIVE_INFINITY : expiresAt };
  }

  async save(t: ZaloTokens): Promise<void> {
    await this.pool.query(`INSERT INTO zalo_tokens (id, access_token, refresh_token, expires_at) VALUES (1, $1, $2, $3)
      ON CONFLICT (id) DO UPDATE SET access_token = excluded.access_token, refresh_token = excluded.refresh_token,
      expires_at = excluded.expires_at`, [t.accessToken, t.refreshToken, Number.isFinite(t.expiresAt) ? Math.round(t.expiresAt) : -1]);
  }
}
