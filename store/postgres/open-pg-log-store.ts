import pg from 'pg';
import type { LogStoreOptions } from '../store-options.js';
import { migratePg } from './pg-migrate.js';
import { PgLogStore } from './pg-log-store.js';

export interface PgLogStoreOptions extends LogStoreOptions {
  /** A schema of its own (created when missing), e.g. one per test run; lowercase letters, digits and _. */
  readonly schema?: string;
  /** How long to wait for the server before calling it unreachable; 10 s unless told. */
  readonly connectTimeoutMs?: number;
  /**
   * An idle pooled connection failed (server restart, network). The pool drops it and reconnects on the next query;
   * without a listener node-postgres would crash the process on this event.
   */
  readonly onIdleError?: (error: Error) => void;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Connects, checks the server answers, applies pending migrations and returns the store. */
export async function openPgLogStore(url: string, options: PgLogStoreOptions = {}): Promise<PgLogStore> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name ${JSON.stringify(schema)}`);
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    // Every pooled connection starts in the schema; the name was checked above, so it needs no quoting.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on('error', options.onIdleError ?? (() => undefined));
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (cause) {
    await pool.end().catch(() => undefined);
    throw unreachable(url, cause);
  }
  try {
    await migratePg(client, schema === undefined ? {} : { schema });
  } catch (error) {
    client.release();
    await pool.end().catch(() => undefined);
    throw error;
  }
  client.release();
  return new PgLogStore(pool, options);
}

/** Names host and port, never the password, even if a driver message were to echo the URL. */
function unreachable(url: string, cause: unknown): Error {
  let where = 'the configured host';
  let password = '';
  try {
    const parsed = new URL(url);
    where = `${parsed.hostname || parsed.searchParams.get('host') || 'localhost'}:${parsed.port || '5432'}`;
    password = decodeURIComponent(parsed.password);
  } catch {
    // Not a URL (a key=value connection string): keep the generic wording.
  }
  let reason = cause instanceof Error ? cause.message : String(cause);
  if (password) reason = reason.split(password).join('***');
  return new Error(`PostgreSQL at ${where} is unreachable: ${reason}`, { cause });
}
