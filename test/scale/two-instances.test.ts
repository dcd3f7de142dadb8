import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startZaloEmulator, type ZaloEmulator } from '../../bot/channels/zalo/emulator/zalo-emulator.js';
import { deliverEvent, userTextEvent } from '../../bot/channels/zalo/emulator/webhook-delivery.js';
import { waitFor } from '../../bench/load.js';
import { CONVERSATION } from '../../prompts/conversation.js';
import { WebchatClient } from '../support/webchat-client.js';
import { dropSchemas, pgReachable, TEST_PG_HOST, TEST_PG_URL, testSchemaName } from '../../store/postgres/pg-test-server.js';
import { deleteKeys, redisReachable, TEST_REDIS_HOST, testKeyPrefix, testRedis } from '../../store/redis/redis-test-server.js';
import { builtProgram } from '../../bench/built-program.js';

// Two instances behind a (virtual) load balancer, sharing PostgreSQL and Redis as a city would run them.
const available = (await pgReachable()) && (await redisReachable());
const title = available ? 'two instances on PostgreSQL and Redis'
  : `two instances on PostgreSQL and Redis (SKIPPED: ${TEST_PG_HOST} or ${TEST_REDIS_HOST} unreachable)`;

let emulator: ZaloEmulator;
const bots: ChildProcess[] = [];
// Below Linux's ephemeral range (32768+), where an outgoing connection may hold the port.
const ports = [21000 + Math.floor(Math.random() * 5000), 26000 + Math.floor(Math.random() * 5000)];
const schema = testSchemaName();
// This run's Redis keys (locks, rate limits, failed logins): another run, before, after or beside it, has its own.
const keyPrefix = testKeyPrefix();
const dataDir = mkdtempSync(join(tmpdir(), 'scale-'));

