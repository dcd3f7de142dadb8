import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { startZaloEmulator, type ZaloEmulator } from '../../bot/channels/zalo/emulator/zalo-emulator.js';
import { waitFor } from '../../bench/load.js';
import { openSqlite } from '../../store/sqlite/open-sqlite.js';
import { SqliteLogStore } from '../../store/sqlite/sqlite-log-store.js';
import { builtProgram } from '../../bench/built-program.js';

// The server as operators run it (a child process), faults as they happen: kill -9, SIGTERM, a database that is down.
let emulator: ZaloEmulator;
let SERVER: string;
const dirs: string[] = [];
// Every server a test started; a failed assertion must not leave one running after the suite.
const children: ChildProcess[] = [];
beforeAll(async () => {
  SERVER = builtProgram()['bot/main.ts']!;
  emulator = await startZaloEmulator({ port: 0, hangMs: 1500 });
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await emulator.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function startBot(dataDir: string, port: number, extra: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, ...emulator.botSettings(), DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'error', OPENAI_API_KEY: '', ...extra },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Read as it comes, so a bot writing much to stderr never blocks on a full pipe.
  child.stderr!.on('data', (c: Buffer) => errors.set(child, (errors.get(child) ?? '') + c.toString()));
  children.push(child);
  return child;
}
// What a bot wrote to stderr, kept so that a bot that never becomes healthy says why.
const errors = new WeakMap<ChildProcess, string>();
/**
 * Waits for the bot on `port` to answer /healthz. Generous: a bot's start (tsx compiling it) took over 30 s with both
 * cores kept busy by other processes. A bot that exits first fails at once with what it wrote (a port another test's
 * server took, say), instead of a bare timeout.
 */
async function healthy(port: number, child: ChildProcess): Promise<void> {
  await waitFor(async () => {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the bot exited (${child.exitCode ?? child.signalCode}) before it was healthy: ${(errors.get(child) ?? '').slice(-2000)}`);
    }
    return fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok).catch(() => false);
  }, 120_000, 'the bot');
}
/** Starts a bot on a free port: a port another test's server took in the meantime is tried again with another. */
async function startHealthyBot(dataDir: string): Promise<{ bot: ChildProcess; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const p = port();
    emulator.webhookUrl = `http://127.0.0.1:${p}/api/zalo/webhook`;
    const bot = startBot(dataDir, p);
    try {
      await healthy(p, bot);
      return { bot, port: p };
    } catch (err) {
      if (attempt >= 3 || !/EADDRINUSE/.test(String(err))) throw err;
    }
  }
}
// Each test starts one or two bots and waits for behaviour, never for a time; on a loaded machine that takes minutes.
const LONG = 300_000;
const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
const freshDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'fault-'));
  dirs.push(d);
  return d;
};
/** No event waits or runs: read from the bot's own database file, beside the running bot (WAL lets a reader in). */
function queueDrained(dataDir: string): boolean {
  const db = new Database(join(dataDir, 'bot.sqlite'), { readonly: true });
  try {
    const row = db.prepare("SELECT COUNT(*) AS n FROM inbound_events WHERE status IN ('pending', 'processing')").get() as { n: number };
    return row.n === 0;
  } finally {
    db.close();
  }
}
// Below Linux's ephemeral range (32768+), where an outgoing connection may hold the port.
const port = () => 20000 + Math.floor(Math.random() * 12000);

