import type { ClientBase } from 'pg';
import { migrationFiles } from '../migrations/migration-files.js';

/**
 * Applies store/migrations/postgres/NNN_name.sql not yet in schema_migrations, each in its own transaction, on one
 * connection whose search_path is already the target schema (created here when given). A session advisory lock keyed by the schema name makes
 * a second instance starting at the same moment wait, then find nothing left to do. Returns the versions applied.
 */
export async function migratePg(client: ClientBase, options: { schema?: string } = {}): Promise<number[]> {
  const lockKey = `vn-digigov-bot/migrations/${options.schema ?? ''}`;
  await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
  try {
    // Under the lock: two instances racing on CREATE SCHEMA IF NOT EXISTS can otherwise fail with a duplicate key.
    if (options.schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    const done: number[] = [];
    for (const { version, name, sql } of migrationFiles('postgres')) {
      if (applied.has(version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [version, name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new Error(`PostgreSQL migration ${name} failed`, { cause: error });
      }
      done.push(version);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]);
  }
}

/** Identifiers cannot be bound as parameters; quoting (with inner quotes doubled) is the safe way to splice one. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
