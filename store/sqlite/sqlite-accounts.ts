import type { Role, Session, User, UserChange } from '../../core/ports/log-store.js';
import { sessionRow, userRow } from '../row-decoding.js';
import { DuplicateUsernameError, StoreNotFoundError } from '../../core/store-errors.js';
import { isoInstant, type StoreClock } from '../store-options.js';
import type { SqliteDb, SqliteStatement } from './open-sqlite.js';
import { sqliteDecode } from './sqlite-decode.js';

/** Admin and volunteer accounts and their sessions. */
export class SqliteAccounts {
  private readonly insertUser: SqliteStatement;
  private readonly byUsername: SqliteStatement;
  private readonly byId: SqliteStatement;
  private readonly count: SqliteStatement;
  private readonly insertSession: SqliteStatement;
  private readonly session: SqliteStatement;
  private readonly removeSession: SqliteStatement;
  private readonly listed: SqliteStatement;
  private readonly setDisabled: SqliteStatement;
  private readonly setPassword: SqliteStatement;
  private readonly login: SqliteStatement;
  private readonly removeUserSessions: SqliteStatement;

  constructor(private readonly db: SqliteDb, private readonly clock: StoreClock) {
    this.insertUser = db.prepare('INSERT INTO users (id, username, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)');
    this.byUsername = db.prepare('SELECT * FROM users WHERE username = ?');
    this.byId = db.prepare('SELECT * FROM users WHERE id = ?');
    this.count = db.prepare('SELECT COUNT(*) AS n FROM users');
    this.insertSession = db.prepare('INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)');
    this.session = db.prepare('SELECT * FROM sessions WHERE id_hash = ?');
    this.removeSession = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
    this.listed = db.prepare('SELECT * FROM users ORDER BY username');
    // Disabling keeps the first time it happened; enabling clears it.
    this.setDisabled = db.prepare('UPDATE users SET disabled_at = CASE WHEN ? THEN COALESCE(disabled_at, ?) END WHERE id = ?');
    this.setPassword = db.prepare('UPDATE users SET password_hash = ?, must_change_password = ?, password_expires_at = ? WHERE id = ?');
    this.login = db.prepare('UPDATE users SET last_login_at = ? WHERE id = ?');
    this.removeUserSessions = db.prepare('DELETE FROM sessions WHERE user_id = ? AND id_hash IS NOT ?');
  }

  createUser(user: { username: string; role: Role; passwordHash: string }): User {
    const created: User = { id: this.clock.newId(), username: user.username, role: user.role, passwordHash: user.passwordHash, createdAt: this.clock.now(),
      disabled: false, mustChangePassword: false };
    try {
      this.insertUser.run(created.id, created.username, created.role, created.passwordHash, created.createdAt);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new DuplicateUsernameError(user.username, { cause: error });
      throw error;
    }
    return created;
  }

  userByUsername(username: string): User | undefined {
    const row = this.byUsername.get(username) as Record<string, unknown> | undefined;
    return row && userRow(row, sqliteDecode);
  }

  userById(id: string): User | undefined {
    const row = this.byId.get(id) as Record<string, unknown> | undefined;
    return row && userRow(row, sqliteDecode);
  }

  countUsers(): number {
    return (this.count.get() as { n: number }).n;
  }

  list(): User[] {
    return (this.listed.all() as Record<string, unknown>[]).map((r) => userRow(r, sqliteDecode));
  }

  /** Both parts of a change or neither. */
  update(id: string, change: UserChange): void {
    this.db.transaction(() => {
      if (!this.byId.get(id)) throw new StoreNotFoundError('user', id);
      if (change.disabled !== undefined) this.setDisabled.run(change.disabled ? 1 : 0, this.clock.now(), id);
      const p = change.password;
      if (p) this.setPassword.run(p.hash, p.mustChange ? 1 : 0, p.expiresAt ? isoInstant(p.expiresAt) : null, id);
    }).immediate();
  }

  recordLogin(userId: string, at: string): void {
    this.login.run(isoInstant(at), userId);
  }

  deleteUserSessions(userId: string, except?: string): void {
    this.removeUserSessions.run(userId, except ?? null);
  }

  createSession(s: Session): void {
    this.insertSession.run(s.idHash, s.userId, s.csrfToken, isoInstant(s.createdAt), isoInstant(s.expiresAt));
  }

  /** Returned as stored, expired or not: the caller compares expiresAt with its own clock. */
  getSession(idHash: string): Session | undefined {
    const row = this.session.get(idHash) as Record<string, unknown> | undefined;
    return row && sessionRow(row, sqliteDecode);
  }

  deleteSession(idHash: string): void {
    this.removeSession.run(idHash);
  }
}
