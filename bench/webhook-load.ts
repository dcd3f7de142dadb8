/**
 * Webhook load benchmark (issue: reliable under load). Processes: the bot as `npm start` runs it (or two instances on
 * PostgreSQL and Redis with --instances 2), the Zalo emulator, this load generator; then the same load against
 * bench/bare-zalo-server.ts, a server that only verifies, acknowledges and sends a fixed reply: the harness's limit.
 *   npm run --silent bench:load -- [--json] [--events 2000] [--concurrency 100] [--instances 1|2] [--rounds 5] [--warmup 2000]
 *     [--soak-seconds 0]
 * Each server first answers --warmup events (2,000) that are not counted: cold, every process here (bot, bare server,
 * emulator, generator) ran at about two thirds of its warm rate while V8 compiled it. Rounds then alternate bot and
 * bare server, and the summary is the median of the rounds (a 2,000-event burst lasts a few seconds).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import pg from 'pg';
import { userTextEvent } from '../bot/channels/zalo/emulator/webhook-delivery.js';
import { runConcurrent, waitFor } from './load.js';
import { readEmulatorSettings, serverHealthy } from './processes.js';
import { webhookSender } from './webhook-sender.js';
import { quantile } from './metrics.js';
import { LOAD_QUESTIONS } from './load-questions.js';
import { builtProgram } from './built-program.js';

// The servers as operators start them: bundled, on plain node.
const PROGRAM = builtProgram(['bench/bare-zalo-server.ts']);

const args = process.argv.slice(2);
const num = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const json = args.includes('--json');
const events = num('events', 2000);
const concurrency = num('concurrency', 100);
const instances = num('instances', 1);
const soakSeconds = num('soak-seconds', 0);
const rounds = Math.max(1, num('rounds', 5));
const warmup = num('warmup', 2000);
const QUESTIONS = LOAD_QUESTIONS;

// Below Linux's ephemeral range (32768+), where an outgoing connection may hold the port.
const base = 20000 + Math.floor(Math.random() * 12000);
const emulatorProc = spawn(process.execPath, ['--import', 'tsx', 'bot/channels/zalo/emulator/main.ts', '--port', String(base + 9)], { stdio: ['ignore', 'pipe', 'inherit'] });
const settings = await readEmulatorSettings(emulatorProc);
const emu = settings.ZALO_OPENAPI_URL!;
const procs: ChildProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

try {
  const botTarget = await startBots();
  const bareTarget = await startBare();
  for (const t of [botTarget, bareTarget]) await warm(t);
  const results: Measured[] = [];
  for (let round = 1; round <= rounds; round++) {
    results.push({ ...(await measure('bot', botTarget, round === rounds)), round });
    results.push({ ...(await measure('bare', bareTarget, false)), round });
  }
  const median = (name: string, pick: (r: Measured) => number): number =>
    quantile(results.filter((r) => r.name === name).map(pick), 0.5);
  const summary = Object.fromEntries(['bot', 'bare'].map((name) => [name, { answeredPerSecond: median(name, (r) => r.answeredPerSecond),
    ackP99At10: median(name, (r) => r.ackP99At10), serverCpuMsPerEvent: median(name, (r) => r.cpuMs.server) }]));
  const ratios = Array.from({ length: rounds }, (_, i) => results[2 * i]!.answeredPerSecond / results[2 * i + 1]!.answeredPerSecond);
  const ratio = Math.round(quantile(ratios, 0.5) * 100) / 100;
  if (json) console.log(JSON.stringify({ events, concurrency, instances, rounds, results, summary, ratio }));
  else {
    console.log(`${events} signed events at ${concurrency} concurrent connections; ${instances} bot instance(s)${instances > 1 ? ' on PostgreSQL and Redis' : ' (default mode)'}; ${rounds} round(s)`);
    console.table(results.map((r) => ({ round: r.round, server: r.name === 'bare' ? 'bare (verify, ack, fixed reply)' : 'bot', acknowledged: r.acknowledged,
      answered: r.answered, duplicates: r.duplicates, logged: r.logged ?? '—', 'answered/s': r.answeredPerSecond, 'ack p99 @10 (ms)': r.ackP99At10,
      'CPU ms/event server·emulator·generator': `${r.cpuMs.server} · ${r.cpuMs.emulator} · ${r.cpuMs.generator}` })));
    console.log(`medians: bot ${summary.bot!.answeredPerSecond} answered/s, ack p99 @10 ${summary.bot!.ackP99At10} ms, ${summary.bot!.serverCpuMsPerEvent} ms CPU an event; ` +
      `bare ${summary.bare!.answeredPerSecond} answered/s; bot / bare ratio ${ratio}`);
    const soaked = results.find((r) => r.rss);
    if (soaked) console.log(`soak (${soakSeconds} s at 50 events/s): bot RSS ${soaked.rss} MB`);
  }
} finally {
  for (const p of procs) p.kill('SIGTERM');
  emulatorProc.kill('SIGTERM');
  for (const c of cleanups) await c();
}

interface Target { name: string; ports: number[]; pids: number[]; logged?: () => Promise<number> }
type Measured = Awaited<ReturnType<typeof measure>> & { round: number };

async function measure(name: 'bot' | 'bare', t: Target, withSoak: boolean) {
  const loggedBefore = t.logged ? await t.logged() : 0;
  await fetch(`${emu}/emulator/reset`, { method: 'POST' });
  const prefix = `${name}-${Date.now() % 1_000_000}`;
  const sender = webhookSender({ appId: settings.ZALO_APP_ID!, oaSecretKey: settings.ZALO_OA_SECRET_KEY!, maxSockets: concurrency });
  const send = (i: number) => sender.send(`http://127.0.0.1:${t.ports[i % t.ports.length]}/api/zalo/webhook`, userTextEvent({
    appId: settings.ZALO_APP_ID!, oaId: '579745863508352884', userId: `${prefix}-${i}`, text: QUESTIONS[i % QUESTIONS.length]!, now: Date.now() }));
  // Throughput: every event at `concurrency` connections; answered/s counts until the last reply reached the emulator.
  let acknowledged = 0;
  const cpu0 = cpuSeconds([...t.pids, emulatorProc.pid!]);
  const self0 = process.cpuUsage();
  const t0 = performance.now();
  await runConcurrent(events, concurrency, async (i) => {
    if ((await send(i)) === 200) acknowledged++;
  });
  await waitFor(async () => (await stats()).sent >= acknowledged, 300_000, 'every reply', 50);
  const seconds = (performance.now() - t0) / 1000;
  // CPU each part of the run spent per answered event: where the two cores went.
  const cpu1 = cpuSeconds([...t.pids, emulatorProc.pid!]);
  const self1 = process.cpuUsage(self0);
  const perEvent = (s: number): number => Math.round((s * 1000 * 100) / events) / 100;
  const cpuMs = { server: perEvent(cpu1.slice(0, -1).reduce((a, b, k) => a + b - cpu0[k]!, 0)),
    emulator: perEvent(cpu1.at(-1)! - cpu0.at(-1)!), generator: perEvent((self1.user + self1.system) / 1e6) };
  const sent = (await (await fetch(`${emu}/emulator/messages`)).json()) as { user_id: string }[];
  const perUser = new Map<string, number>();
  for (const m of sent) perUser.set(m.user_id, (perUser.get(m.user_id) ?? 0) + 1);
  // Acknowledgement latency at 10 concurrent deliveries, after the burst has drained.
  const ack = await runConcurrent(500, 10, async (i) => void (await send(events + i)));
  await waitFor(async () => (await stats()).sent >= acknowledged + 500, 120_000, 'the latency run\'s replies', 50);
  const soaked = soakSeconds > 0 && withSoak ? await soak(t, send) : undefined;
  // Every soak event answered (and so logged) before the log is counted.
  if (soaked) await waitFor(async () => (await stats()).sent >= acknowledged + 500 + soaked.events, 120_000, 'the soak\'s replies', 50);
  const rss = soaked?.rss;
  return { name, acknowledged, answered: perUser.size, duplicates: [...perUser.values()].filter((n) => n > 1).length,
    logged: t.logged ? (await t.logged()) - loggedBefore : undefined, answeredPerSecond: Math.round(perUser.size / seconds),
    ackP99At10: Math.round(quantile(ack, 0.99) * 10) / 10, rss, cpuMs };
}

/** Sends `warmup` events and waits for their replies; nothing is measured. */
async function warm(t: Target): Promise<void> {
  if (warmup <= 0) return;
  await fetch(`${emu}/emulator/reset`, { method: 'POST' });
  const sender = webhookSender({ appId: settings.ZALO_APP_ID!, oaSecretKey: settings.ZALO_OA_SECRET_KEY!, maxSockets: concurrency });
  await runConcurrent(warmup, concurrency, async (i) => void (await sender.send(`http://127.0.0.1:${t.ports[i % t.ports.length]}/api/zalo/webhook`,
    userTextEvent({ appId: settings.ZALO_APP_ID!, oaId: '579745863508352884', userId: `warm-${t.name}-${i}`, text: QUESTIONS[i % QUESTIONS.length]!, now: Date.now() }))));
  await waitFor(async () => (await stats()).sent >= warmup, 120_000, 'the warm-up replies', 50);
}

