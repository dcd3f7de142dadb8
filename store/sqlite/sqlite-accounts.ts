import type { Role, Session, User } from '../log-store.js';
import { sessionRow, userRow } from '../row-decoding.js';
import { DuplicateUsernameError } from '../store-errors.js';
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

  constructor(db: SqliteDb, private readonly clock: StoreClock) {
    this.insertUser = db.prepare('INSERT INTO users (id, username, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)');
    this.byUsername = db.prepare('SELECT * FROM users WHERE username = ?');
    this.byId = db.prepare('SELECT * FROM users WHERE id = ?');
    this.count = db.prepare('SELECT COUNT(*) AS n FROM users');
    this.insertSession = db.prepare('INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)');
    this.session = db.prepare('SELECT * FROM sessions WHERE id_hash = ?');
    this.removeSession = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
  }

  createUser(user: { username: string; role: Role; passwordHash: string }): User {
    const created: User = { id: this.clock.newId(), username: user.username, role: user.role, passwordHash: user.passwordHash, createdAt: this.clock.now() };
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