describe('faults', () => {
  // Zalo offers no idempotency key, so a window stays open on every send: the process dies after Zalo accepted a reply
  // part and before the part's "sent" mark is written. A re-run reads the conversation back (GET
  // /v2.0/oa/conversation) for each part not marked, and sends only what Zalo does not show. Before that check, loaded
  // runs repeated up to 29 of 301 acknowledged events; the bound here is the target: at most 1 % answered
  // twice, none lost.
  it('after kill -9 under load, every acknowledged message is answered in full, and at most 1 % of them twice', async () => {
    const dataDir = freshDir();
    const started = await startHealthyBot(dataDir);
    const p = started.port;
    let bot = started.bot;
    const questions = ['Hải Phòng có bao nhiêu dịch vụ công trực tuyến', 'chữ ký số miễn phí làm ở đâu'];
    const asked = new Map<string, string>();
    const acked: string[] = [];
    let next = 0;
    let killed = false;
    // 40 residents writing at once, 200 in all: a claimed batch of turns is sending when the kill comes.
    const senders = Array.from({ length: 40 }, async () => {
      while (!killed && next < 200) {
        const i = next++;
        const user = `crash-${i}`;
        asked.set(user, questions[i % 2]!);
        const d = await emulator.sendAsUser(user, questions[i % 2]!).catch(() => undefined);
        if (d?.status === 200) acked.push(user);
      }
    });
    // Kill mid-stream: events acknowledged and queued, some answered, some with replies on the wire.
    await waitFor(() => acked.length >= 60, 120_000, 'sixty acknowledgements');
    bot.kill('SIGKILL');
    killed = true;
    await exited(bot);
    await Promise.all(senders);

    bot = startBot(dataDir, p);
    await healthy(p, bot);
    await waitFor(() => queueDrained(dataDir), 120_000, 'the queue to drain after the restart');
    // What a resident untouched by the crash receives for each question: every part, once.
    const expected = new Map<string, string[]>();
    for (const [i, q] of questions.entries()) {
      expect((await emulator.sendAsUser(`crash-reference-${i}`, q)).status).toBe(200);
    }
    await waitFor(() => questions.every((_, i) => emulator.messages(`crash-reference-${i}`).length > 0) && queueDrained(dataDir), 120_000, 'the reference answers');
    for (const [i, q] of questions.entries()) expected.set(q, emulator.messages(`crash-reference-${i}`).map((m) => m.text));
    bot.kill('SIGTERM');
    expect(await exited(bot)).toBe(0);

    const lost: string[] = [];
    const twice: string[] = [];
    for (const u of acked) {
      const received = emulator.messages(u).map((m) => m.text);
      const want = expected.get(asked.get(u)!)!;
      if (want.some((part) => !received.includes(part))) lost.push(u);
      if (new Set(received).size < received.length) twice.push(u);
      // Nothing but the answer's parts, and none more than twice (the original and the re-run's).
      expect(received.every((part) => want.includes(part)), u).toBe(true);
      expect(received.length, u).toBeLessThanOrEqual(2 * want.length);
    }
    const figures = { acked: acked.length, lost: lost.length, twice: twice.length, conversationReads: emulator.stats().conversationReads };
    // Opt-in, for measuring over many runs: FAULT_FIGURES_FILE=/tmp/f.jsonl npx vitest run test/fault/process-faults.test.ts
    if (process.env.FAULT_FIGURES_FILE) appendFileSync(process.env.FAULT_FIGURES_FILE, `${JSON.stringify(figures)}\n`);
    expect(acked.length).toBeGreaterThanOrEqual(60);
    expect(lost, 'acknowledged events not answered in full').toEqual([]);
    expect(twice.length, `answered twice: ${twice.join(', ')}`).toBeLessThanOrEqual(Math.floor(acked.length / 100));

    const store = new SqliteLogStore(openSqlite(join(dataDir, 'bot.sqlite')));
    const logged = await store.listTurns({ channel: 'zalo', limit: 500 });
    expect(logged.total).toBeGreaterThanOrEqual(acked.length);
    await store.close();
  }, LONG);

  it('on SIGTERM stops taking work, finishes the turn in flight, and exits 0', async () => {
    const dataDir = freshDir();
    const { bot, port: p } = await startHealthyBot(dataDir);
    // The next send takes 1.5 s to be answered: the turn is in flight when the signal comes.
    emulator.setFaults({ sendResults: ['hang'] });
    expect((await emulator.sendAsUser('term-1', 'chữ ký số miễn phí')).status).toBe(200);
    await waitFor(() => emulator.messages('term-1').length === 1, 60_000, 'the send to start');
    bot.kill('SIGTERM');
    expect(await exited(bot)).toBe(0);
    await expect(fetch(`http://127.0.0.1:${p}/healthz`)).rejects.toThrow();
    // Zalo answered the send only after the signal; the turn still finished and was recorded as done, not left for a
    // re-run (an exit that did not wait leaves it 'processing').
    const db = new Database(join(dataDir, 'bot.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT status FROM inbound_events').all() as { status: string }[];
    db.close();
    expect(rows).toEqual([{ status: 'done' }]);
  }, LONG);

  it('refuses to start with a clear error when the database is unreachable', async () => {
    const bot = startBot(freshDir(), port(), { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test' });
    let stderr = '';
    bot.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    expect(await exited(bot)).toBe(1);
    expect(stderr).toContain('Cannot start:');
    expect(stderr).toContain('127.0.0.1:1');
    expect(stderr).toMatch(/unreachable/i);
  }, LONG);
});