/** Sends at a steady 50 a second for soakSeconds, sampling the servers' RSS: "start → end (max)", and how many it sent. */
async function soak(t: Target, send: (i: number) => Promise<unknown>): Promise<{ rss: string; events: number }> {
  const samples: number[] = [];
  const end = Date.now() + soakSeconds * 1000;
  let i = 10_000_000;
  while (Date.now() < end) {
    const tick = Date.now();
    await Promise.all(Array.from({ length: 50 }, () => send(i++)));
    samples.push(t.pids.reduce((s, pid) => s + rssMb(pid), 0));
    await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - tick))));
  }
  const settled = samples.slice(Math.floor(samples.length / 10));
  return { rss: `${settled[0]} → ${samples.at(-1)} (max ${Math.max(...settled)})`, events: i - 10_000_000 };
}

/** User + system CPU seconds each process has used so far (/proc/PID/stat, in clock ticks of 1/100 s). */
function cpuSeconds(pids: number[]): number[] {
  return pids.map((pid) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  });
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : 0;
}

async function stats(): Promise<{ sent: number }> {
  return (await fetch(`${emu}/emulator/stats`)).json() as Promise<{ sent: number }>;
}

async function startBots(): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-load-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = { ...process.env, ...settings, DATA_DIR: dataDir, LOG_LEVEL: 'error', OPENAI_API_KEY: '',
    RATE_LIMIT_PER_MINUTE: '1000' };
  let logged: () => Promise<number>;
  if (instances > 1) {
    const schema = `bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    env.DATABASE_URL = `postgres://postgres@127.0.0.1:5432/test?options=-c%20search_path%3D${schema}`;
    env.REDIS_URL = 'redis://127.0.0.1:6379';
    // Its own keys: a test run or another benchmark on the same Redis keeps its rate limits and locks apart.
    env.REDIS_KEY_PREFIX = `${schema}:`;
    cleanups.push(async () => {
      const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    });
    logged = async () => {
      const c = new pg.Client({ connectionString: env.DATABASE_URL });
      await c.connect();
      const { rows } = await c.query<{ n: number }>("SELECT count(*)::int AS n FROM turns WHERE channel = 'zalo'");
      await c.end();
      return rows[0]!.n;
    };
    await promisify(execFile)('npm', ['run', '--silent', 'index:build'], { env });
  } else {
    logged = async () => {
      const { openSqlite } = await import('../store/sqlite/open-sqlite.js');
      const db = openSqlite(join(dataDir, 'bot.sqlite'));
      const n = (db.prepare("SELECT COUNT(*) AS n FROM turns WHERE channel = 'zalo'").get() as { n: number }).n;
      db.close();
      return n;
    };
  }
  const ports = Array.from({ length: instances }, (_, i) => base + i);
  // Errors the bots log (one JSON line each on stderr) show in the output: a clean run prints none.
  // BENCH_PROFILE=DIR writes a CPU profile of each bot instance there (on exit); BENCH_PERF_MAP=1 writes the JIT symbol
  // map `perf record -g -p PID` needs to name JavaScript frames, to see all threads, native code and the kernel at once.
  const profile = process.env.BENCH_PERF_MAP ? ['--perf-basic-prof'] : process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  for (const port of ports) procs.push(spawn(process.execPath, [...profile, PROGRAM['bot/main.ts']!], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] }));
  for (const port of ports) await serverHealthy(port);
  return { name: 'bot', ports, pids: procs.slice(-instances).map((p) => p.pid!), logged };
}

async function startBare(): Promise<Target> {
  const port = base + 5;
  const p = spawn(process.execPath, [PROGRAM['bench/bare-zalo-server.ts']!, String(port)], { env: { ...process.env, ...settings }, stdio: 'ignore' });
  procs.push(p);
  await serverHealthy(port);
  return { name: 'bare', ports: [port], pids: [p.pid!] };
}

