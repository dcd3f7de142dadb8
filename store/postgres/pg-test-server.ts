import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migratePg } from './pg-migrate.js';

/** The PostgreSQL the tests use (trust auth), here and in CI. */
export const TEST_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_PG_HOST = '127.0.0.1:5432';

/** Whether the test server answers; the PostgreSQL suites skip, visibly, when it does not. */
export async function pgReachable(url = TEST_PG_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A schema name no other run uses: test_<random>. */
export function testSchemaName(): string {
  return `test_${randomBytes(6).toString('hex')}`;
}

/** Drops the schemas a run created (CASCADE: their tables go with them). */
export async function dropSchemas(schemas: readonly string[], url = TEST_PG_URL): Promise<void> {
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Names come from testSchemaName (hex), so quoting them is enough.
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** `count` pools on a fresh schema; migrate() applies the project's migrations there, close() drops it all. */
export function freshSchemaPools(count: number, url = TEST_PG_URL): { schema: string; pools: pg.Pool[]; migrate(): Promise<void>; close(): Promise<void> } {
  const schema = testSchemaName();
  const pools = Array.from({ length: count }, () => new pg.Pool({ connectionString: url, options: `-c search_path=${schema}`, max: 10 }));
  return {
    schema,
    pools,
    async migrate() {
      const client = await pools[0]!.connect();
      try {
        await migratePg(client, { schema });
      } finally {
        client.release();
      }
    },
    async close() {
      await Promise.all(pools.map((p) => p.end()));
      await dropSchemas([schema], url);
    },
  };
}
