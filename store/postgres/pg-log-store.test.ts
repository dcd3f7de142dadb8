import { describe, expect, it } from 'vitest';
import { describeLogStoreContract } from '../log-store.contract.js';
import { openLogStore } from '../open-log-store.js';
import { openPgLogStore } from './open-pg-log-store.js';
import { dropSchemas, pgReachable, TEST_PG_HOST, TEST_PG_URL, testSchemaName } from './pg-test-server.js';

const reachable = await pgReachable();
const suffix = reachable ? '' : ` (SKIPPED: ${TEST_PG_HOST} unreachable)`;
const schemas: string[] = [];

// A fresh schema per test (test_<random>), all dropped when the suite ends. Skipped as a whole, by name, without a server.
describe.skipIf(!reachable)(`PostgreSQL LogStore${suffix}`, () => {
  describeLogStoreContract('contract', async (options) => {
    const schema = testSchemaName();
    schemas.push(schema);
    return openPgLogStore(TEST_PG_URL, { ...options, schema });
  }, () => dropSchemas(schemas));
});

describe.skipIf(!reachable)(`PostgreSQL LogStore opening${suffix}`, () => {
  it('openLogStore picks PostgreSQL when a database URL is given', async () => {
    const schema = testSchemaName();
    schemas.push(schema);
    const store = await openLogStore({ dataDir: '/nonexistent', databaseUrl: TEST_PG_URL, schema });
    try {
      expect(store.kind).toBe('postgres');
      expect(await store.countUsers()).toBe(0);
    } finally {
      await store.close();
      await dropSchemas([schema]);
    }
  });

  it('two instances starting together on one schema both open, migrating once', async () => {
    const schema = testSchemaName();
    try {
      const stores = await Promise.all([openPgLogStore(TEST_PG_URL, { schema }), openPgLogStore(TEST_PG_URL, { schema })]);
      await stores[0].createUser({ username: 'a', role: 'admin', passwordHash: 'x' });
      expect(await stores[1].countUsers()).toBe(1);
      await Promise.all(stores.map((s) => s.close()));
    } finally {
      await dropSchemas([schema]);
    }
  });

  it('rejects a schema name that is not a plain identifier', async () => {
    await expect(openPgLogStore(TEST_PG_URL, { schema: 'x; DROP TABLE turns' })).rejects.toThrow(/invalid PostgreSQL schema name/);
  });
});

// Runs with or without a server: nothing listens on port 1.
describe('PostgreSQL unreachable', () => {
  it('rejects with the host named and the password left out', async () => {
    const error = await openPgLogStore('postgres://postgres:s3cret-pw@127.0.0.1:1/test', { connectTimeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^PostgreSQL at 127\.0\.0\.1:1 is unreachable/);
    expect((error as Error).message).not.toContain('s3cret-pw');
  });
});
