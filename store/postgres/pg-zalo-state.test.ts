import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshSchemaPools, pgReachable, TEST_PG_HOST } from './pg-test-server.js';
import { PgTokenStore } from './pg-zalo-state.js';

const reachable = await pgReachable();
const suffix = reachable ? '' : ` (SKIPPED: ${TEST_PG_HOST} unreachable)`;

/** Two pools on one throwaway schema stand for two instances of the bot. */
describe.skipIf(!reachable)(`PostgreSQL Zalo state${suffix}`, () => {
  const db = freshSchemaPools(2);
  const [one, two] = db.pools as [pg.Pool, pg.Pool];

  beforeAll(() => db.migrate());
  afterAll(() => db.close());

  describe('PgTokenStore', () => {
    it('has nothing before the first save, then the last pair saved, seen by both instances', async () => {
      const [a, b] = [new PgTokenStore(one), new PgTokenStore(two)];
      expect(await a.load()).toBeUndefined();
      await a.save({ accessToken: 'at-1', refreshToken: 'rt-1', expiresAt: 1_767_225_600_123 });
      expect(await b.load()).toEqual({ accessToken: 'at-1', refreshToken: 'rt-1', expiresAt: 1_767_225_600_123 });
      await b.save({ accessToken: 'at-2', refreshToken: 'rt-2', expiresAt: 1_767_229_200_000 });
      expect(await a.load()).toEqual({ accessToken: 'at-2', refreshToken: 'rt-2', expiresAt: 1_767_229_200_000 });
    });

    it('keeps an unknown expiry as Infinity', async () => {
      const store = new PgTokenStore(one);
      await store.save({ accessToken: 'at', refreshToken: 'rt', expiresAt: Number.POSITIVE_INFINITY });
      expect(await store.load()).toEqual({ accessToken: 'at', refreshToken: 'rt', expiresAt: Number.POSITIVE_INFINITY });
      const { rows } = await one.query<{ expires_at: string }>('SELECT expires_at FROM zalo_tokens');
      expect(rows).toEqual([{ expires_at: '-1' }]);
    });
  });
});
