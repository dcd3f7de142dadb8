import { join } from 'node:path';
import type { LogStore } from '../core/ports/log-store.js';
import { openPgLogStore } from './postgres/open-pg-log-store.js';
import type { LogStoreOptions } from './store-options.js';
import { openSqlite, type SqliteDb } from './sqlite/open-sqlite.js';
import { SqliteLogStore } from './sqlite/sqlite-log-store.js';

export interface OpenLogStoreOptions extends LogStoreOptions {
  readonly dataDir: string;
  /** PostgreSQL connection URL; when set the store lives there instead of in the SQLite file. */
  readonly databaseUrl?: string;
  /** PostgreSQL schema to use (created when missing); the server's default search_path when left out. */
  readonly schema?: string;
}

/**
 * PostgreSQL when databaseUrl is set, else SQLite at dataDir/bot.sqlite: the file the rest of the app uses. The
 * SQLite store opened here owns its connection and closes it; WAL lets it share the file with the app's own.
 */
export async function openLogStore(options: OpenLogStoreOptions): Promise<LogStore> {
  const { dataDir, databaseUrl, schema, ...clock } = options;
  if (databaseUrl) return openPgLogStore(databaseUrl, { ...clock, ...(schema === undefined ? {} : { schema }) });
  return new SqliteLogStore(openSqlite(join(dataDir, 'bot.sqlite')), { ...clock, ownsDb: true });
}

/** A store over a database the caller opened (openSqlite) and keeps closing itself; close() leaves it open. */
export function sqliteLogStore(db: SqliteDb, options: LogStoreOptions = {}): LogStore {
  return new SqliteLogStore(db, options);
}
