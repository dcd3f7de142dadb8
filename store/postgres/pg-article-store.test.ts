import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { describeArticleStoreContract } from '../article-store.contract.js';
import { PgArticleStore } from './pg-article-store.js';
import { dropSchemas, pgReachable, TEST_PG_HOST, TEST_PG_URL, testSchemaName } from './pg-test-server.js';

const reachable = await pgReachable();
const suffix = reachable ? '' : ` (SKIPPED: ${TEST_PG_HOST} unreachable)`;
const schemas: string[] = [];
afterAll(() => dropSchemas(schemas.splice(0)));

/** A URL whose connections all start in the schema (created first), as DATABASE_URL gives one to every instance. */
async function schemaUrl(): Promise<string> {
  const schema = testSchemaName();
  schemas.push(schema);
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  return `${TEST_PG_URL}?options=-c%20search_path%3D${schema}`;
}

const TEXT = (id: string, body: string) => `---\nid: ${id}\ntitle: Bài ${id}\npublication: Phường\nsource_file: ${id}.pdf\n---\n\n${body}\n`;
const put = (store: PgArticleStore, id: string, body: string, source = Buffer.from(`%PDF-1.7 ${body}`)) =>
  store.put([{ id, version: `v${body.length}`, fileName: `${id}.md`, text: TEXT(id, body), source }]);

describe.skipIf(!reachable)(`PgArticleStore${suffix}`, () => {
  describe('contract', () => describeArticleStoreContract(async () => PgArticleStore.open(await schemaUrl())));

  it('keeps the uploaded file\'s bytes and numbers each change with a revision', async () => {
    const store = await PgArticleStore.open(await schemaUrl());
    try {
      const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10]);
      const first = await put(store, 'a', 'một', bytes);
      const second = await put(store, 'b', 'hai');
      expect(second).toBe(first + 1);
      expect(await store.source('a')).toEqual(bytes);
      expect((await store.snapshot()).revision).toBe(second);
      expect(await store.remove('a')).toBe(second + 1);
    } finally {
      await store.close();
    }
  });

  it('tells a watching instance of a change on commit, and an instance on another schema nothing', async () => {
    const url = await schemaUrl();
    const [a, b, other] = await Promise.all([PgArticleStore.open(url), PgArticleStore.open(url), PgArticleStore.open(await schemaUrl())]);
    let heard = 0;
    let heardElsewhere = 0;
    const stops = [b.watch(() => heard++), other.watch(() => heardElsewhere++)];
    try {
      // The LISTEN is in place once a change made now is heard.
      await expect.poll(async () => (await put(a, 'x', `lần ${Date.now()}`), heard), { timeout: 30_000, interval: 500 }).toBeGreaterThan(0);
      const before = heard;
      await put(a, 'y', 'một bài nữa');
      await expect.poll(() => heard).toBeGreaterThan(before);
      expect(heardElsewhere).toBe(0);
    } finally {
      await Promise.all(stops.map((stop) => stop()));
      await Promise.all([a, b, other].map((s) => s.close()));
    }
  });

  it('listens again after its connection is cut, and says so (a change may have been missed meanwhile)', async () => {
    const url = await schemaUrl();
    const [a, b] = await Promise.all([PgArticleStore.open(url), PgArticleStore.open(url)]);
    let heard = 0;
    const stop = b.watch(() => heard++);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await expect.poll(async () => (await put(a, 'x', `lần ${Date.now()}`), heard), { timeout: 30_000, interval: 500 }).toBeGreaterThan(0);
      const { rows } = await admin.query<{ channel: string }>("SELECT 'corpus_' || left(encode(sha256(current_schema()::bytea), 'hex'), 16) AS channel");
      const cut = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1', [`LISTEN "${rows[0]!.channel}"`]);
      expect(cut.rowCount).toBe(1);
      const before = heard;
      // Reconnected: one signal for the gap, then changes are heard again.
      await expect.poll(() => heard, { timeout: 30_000 }).toBeGreaterThan(before);
      const after = heard;
      await put(a, 'z', 'sau khi nối lại');
      await expect.poll(() => heard, { timeout: 30_000 }).toBeGreaterThan(after);
    } finally {
      await admin.end();
      await stop();
      await Promise.all([a, b].map((s) => s.close()));
    }
  });
});
