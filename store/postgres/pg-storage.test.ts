import { describe } from 'vitest';
import { describeStorageContract } from '../storage.contract.js';
import { PgStorage } from './pg-storage.js';
import { freshSchemaPools, pgReachable, TEST_PG_HOST } from './pg-test-server.js';

const reachable = await pgReachable();
const suffix = reachable ? '' : ` (SKIPPED: ${TEST_PG_HOST} unreachable)`;
const opened: ReturnType<typeof freshSchemaPools>[] = [];

// Two pools on a fresh schema per test stand for two instances of the bot. Skipped as a whole, by name, without a server.
describe.skipIf(!reachable)(`PgStorage${suffix}`, () => {
  describeStorageContract('contract', async () => {
    const db = freshSchemaPools(2);
    opened.push(db);
    await db.migrate();
    return { a: new PgStorage(db.pools[0]!), b: new PgStorage(db.pools[1]!) };
  }, async () => void (await Promise.all(opened.map((db) => db.close()))));
});
