import type { Pool } from 'pg';
import type { Role, Session, User, UserChange } from '../../core/ports/log-store.js';
import { sessionRow, userRow } from '../row-decoding.js';
import { DuplicateUsernameError, StoreNotFoundError } from '../../core/store-errors.js';
import { isoInstant, type StoreClock } from '../store-options.js';
import { pgDecode } from './pg-decode.js';

const UNIQUE_VIOLATION = '23505';

/** Admin and volunteer accounts and their sessions. */
export class PgAccounts {
  constructor(private readonly pool: Pool, private readonly clock: StoreClock) {}

  async createUser(user: { username: string; role: Role; passwordHash: string }): Promise<User> {
    try {
      const { rows } = await this.pool.query({ name: 'users_insert', text: `INSERT INTO users (id, username, role, password_hash, created_at)
        VALUES ($1, $2, $3, $4, $5) RETURNING *`, values: [this.clock.newId(), user.username, user.role, user.passwordHash, this.clock.now()] });
      return userRow(rows[0]!, pgDecode);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new DuplicateUsernameError(user.username, { cause: error });
      throw error;
    }
  }

  async userByUsername(username: string): Promise<User | undefined> {
    const { rows } = await this.pool.query({ name: 'users_by_name', text: 'SELECT * FROM users WHERE username = $1', values: [username] });
    return rows[0] && userRow(rows[0], pgDecode);
  }

  async userById(id: string): Promise<User | undefined> {
    const { rows } = await this.pool.query({ name: 'users_by_id', text: 'SELECT * FROM users WHERE id = $1', values: [id] });
    return rows[0] && userRow(rows[0], pgDecode);
  }

  async countUsers(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>({ name: 'users_count', text: 'SELECT count(*)::int AS n FROM users' });
    return rows[0]!.n;
  }

  async list(): Promise<User[]> {
    const { rows } = await this.pool.query({ name: 'users_list', text: 'SELECT * FROM users ORDER BY username COLLATE "C"' });
    return rows.map((r) => userRow(r, pgDecode));
  }

  /** One statement, so both parts of a change land together. Disabling keeps the first time it happened. */
  async update(id: string, change: UserChange): Promise<void> {
    const p = change.password;
    const { rowCount } = await this.pool.query({ name: 'users_update', text: `UPDATE users SET
        disabled_at = CASE WHEN $2::boolean IS NULL THEN disabled_at WHEN $2 THEN COALESCE(disabled_at, $3::timestamptz) END,
        password_hash = COALESCE($4, password_hash),
        must_change_password = CASE WHEN $4::text IS NULL THEN must_change_password ELSE $5::boolean END,
        password_expires_at = CASE WHEN $4::text IS NULL THEN password_expires_at ELSE $6::timestamptz END
      WHERE id = $1`,
    values: [id, change.disabled ?? null, this.clock.now(), p?.hash ?? null, p?.mustChange ?? false, p?.expiresAt ? isoInstant(p.expiresAt) : null] });
    if (rowCount === 0) throw new StoreNotFoundError('user', id);
  }

  async recordLogin(userId: string, at: string): Promise<void> {
    await this.pool.query({ name: 'users_login', text: 'UPDATE users SET last_login_at = $1 WHERE id = $2', values: [isoInstant(at), userId] });
  }

  async deleteUserSessions(userId: string, except?: string): Promise<void> {
    await this.pool.query({ name: 'sessions_delete_user', text: 'DELETE FROM sessions WHERE user_id = $1 AND id_hash IS DISTINCT FROM $2',
      values: [userId, except ?? null] });
  }

  async createSession(s: Session): Promise<void> {
    await this.pool.query({ name: 'sessions_insert', text: `INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at)
      VALUES ($1, $2, $3, $4, $5)`, values: [s.idHash, s.userId, s.csrfToken, isoInstant(s.createdAt), isoInstant(s.expiresAt)] });
  }

  /** Returned as stored, expired or not: the caller compares expiresAt with its own clock. */
  async getSession(idHash: string): Promise<Session | undefined> {
    const { rows } = await this.pool.query({ name: 'sessions_by_id', text: 'SELECT * FROM sessions WHERE id_hash = $1', values: [idHash] });
    return rows[0] && sessionRow(rows[0], pgDecode);
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.pool.query({ name: 'sessions_delete', text: 'DELETE FROM sessions WHERE id_hash = $1', values: [idHash] });
  }
}
