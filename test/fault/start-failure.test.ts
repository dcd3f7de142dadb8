import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../bot/config.js';
import { silentLogger } from '../../core/logger.js';
import { startServer } from '../../bot/server.js';
import { dropSchemas, pgReachable, TEST_PG_HOST, TEST_PG_URL, testSchemaName } from '../../store/postgres/pg-test-server.js';

const reachable = await pgReachable();
const schema = testSchemaName();
const dataDir = mkdtempSync(join(tmpdir(), 'start-fail-'));
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (reachable) await dropSchemas([schema]);
});

describe.skipIf(!reachable)(`a server that cannot start${reachable ? '' : ` (SKIPPED: ${TEST_PG_HOST} unreachable)`}`, () => {
  it('gives its port error to the caller and leaves no database connection open behind it', async () => {
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const taken = createServer().listen(0, '0.0.0.0');
    await new Promise((r) => taken.once('listening', r));
    const port = (taken.address() as AddressInfo).port;
    const appName = `start-fail-${process.pid}`;
    const connections = async (): Promise<number> =>
      (await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [appName])).rows[0]!.n;
    try {
      await expect(startServer(parseConfig({ DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'error',
        DATABASE_URL: `${TEST_PG_URL}?options=-c%20search_path%3D${schema}&application_name=${appName}` }), { logger: silentLogger }))
        .rejects.toThrow(/EADDRINUSE/);
      // The pools end their connections as they close; the server side sees them go a moment later.
      for (let i = 0; i < 50 && (await connections()) > 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await connections()).toBe(0);
    } finally {
      taken.close();
      await admin.end();
    }
  });
});
