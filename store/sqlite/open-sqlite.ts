import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { migrationFiles } from '../migrations/migration-files.js';

export type SqliteDb = BetterSqlite3.Database;
/** A prepared statement taking positional or named parameters. */
export type SqliteStatement = BetterSqlite3.Statement<unknown[]>;

/** Pages of WAL after which a connection checkpoints (when no background checkpointer does it for it). */
export const AUTOCHECKPOINT_PAGES = 8000;

/** Opens (creating) the database in WAL mode and applies pending migrations, each in its own transaction. */
export function openSqlite(file: string): SqliteDb {
  let Database: typeof BetterSqlite3;
  try {
    Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  } catch (cause) {
    throw new Error('better-sqlite3 could not be loaded; run `npm ci` (it builds with node-gyp)', { cause });
  }
  if (file !== ':memory:') makePrivate(file);
  const db = new Database(file);
  // Deleted and overwritten rows are zeroed in the file, not left in free pages: a purged or blanked text is gone.
  db.pragma('secure_delete = ON');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Checkpoint every ~32 MB of WAL instead of 4 MB: pages written again and again (index leaves, queue rows) are then
  // copied into the database once per checkpoint instead of many times; measured under the load benchmark.
  db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  // Two connections share the file (the server and its Zalo turn thread). A deferred transaction that reads and
  // then writes fails at once with "database is locked" when the other connection wrote meanwhile, so every write
  // transaction in store/sqlite begins IMMEDIATE, where this timeout applies.
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

/**
 * The database holds residents' words: readable by its owner alone. SQLite gives its -wal and -shm files the
 * database file's mode, so creating that one 0600 (and narrowing an existing one) covers all three.
 */
function makePrivate(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      chmodSync(f, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/** Applies store/migrations/sqlite/NNN_name.sql not yet in schema_migrations; returns the versions it applied. */
export function migrate(db: SqliteDb): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const done: number[] = [];
  for (const { version, name, sql } of migrationFiles('sqlite')) {
    // IMMEDIATE takes the write lock before the check, so a second process opening the same file waits (busy_timeout)
    // and then sees the version as applied instead of running the migration again.
    db.transaction(() => {
      if (isApplied.get(version)) return;
      db.exec(sql);
      record.run(version, name, new Date().toISOString());
      done.push(version);
    }).immediate();
  }
  return done;
}
