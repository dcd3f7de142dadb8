/**
 * Channel latency benchmark, three processes: the bot exactly as `npm start` runs it (default mode, Zalo channel
 * pointed at the emulator), the Zalo emulator (`npm run zalo:emulator`), and this load generator.
 *   npm run --silent bench:channels -- [--json] [--events N] [--concurrency C]
 * Reports: webhook acknowledgement latency, time from delivery to the reply reaching the Zalo send API, and web
 * chat answer latency, each at C concurrent requests.
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
const emuUrl = settings.ZALO_OPENAPI_URL!;
let server: ChildProcess | undefined;
const base = `http://127.0.0.1:${port}`;
const messages = async (userId?: string): Promise<SentMessage[]> =>
  (await fetch(`${emuUrl}/emulator/messages${userId ? `?user_id=${userId}` : ''}`)).json() as Promise<SentMessage[]>;
const deliverAs = (userId: string, text: string) => deliverEvent({ webhookUrl, appId: settings.ZALO_APP_ID!, oaSecretKey: settings.ZALO_OA_SECRET_KEY!,
  event: userTextEvent({ appId: settings.ZALO_APP_ID!, oaId: '579745863508352884', userId, text, now: Date.now() }) });
try {
  server = spawn(process.execPath, ['--import', 'tsx', bare ? 'bench/bare-zalo-server.ts' : 'bot/main.ts', ...(bare ? [String(port)] : [])], {
    // Every web chat request comes from this one address: the per-address limit would stop the measurement.
    env: { ...process.env, ...settings, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', OPENAI_API_KEY: '', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000' },
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

  const row = (name: string, v: number[], target: number) => ({ measure: name, n: v.length, p50_ms: r1(quantile(v, 0.5)),
    p95_ms: r1(quantile(v, 0.95)), max_ms: r1(Math.max(...v)), target_p95_ms: target });
  const rows = [
    row(`Zalo webhook acknowledgement (${concurrency} concurrent)`, ack, 20),
    row('Zalo: delivery → reply at the send API', replyMs, 300),
    ...(bare ? [] : [row(`web chat answer (${concurrency} concurrent)`, webchat, 200)]),
  ];
  const duplicates = sent.length - new Set(sent.map((m) => `${m.user_id}\u0000${m.text}`)).size;
  if (json) console.log(JSON.stringify({ events, concurrency, duplicates, rows }));
  else {
    console.log(`${events} questions a channel from ${concurrency} concurrent residents; ${bare ? 'BARE verify-and-acknowledge server' : 'bot'}, Zalo emulator and load generator in three processes`);
    console.table(rows);
    console.log(`duplicate Zalo messages: ${duplicates}`);
  }
} finally {
  server?.kill('SIGTERM');
  emulatorProcess.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}

function r1(x: number): number {
  return Math.round(x * 10) / 10;
}
