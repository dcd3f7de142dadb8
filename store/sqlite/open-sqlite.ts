import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type BetterSqlite3 from 'better-sqlite3';

export type SqliteDb = BetterSqlite3.Database;
/** A prepared statement taking positional or named parameters. */
export type SqliteStatement = BetterSqlite3.Statement<unknown[]>;

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

/** Opens (creating) the database in WAL mode and applies pending migrations, each in its own transaction. */
export function openSqlite(file: string): SqliteDb {
  let Database: typeof BetterSqlite3;
  try {
    Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  } catch (cause) {
    throw new Error('better-sqlite3 could not be loaded; run `npm ci` (it builds with node-gyp)', { cause });
  }
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

/** Migration files are NNN_name.sql; the highest applied number is kept in schema_migrations. */
export function migrate(db: SqliteDb): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const done: number[] = [];
  for (const name of readdirSync(MIGRATIONS).filter((f) => /^\d+_.+\.sql$/.test(f)).sort()) {
    const version = Number(name.split('_')[0]);
    if (applied.has(version)) continue;
    const sql = readFileSync(join(MIGRATIONS, name), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(version, name, new Date().toISOString());
    })();
    done.push(version);
  }
  return done;
}
