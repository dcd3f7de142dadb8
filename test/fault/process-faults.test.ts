import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startZaloEmulator, type ZaloEmulator } from '../../bot/channels/zalo/emulator/zalo-emulator.js';
import { TURNS_IN_FLIGHT } from '../../bot/channels/zalo/zalo-consumer.js';
import { waitFor } from '../../bench/load.js';
import { openSqlite } from '../../store/sqlite/open-sqlite.js';
import { SqliteLogStore } from '../../store/sqlite/sqlite-log-store.js';

// The server as operators run it (a child process), faults as they happen: kill -9, SIGTERM, a database that is down.
let emulator: ZaloEmulator;
const dirs: string[] = [];
// Every server a test started; a failed assertion must not leave one running after the suite.
const children: ChildProcess[] = [];
beforeAll(async () => {
  emulator = await startZaloEmulator({ port: 0, hangMs: 1500 });
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await emulator.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function startBot(dataDir: string, port: number, extra: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    env: { ...process.env, ...emulator.botSettings(), DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'error', OPENAI_API_KEY: '', ...extra },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  return child;
}
const healthy = (port: number) => waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok).catch(() => false)), 30_000, 'the bot');
const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
const freshDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'fault-'));
  dirs.push(d);
  return d;
};
// Below Linux's ephemeral range (32768+), where an outgoing connection may hold the port.
const port = () => 20000 + Math.floor(Math.random() * 12000);

describe('faults', () => {
  // Zalo offers no idempotency key, so one window stays open: the process dies after Zalo accepted a reply part and
  // before the part's "sent" mark is written; the re-run sends that part again (a repeat was chosen over silence).
  // At most the turns in flight at the kill (the consumer's TURNS_IN_FLIGHT) can be in that window. Unloaded, runs here
  // repeat nothing; with both cores busy, two of nine runs repeated 4 and 7 of 11–12 events (session 4's code, one
  // claim at a time: 0–1 in four runs), likely because a claimed batch of turns sends its replies at about one moment.
  it('after kill -9 under load, every acknowledged message is logged and answered; only a reply in flight at the kill may repeat', async () => {
    const dataDir = freshDir();
    const p = port();
    emulator.webhookUrl = `http://127.0.0.1:${p}/api/zalo/webhook`;
    let bot = startBot(dataDir, p);
    await healthy(p);
    const acked: string[] = [];
    const sends = Array.from({ length: 40 }, async (_, i) => {
      const user = `crash-${i}`;
      const d = await emulator.sendAsUser(user, i % 2 ? 'chữ ký số miễn phí làm ở đâu' : 'Hải Phòng có bao nhiêu dịch vụ công trực tuyến').catch(() => undefined);
      if (d?.status === 200) acked.push(user);
    });
    // Kill mid-stream: some events acknowledged and queued, not yet answered.
    await waitFor(() => acked.length >= 10, 20_000, 'ten acknowledgements');
    bot.kill('SIGKILL');
    await exited(bot);
    await Promise.all(sends);
    expect(acked.length).toBeGreaterThanOrEqual(10);

    bot = startBot(dataDir, p);
    await healthy(p);
    await waitFor(() => acked.every((u) => emulator.messages(u).length >= 1), 30_000, 'a reply to every acknowledged message');
    await new Promise((r) => setTimeout(r, 500));
    let repeatedParts = 0;
    for (const u of acked) {
      const copies = new Map<string, number>();
      for (const m of emulator.messages(u)) copies.set(m.text, (copies.get(m.text) ?? 0) + 1);
      // Each part of the answer arrived, and no part more than twice (the original and the re-run's).
      expect(copies.size, u).toBeGreaterThan(0);
      expect(Math.max(...copies.values()), u).toBeLessThanOrEqual(2);
      repeatedParts += [...copies.values()].filter((n) => n === 2).length;
    }
    expect(repeatedParts).toBeLessThanOrEqual(TURNS_IN_FLIGHT);
    bot.kill('SIGTERM');
    expect(await exited(bot)).toBe(0);

    const store = new SqliteLogStore(openSqlite(join(dataDir, 'bot.sqlite')));
    const logged = await store.listTurns({ channel: 'zalo', limit: 500 });
    expect(logged.total).toBeGreaterThanOrEqual(acked.length);
    await store.close();
  });

  it('under a burst, the server and its Zalo turn thread share the database without a failed turn: each event logged once', async () => {
    // Web chat and admin writes stay on the main thread's connection, so two connections write the same file.
    const dataDir = freshDir();
    const p = port();
    emulator.webhookUrl = `http://127.0.0.1:${p}/api/zalo/webhook`;
    const bot = startBot(dataDir, p, { RATE_LIMIT_PER_MINUTE: '1000', ZALO_TURN_THREAD: 'true' });
    let stderr = '';
    bot.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    await healthy(p);
    const users = Array.from({ length: 200 }, (_, i) => `burst-${i}`);
    let next = 0;
    await Promise.all(Array.from({ length: 20 }, async () => {
      while (next < users.length) expect((await emulator.sendAsUser(users[next++]!, 'chữ ký số miễn phí làm ở đâu')).status).toBe(200);
    }));
    await waitFor(() => users.every((u) => emulator.messages(u).length >= 1), 30_000, 'a reply to every event');
    bot.kill('SIGTERM');
    expect(await exited(bot)).toBe(0);
    // A turn that failed (say, "database is locked") is retried and logged again, and says so on stderr.
    expect(stderr).not.toMatch(/"level":"error"/);
    const store = new SqliteLogStore(openSqlite(join(dataDir, 'bot.sqlite')));
    expect((await store.listTurns({ channel: 'zalo', limit: 1 })).total).toBe(users.length);
    await store.close();
  });

  it.each(['false', 'true'])('on SIGTERM stops taking work, finishes the turn in flight, and exits 0 (turn thread: %s)', async (thread) => {
    const dataDir = freshDir();
    const p = port();
    emulator.webhookUrl = `http://127.0.0.1:${p}/api/zalo/webhook`;
    const bot = startBot(dataDir, p, { ZALO_TURN_THREAD: thread });
    await healthy(p);
    // The next send takes 1.5 s to be answered: the turn is in flight when the signal comes.
    emulator.setFaults({ sendResults: ['hang'] });
    expect((await emulator.sendAsUser('term-1', 'chữ ký số miễn phí')).status).toBe(200);
    await waitFor(() => emulator.messages('term-1').length === 1, 10_000, 'the send to start');
    const started = Date.now();
    bot.kill('SIGTERM');
    expect(await exited(bot)).toBe(0);
    expect(Date.now() - started).toBeGreaterThan(500);
    await expect(fetch(`http://127.0.0.1:${p}/healthz`)).rejects.toThrow();
  });

  it('refuses to start with a clear error when the database is unreachable', async () => {
    const bot = startBot(freshDir(), port(), { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test' });
    let stderr = '';
    bot.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    expect(await exited(bot)).toBe(1);
    expect(stderr).toContain('Cannot start:');
    expect(stderr).toContain('127.0.0.1:1');
    expect(stderr).toMatch(/unreachable/i);
  });
});
