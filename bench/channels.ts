/**
 * Channel latency benchmark, four processes: the bot exactly as `npm start` runs it (default mode, Zalo and Messenger
 * pointed at their emulators), the Zalo emulator (`npm run zalo:emulator`), the Messenger emulator
 * (`npm run messenger:emulator`), and this load generator.
 *   npm run --silent bench:channels -- [--json] [--events N] [--concurrency C]
 * Reports: webhook acknowledgement latency, time from delivery to the reply reaching the Zalo send API, web chat
 * answer latency, then the same two for Messenger (measured last, so the other figures are measured as before), each
 * at C concurrent requests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SentMessage } from '../bot/channels/zalo/emulator/conversation-view.js';
import { deliverEvent, userTextEvent } from '../bot/channels/zalo/emulator/webhook-delivery.js';
import { runConcurrent, waitFor } from './load.js';
import { readEmulatorSettings, serverHealthy } from './processes.js';
import { quantile } from './metrics.js';
import { builtProgram } from './built-program.js';

// The servers as operators start them: bundled, on plain node.
const PROGRAM = builtProgram(['bench/bare-zalo-server.ts']);

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const json = args.includes('--json');
// --bare: the same load against bench/bare-zalo-server.ts (verify, acknowledge, fixed reply): the harness's limit.
const bare = args.includes('--bare');
const events = flag('events', 400);
const concurrency = flag('concurrency', 10);

// What residents ask (not the evaluation set): in scope, out of scope, without diacritics, follow-ups.
const QUESTIONS = [
  'chữ ký số miễn phí làm ở đâu?', 'lam ly lich tu phap tren vneid', 'Hải Phòng có bao nhiêu dịch vụ công trực tuyến?',
  'giá vàng hôm nay', 'Hà Nội cấp bao nhiêu chữ ký số miễn phí?', 'tổ công nghệ số cộng đồng làm gì', 'xin chào',
  'mỗi ngày bao nhiêu người xin lý lịch tư pháp qua VNeID', 'chuyen doi so ha noi 2024', 'còn Hải Phòng thì sao?',
];

const dataDir = mkdtempSync(join(tmpdir(), 'bench-channels-'));
// Below Linux's ephemeral range (32768+), where an outgoing connection may hold the port.
const port = 20000 + Math.floor(Math.random() * 12000);
const webhookUrl = `http://127.0.0.1:${port}/api/zalo/webhook`;
const emulatorProcess = spawn(process.execPath, ['--import', 'tsx', 'bot/channels/zalo/emulator/main.ts', '--port', String(port + 1),
  '--webhook', webhookUrl], { stdio: ['ignore', 'pipe', 'inherit'] });
const settings = await readEmulatorSettings(emulatorProcess);
// Messenger's emulator signs and delivers itself (it must see the resident write, to open the 24 h window).
const messengerProcess = bare ? undefined : spawn(process.execPath, ['--import', 'tsx', 'bot/channels/messenger/emulator/main.ts', '--port', String(port + 2),
  '--webhook', `http://127.0.0.1:${port}/api/messenger/webhook`], { stdio: ['ignore', 'pipe', 'inherit'] });
const messengerSettings = messengerProcess ? await readEmulatorSettings(messengerProcess, { prefix: 'MESSENGER_', last: 'MESSENGER_GRAPH_URL' }) : {};
const messengerUrl = messengerSettings.MESSENGER_GRAPH_URL?.replace(/\/v[\d.]+$/, '');
const emuUrl = settings.ZALO_OPENAPI_URL!;
let server: ChildProcess | undefined;
const base = `http://127.0.0.1:${port}`;
const messages = async (userId?: string): Promise<SentMessage[]> =>
  (await fetch(`${emuUrl}/emulator/messages${userId ? `?user_id=${userId}` : ''}`)).json() as Promise<SentMessage[]>;
const deliverAs = (userId: string, text: string) => deliverEvent({ webhookUrl, appId: settings.ZALO_APP_ID!, oaSecretKey: settings.ZALO_OA_SECRET_KEY!,
  event: userTextEvent({ appId: settings.ZALO_APP_ID!, oaId: '579745863508352884', userId, text, now: Date.now() }) });
try {
  server = spawn(process.execPath, [PROGRAM[bare ? 'bench/bare-zalo-server.ts' : 'bot/main.ts']!, ...(bare ? [String(port)] : [])], {
    // Every web chat request comes from this one address: the per-address limit would stop the measurement.
    env: { ...process.env, ...settings, ...messengerSettings, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', OPENAI_API_KEY: '', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await serverHealthy(port, 'the bot to start');

  // Warm up both paths (JIT, SQLite pages) before measuring.
  await runConcurrent(40, concurrency, async (i) => {
    if (!bare) await fetch(`${base}/api/webchat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: QUESTIONS[i % QUESTIONS.length] }) });
    await deliverAs(`warm-${i}`, QUESTIONS[i % QUESTIONS.length]!);
  });
  await waitFor(async () => (await messages()).length >= 40, 30_000, 'warm-up replies');

  // Zalo: `concurrency` residents, each sending a question and waiting for the reply before the next one, as people
  // do. Acknowledgement is timed here; the reply time is when the emulator received the send call.
  const sentAt = new Map<string, number>();
  const ack: number[] = [];
  let seq = 0;
  await runConcurrent(concurrency, concurrency, async (worker) => {
    while (seq < events) {
      const i = seq++;
      const userId = `bench-${worker}-${i}`;
      sentAt.set(userId, Date.now());
      const t0 = performance.now();
      const d = await deliverAs(userId, QUESTIONS[i % QUESTIONS.length]!);
      ack.push(performance.now() - t0);
      if (d.status !== 200) throw new Error(`delivery ${i} answered ${d.status}`);
      const replies = (await (await fetch(`${emuUrl}/emulator/wait?user_id=${userId}&count=1&timeout=10000`)).json()) as SentMessage[];
      if (replies.length === 0) throw new Error(`no reply to ${userId} within 10 s`);
    }
  });
  const sent = await messages();
  const firstReply = new Map<string, number>();
  for (const m of sent) {
    if (m.user_id.startsWith('bench-') && !firstReply.has(m.user_id)) firstReply.set(m.user_id, Number(m.sent_time));
  }
  const replyMs = [...firstReply].map(([u, t]) => t - sentAt.get(u)!);

  // Web chat: the page's own request, answered in the HTTP response; each one a new resident and conversation.
  const webchat = bare ? [] : await runConcurrent(events, concurrency, async (i) => {
    const res = await fetch(`${base}/api/webchat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: QUESTIONS[i % QUESTIONS.length] }) });
    if (res.status !== 200) throw new Error(`web chat ${i} answered ${res.status}`);
    await res.arrayBuffer();
  });

  // Messenger: the same residents' pattern, measured after the others so their figures are taken as before.
  const messengerAck: number[] = [];
  const messengerReplyMs: number[] = [];
  if (messengerUrl) {
    let next = 0;
    await runConcurrent(concurrency, concurrency, async (worker) => {
      while (next < events) {
        const i = next++;
        const psid = `7${worker}0${i}`;
        const t0 = Date.now();
        const res = await fetch(`${messengerUrl}/emulator/users/${psid}/send`, { method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: QUESTIONS[i % QUESTIONS.length] }) });
        const d = (await res.json()) as { status: number; ms: number };
        if (d.status !== 200) throw new Error(`messenger delivery ${i} answered ${d.status}`);
        messengerAck.push(d.ms);
        let at = 0;
        await waitFor(async () => {
          at = ((await (await fetch(`${messengerUrl}/emulator/messages?psid=${psid}`)).json()) as { at: number }[])[0]?.at ?? 0;
          return at > 0;
        }, 10_000, `a Messenger reply to ${psid}`);
        messengerReplyMs.push(at - t0);
      }
    });
  }

  const row = (name: string, v: number[], target: number) => ({ measure: name, n: v.length, p50_ms: r1(quantile(v, 0.5)),
    p95_ms: r1(quantile(v, 0.95)), max_ms: r1(Math.max(...v)), target_p95_ms: target });
  const rows = [
    row(`Zalo webhook acknowledgement (${concurrency} concurrent)`, ack, 20),
    row('Zalo: delivery → reply at the send API', replyMs, 300),
    ...(bare ? [] : [row(`web chat answer (${concurrency} concurrent)`, webchat, 200)]),
    ...(messengerUrl ? [row(`Messenger webhook acknowledgement (${concurrency} concurrent)`, messengerAck, 20),
      row('Messenger: delivery → reply at the Send API', messengerReplyMs, 300)] : []),
  ];
  const duplicates = sent.length - new Set(sent.map((m) => `${m.user_id}\u0000${m.text}`)).size;
  if (json) console.log(JSON.stringify({ events, concurrency, duplicates, rows }));
  else {
    console.log(`${events} questions a channel from ${concurrency} concurrent residents; ${bare ? 'BARE verify-and-acknowledge server' : 'bot'}, emulators and load generator in separate processes`);
    console.table(rows);
    console.log(`duplicate Zalo messages: ${duplicates}`);
  }
} finally {
  server?.kill('SIGTERM');
  emulatorProcess.kill('SIGTERM');
  messengerProcess?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}

function r1(x: number): number {
  return Math.round(x * 10) / 10;
}
