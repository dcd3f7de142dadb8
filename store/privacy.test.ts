import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from 'botbuilder';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { TurnRecord } from '../core/turn-record.js';
import type { LogStore } from '../core/ports/log-store.js';
import { openPgLogStore } from './postgres/open-pg-log-store.js';
import { PgStorage } from './postgres/pg-storage.js';
import { dropSchemas, pgReachable, TEST_PG_HOST, TEST_PG_URL, testSchemaName } from './postgres/pg-test-server.js';
import { openSqlite } from './sqlite/open-sqlite.js';
import { SqliteLogStore } from './sqlite/sqlite-log-store.js';
import { SqliteStorage } from './sqlite/sqlite-storage.js';

// Every write path that can carry a resident's words, on both stores: what is stored is redacted, whoever wrote it.
const PHONE = '(+84) 912 345 678';
const RAW = ['912 345 678', '912345678', '001 099 012 345', '001099012345', 'C1234567', '1903 5555 6666 77'];
const turn = (id: string, createdAt: string): TurnRecord => ({ turnId: id, createdAt, channel: 'zalo', userId: 'u_x', conversationId: `c-${id}`,
  question: `tôi là ${PHONE}, CCCD 001 099 012 345`, rewrite: 'hộ chiếu C1234567 làm ở đâu', status: 'answered', answer: 'Tại công an.',
  citations: [], retrieved: [], timings: { totalMs: 1 }, model: 'extractive' });

interface Opened { store: LogStore; storage: Storage; dump(): Promise<string>; close(): Promise<void> }

async function exercise(o: Opened): Promise<void> {
  const { store } = o;
  await store.appendTurn(turn('t1', '2024-06-01T00:00:00.000Z'));
  await store.reviewTurn('t1', { verdict: 'bad', note: `gọi lại ${PHONE}`, by: 'reviewer' });
  const curated = await store.createCurated({ question: `sđt ${PHONE} đổi ở đâu`, answer: 'Chuyển vào STK 1903 5555 6666 77', citations: [],
    articleHashes: {}, createdBy: 'reviewer' }, 't1');
  await store.updateCurated(curated.id, { answer: `Gọi ${PHONE}`, question: 'CCCD 001099012345 mất thì sao' });
  const h = await store.openHandoff({ channel: 'zalo', conversationId: 'c-t1', address: '{}', question: `số tôi ${PHONE}`, at: '2024-06-01T00:00:00.000Z' });
  await store.addHandoffReply(h.id, { text: `Chúng tôi sẽ gọi ${PHONE}`, by: 'tnv', at: '2024-06-01T01:00:00.000Z', delivered: true });
}

function describeStore(name: string, open: () => Promise<Opened>): void {
  describe(name, () => {
    it('redacts every text it stores: turn question and rewrite, review note, curated answers, inbox question and replies', async () => {
      const o = await open();
      try {
        await exercise(o);
        const dump = await o.dump();
        for (const raw of RAW) expect(dump).not.toContain(raw);
        expect(dump).toContain('[số điện thoại]');
        expect((await o.store.listTurns({ q: '912' })).total).toBe(0);
        expect((await o.store.getTurn('t1'))?.question).toBe('tôi là [số điện thoại], CCCD [số giấy tờ]');
        expect((await o.store.listCurated())[0]).toMatchObject({ question: 'CCCD [số giấy tờ] mất thì sao', answer: 'Gọi [số điện thoại]' });
        expect((await o.store.listHandoffs())[0]?.replies[0]?.text).toBe('Chúng tôi sẽ gọi [số điện thoại]');
      } finally {
        await o.close();
      }
    });

    it('purgeBefore takes conversation memory and every inbox entry untouched since the cutoff, with the turns', async () => {
      const o = await open();
      try {
        await exercise(o);
        await o.storage.write({ 'zalo/conversations/u_abc/': { memory: { lastQuestion: 'một câu hỏi' }, eTag: '*' } });
        // A cutoff before everything keeps everything.
        expect(await o.store.purgeBefore('2000-01-01T00:00:00.000Z')).toBe(0);
        expect(Object.keys(await o.storage.read(['zalo/conversations/u_abc/']))).toHaveLength(1);
        expect(await o.store.listHandoffs()).toHaveLength(1);
        // The memory was written now; a cutoff after it takes it, and the open inbox entry from June goes too.
        expect(await o.store.purgeBefore(new Date(Date.now() + 60_000).toISOString())).toBe(1);
        expect(await o.storage.read(['zalo/conversations/u_abc/'])).toEqual({});
        expect(await o.store.listHandoffs()).toEqual([]);
        expect(await o.store.getTurn('t1')).toBeUndefined();
      } finally {
        await o.close();
      }
    });
  });
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describeStore('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-'));
  dirs.push(dir);
  const db = openSqlite(join(dir, 'bot.sqlite'));
  const store = new SqliteLogStore(db);
  const files = (): string => readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('utf8')).join('\n');
  return { store, storage: new SqliteStorage(db), dump: async () => files(), close: async () => void db.close() };
});

describe('SQLite purge leaves no trace in the files', () => {
  it('a purged question is in no byte of the database, its WAL or shared memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-purge-'));
    dirs.push(dir);
    const db = openSqlite(join(dir, 'bot.sqlite'));
    const store = new SqliteLogStore(db);
    // Checkpointed into the database file first, as the background checkpointer does, so the text sits in its pages.
    await store.appendTurn({ ...turn('old', '2024-01-01T00:00:00.000Z'), question: 'Nguyễn Văn Xuyênquánh hỏi về thuế đất' });
    db.pragma('wal_checkpoint(TRUNCATE)');
    await store.appendTurn({ ...turn('new', '2024-06-01T00:00:00.000Z'), question: 'câu hỏi mới' });
    const bytes = (): string => readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('utf8')).join('\n');
    expect(bytes()).toContain('Xuyênquánh');
    expect(await store.purgeBefore('2024-03-01T00:00:00.000Z')).toBe(1);
    expect(bytes()).not.toContain('Xuyênquánh');
    expect((await store.getTurn('new'))?.question).toBe('câu hỏi mới');
    db.close();
  });
});

const reachable = await pgReachable();
const schemas: string[] = [];
afterAll(async () => { if (reachable) await dropSchemas(schemas); });

describe.skipIf(!reachable)(`PostgreSQL${reachable ? '' : ` (SKIPPED: ${TEST_PG_HOST} unreachable)`}`, () => {
  describeStore('rows', async () => {
    const schema = testSchemaName();
    schemas.push(schema);
    const store = await openPgLogStore(TEST_PG_URL, { schema });
    const pool = new pg.Pool({ connectionString: TEST_PG_URL, options: `-c search_path=${schema}`, max: 2 });
    // Every row of every table, as text: what a dump of the database would hold.
    const dump = async (): Promise<string> => {
      const { rows } = await pool.query<{ t: string }>(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = $1`, [schema]);
      const parts = await Promise.all(rows.map(async ({ t }) => JSON.stringify((await pool.query(`SELECT * FROM "${t}"`)).rows)));
      return parts.join('\n');
    };
    return { store, storage: new PgStorage(pool), dump, close: async () => { await store.close(); await pool.end(); } };
  });
});
