import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeLogStoreContract } from '../log-store.contract.js';
import { openLogStore } from '../open-log-store.js';
import { openSqlite } from './open-sqlite.js';
import { SqliteLogStore } from './sqlite-log-store.js';
import { SqliteTurnLog } from './sqlite-turn-log.js';
import { TURNS } from '../contract/turn-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'log-store-'));
let n = 0;

// A fresh file per test: the contract expects an empty store each time.
describeLogStoreContract('SQLite LogStore', async (options) => new SqliteLogStore(openSqlite(join(dir, `t${n++}.sqlite`)), { ...options, ownsDb: true }),
  async () => rmSync(dir, { recursive: true, force: true }));

describe('SQLite LogStore beside the app', () => {
  const appDir = mkdtempSync(join(tmpdir(), 'log-store-app-'));
  afterAll(() => rmSync(appDir, { recursive: true, force: true }));

  it('reads turns the bot wrote through SqliteTurnLog, Vietnamese search included', async () => {
    const db = openSqlite(join(appDir, 'bot.sqlite'));
    await new SqliteTurnLog(db).append(TURNS[0]!);
    const store = await openLogStore({ dataDir: appDir });
    expect(store.kind).toBe('sqlite');
    expect((await store.listTurns({ q: 'CHỮ KÝ' })).items.map((t) => t.turnId)).toEqual(['t1']);
    await store.close();
    db.close();
  });

  it('fills search_text for turns logged before migration 002', async () => {
    const db = openSqlite(join(appDir, 'old.sqlite'));
    await new SqliteTurnLog(db).append(TURNS[2]!);
    db.prepare('UPDATE turns SET search_text = NULL').run();
    const store = new SqliteLogStore(db);
    expect((await store.listTurns({ q: 'chữ ký điện tử' })).total).toBe(1);
    db.close();
  });
});
