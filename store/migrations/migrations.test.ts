import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migratePg } from '../postgres/pg-migrate.js';
import { dropSchemas, pgReachable, TEST_PG_HOST, TEST_PG_URL, testSchemaName } from '../postgres/pg-test-server.js';
import { migrate, openSqlite } from '../sqlite/open-sqlite.js';
import { migrationFiles } from './migration-files.js';

const reachable = await pgReachable();
const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const versions = (dialect: 'sqlite' | 'postgres'): number[] => migrationFiles(dialect).map((m) => m.version);

describe('migrations', () => {
  it('both databases carry the same versions, 001 and 002 at least', () => {
    expect(versions('postgres')).toEqual(versions('sqlite'));
    expect(versions('sqlite').slice(0, 2)).toEqual([1, 2]);
  });

  it('SQLite: the first run applies every version, a second run nothing', () => {
    const db = openSqlite(join(dir, 'a.sqlite'));
    try {
      const applied = (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
      expect(applied).toEqual(versions('sqlite'));
      expect(migrate(db)).toEqual([]);
      db.close();
      const again = openSqlite(join(dir, 'a.sqlite'));
      expect(migrate(again)).toEqual([]);
      expect((again.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(versions('sqlite').length);
      again.close();
    } finally {
      if (db.open) db.close();
    }
  });

  it.skipIf(!reachable)(`PostgreSQL: the first run applies every version, a second run nothing${reachable ? '' : ` (SKIPPED: ${TEST_PG_HOST} unreachable)`}`, async () => {
    const schema = testSchemaName();
    const client = new pg.Client({ connectionString: TEST_PG_URL, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      expect(await migratePg(client, { schema })).toEqual(versions('sqlite'));
      expect(await migratePg(client, { schema })).toEqual([]);
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(versions('sqlite'));
      const tables = await client.query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name', [schema]);
      expect(tables.rows.map((r) => r.table_name)).toEqual(['audit_log', 'corpus_articles', 'corpus_articles_removed', 'corpus_instances',
        'corpus_revisions', 'curated_answers', 'handoff_replies', 'handoffs', 'health_probe', 'inbound_events', 'kv',
        'outbound_parts', 'schema_migrations', 'sessions', 'turns', 'users', 'zalo_tokens']);
    } finally {
      await client.end();
      await dropSchemas([schema]);
    }
  });
});