// Generous deadlines: these wait for behaviour, and two bots, PostgreSQL and Redis share two cores with whatever else runs.
describe.skipIf(!available)(title, { timeout: 120_000 }, () => {
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    emulator = await startZaloEmulator({ port: 0 });
    const env = { ...process.env, ...emulator.botSettings(), DATA_DIR: dataDir, LOG_LEVEL: 'error', OPENAI_API_KEY: '',
      DATABASE_URL: `${TEST_PG_URL}?options=-c%20search_path%3D${schema}`, REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: keyPrefix,
      ADMIN_USERNAME: 'quantri', ADMIN_PASSWORD: 'mat-khau-dai-du' };
    // The index is built once and shipped to every instance; instances only read it.
    await promisify(execFile)('npm', ['run', '--silent', 'index:build'], { env });
    // Bundled once for both instances.
    const server = builtProgram()['bot/main.ts']!;
    for (const port of ports) bots.push(spawn(process.execPath, [server], { env: { ...env, PORT: String(port) }, stdio: 'ignore' }));
    for (const port of ports) {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok).catch(() => false)), 120_000, `instance on ${port}`);
    }
  }, 300_000);

  afterAll(async () => {
    for (const b of bots) b.kill('SIGTERM');
    await Promise.all(bots.map((b) => new Promise((r) => (b.exitCode !== null ? r(null) : b.once('exit', r)))));
    await emulator?.close();
    await dropSchemas([schema]);
    const redis = testRedis();
    await redis.connect();
    await deleteKeys(redis, [keyPrefix]);
    await redis.quit();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const deliverTo = (port: number, event: Record<string, unknown>) =>
    deliverEvent({ webhookUrl: `http://127.0.0.1:${port}/api/zalo/webhook`, appId: emulator.appId, oaSecretKey: emulator.oaSecretKey, event });

  it('answers the same event delivered to both instances at once exactly once', async () => {
    const event = userTextEvent({ appId: emulator.appId, oaId: '579745863508352884', userId: 'twin-1', text: 'chữ ký số miễn phí làm ở đâu', now: Date.now() });
    const [a, b] = await Promise.all(ports.map((p) => deliverTo(p, event)));
    expect([a!.status, b!.status]).toEqual([200, 200]);
    await waitFor(() => emulator.messages('twin-1').length >= 1, 60_000, 'the reply');
    await new Promise((r) => setTimeout(r, 1000));
    expect(emulator.messages('twin-1')).toHaveLength(1);
  });

  it('refreshes an expired token exactly once for twenty concurrent sends across both instances', async () => {
    const before = emulator.stats().refreshCalls;
    emulator.setFaults({ expireAccessToken: true });
    await Promise.all(Array.from({ length: 20 }, (_, i) => deliverTo(ports[i % 2]!, userTextEvent({ appId: emulator.appId,
      oaId: '579745863508352884', userId: `burst-${i}`, text: 'lý lịch tư pháp qua VNeID', now: Date.now() }))));
    await waitFor(() => Array.from({ length: 20 }, (_, i) => emulator.messages(`burst-${i}`).length).every((n) => n === 1), 60_000, 'twenty replies');
    expect(emulator.stats().refreshCalls - before).toBe(1);
    expect(emulator.stats().refreshFailures).toBe(0);
  });

  it('keeps a resident\'s follow-up context whichever instance answers', async () => {
    await deliverTo(ports[0]!, userTextEvent({ appId: emulator.appId, oaId: '579745863508352884', userId: 'roam-1',
      text: 'Hà Nội đã cấp bao nhiêu chữ ký số miễn phí?', now: Date.now() }));
    await waitFor(() => emulator.messages('roam-1').length >= 1, 60_000, 'the first reply');
    await deliverTo(ports[1]!, userTextEvent({ appId: emulator.appId, oaId: '579745863508352884', userId: 'roam-1',
      text: 'còn Hải Phòng thì sao?', now: Date.now() }));
    await waitFor(() => emulator.messages('roam-1').length >= 2, 60_000, 'the follow-up reply');
    const pool = new pg.Pool({ connectionString: `${TEST_PG_URL}?options=-c%20search_path%3D${schema}` });
    const { rows } = await pool.query<{ rewrite: string }>("SELECT rewrite FROM turns WHERE question = 'còn Hải Phòng thì sao?'");
    await pool.end();
    expect(rows[0]?.rewrite).toBe('Hải Phòng đã cấp bao nhiêu chữ ký số miễn phí?');
  });

  it('shows a web chat resident the volunteer reply sent from the other instance', async () => {
    const resident = new WebchatClient(`http://127.0.0.1:${ports[0]}`);
    await resident.ask('lý lịch tư pháp qua VNeID mất mấy ngày?');
    await resident.ask(CONVERSATION.buttons.human);
    const other = `http://127.0.0.1:${ports[1]}`;
    const login = await fetch(`${other}/admin/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'quantri', password: 'mat-khau-dai-du' }) });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { 'content-type': 'application/json', cookie: login.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': csrfToken };
    const inbox = (await (await fetch(`${other}/admin/api/handoffs?status=open`, { headers })).json()) as { items: { id: string; channel: string }[] };
    // The inbox shows the conversation by its pseudonym; this is the schema's only web chat handoff.
    const handoff = inbox.items.find((h) => h.channel === 'webchat')!;
    const reply = await fetch(`${other}/admin/api/handoffs/${handoff.id}/reply`, { method: 'POST', headers, body: JSON.stringify({ text: 'Thường 3 ngày làm việc.' }) });
    expect(reply.status).toBe(200);
    // The page polls whichever instance the load balancer picks: both have the reply, once, and both know the
    // resident's cookie (its key is derived from the pseudonym salt the instances share).
    for (const port of ports) {
      const poller = Object.assign(new WebchatClient(`http://127.0.0.1:${port}`), { cookie: resident.cookie, conversationId: resident.conversationId });
      const update = (await (await poller.updates(0)).json()) as { activities: { text: string }[]; next: number };
      expect(update.activities.map((a) => a.text)).toEqual([`${CONVERSATION.volunteerLead}\nThường 3 ngày làm việc.`]);
      const later = (await (await poller.updates(update.next)).json()) as { activities: unknown[] };
      expect(later.activities).toEqual([]);
    }
  });

  // Last: it leaves this machine's IP blocked from logging in on both instances (under this run's key prefix only).
  it('counts failed admin logins across instances: spreading guesses over both gains nothing', async () => {
    const login = (port: number) => fetch(`http://127.0.0.1:${port}/admin/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'quantri', password: 'doan-sai-mat-khau' }) });
    for (let i = 0; i < 5; i++) expect((await login(ports[i % 2]!)).status).toBe(401);
    for (const port of ports) {
      const refused = await login(port);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });
});

