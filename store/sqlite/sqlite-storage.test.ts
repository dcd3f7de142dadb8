import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStorageContract } from '../storage.contract.js';
import { openSqlite } from './open-sqlite.js';
import { SqliteStorage } from './sqlite-storage.js';

// Two connections to one file stand for the server and its Zalo turn thread.
describeStorageContract('SqliteStorage', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'kv-')), 'kv.sqlite');
  return { a: new SqliteStorage(openSqlite(file)), b: new SqliteStorage(openSqlite(file)) };
});
