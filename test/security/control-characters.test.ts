import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startZaloEmulator, type ZaloEmulator } from '../../bot/channels/zalo/emulator/zalo-emulator.js';
import { parseConfig } from '../../bot/config.js';
import { silentLogger } from '../../core/logger.js';
import { startServer, type RunningServer } from '../../bot/server.js';
import { waitFor } from '../../bench/load.js';
import { dropSchemas, pgReachable, TEST_PG_HOST, TEST_PG_URL, testSchemaName } from '../../store/postgres/pg-test-server.js';

// PostgreSQL refuses U+0000 in text: a resident's stray control character must not cost them their answer.
const reachable = await pgReachable();
const title = reachable ? 'control characters in residents\' text, on PostgreSQL'
  : `control characters in residents' text, on PostgreSQL (SKIPPED: ${TEST_PG_HOST} unreachable)`;

describe.skipIf(!reachable)(title, () => {
  const schema = testSchemaName();
  const databaseUrl = `${TEST_PG_URL}?options=-c%20search_path%3D${schema}`;
  let emulator: ZaloEmulator;
  let bot: RunningServer;
  let dataDir: string;
  let pool: pg.Pool;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: databaseUrl });
    await pool.query(`CREATE SCHEMA ${schema}`);
    emulator = await startZaloEmulator({ port: 0 });
    dataDir = mkdtempSync(join(tmpdir(), 'ctrl-'));
    bot = await startServer(parseConfig({ ...emulator.botSettings(), DATA_DIR: dataDir, PORT: '0', DATABASE_URL: databaseUrl }), { logger: silentLogger });
    emulator.webhookUrl = `${bot.url}/api/zalo/webhook`;
  });
  afterAll(async () => {
    await bot?.close();
    await emulator?.close();
    await pool?.end();
    await dropSchemas([schema]);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a web chat message holding a NUL and logs it without the control characters', async () => {
    const res = await fetch(`${bot.url}/api/webchat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'chữ ký số\u0000 miễn phí\u0007 làm ở đâu?' }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: { text: string }[] };
    expect(body.activities[0]!.text).toContain('một cửa');
    const { rows } = await pool.query<{ question: string; status: string }>("SELECT question, status FROM turns WHERE question LIKE 'chữ ký số%'");
    expect(rows).toEqual([{ question: 'chữ ký số miễn phí làm ở đâu?', status: 'answered' }]);
  });

  it('answers a signed Zalo event holding a NUL instead of failing it', async () => {
    const delivery = await emulator.sendAsUser('7001', 'lý lịch tư pháp\u0000 qua VNeID');
    expect(delivery.status).toBe(200);
    await waitFor(() => emulator.messages('7001').length >= 1, 15_000, 'the reply to the event with a NUL');
    expect(emulator.messages('7001')[0]!.text).toMatch(/VNeID/i);
    await waitFor(async () => (await pool.query("SELECT 1 FROM inbound_events WHERE status = 'done'")).rowCount === 1, 10_000, 'the event marked done');
    const { rows } = await pool.query<{ status: string }>('SELECT status FROM inbound_events');
    expect(rows).toEqual([{ status: 'done' }]);
  });
});
