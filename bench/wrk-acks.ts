/**
 * Webhook acknowledgement latency measured with wrk (C, negligible client overhead), against the bot and the bare
 * server in the same run. The events are signed here beforehand (unique msg_id each) and replayed by a Lua script.
 *   npm run --silent bench:acks -- [--json] [--connections 10] [--seconds 15]       (needs Debian's wrk)
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readEmulatorSettings, serverHealthy } from './processes.js';
import { builtProgram } from './built-program.js';

// The servers as operators start them: bundled, on plain node.
const PROGRAM = builtProgram(['bench/bare-zalo-server.ts']);

const args = process.argv.slice(2);
const num = (name: string, fallback: number): number => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const json = args.includes('--json');
const connections = num('connections', 10);
const seconds = num('seconds', 15);
const EVENTS = 6000;

const dir = mkdtempSync(join(tmpdir(), 'wrk-acks-'));
// Below Linux's ephemeral range (32768+), where an outgoing connection may hold the port.
const base = 20000 + Math.floor(Math.random() * 12000);
const procs: ChildProcess[] = [];
try {
  const emulator = spawn(process.execPath, ['--import', 'tsx', 'bot/channels/zalo/emulator/main.ts', '--port', String(base + 9)], { stdio: ['ignore', 'pipe', 'inherit'] });
  procs.push(emulator);
  const settings = await readEmulatorSettings(emulator);
  writeFileSync(join(dir, 'events.lua'), luaScript(settings.ZALO_APP_ID!, settings.ZALO_OA_SECRET_KEY!));
  const results = [];
  for (const target of ['bot', 'bare'] as const) {
    const port = target === 'bot' ? base : base + 5;
    const child = target === 'bot'
      ? spawn(process.execPath, [PROGRAM['bot/main.ts']!], { env: { ...process.env, ...settings, PORT: String(port), DATA_DIR: join(dir, 'data'),
          LOG_LEVEL: 'error', OPENAI_API_KEY: '', RATE_LIMIT_PER_MINUTE: '100000' }, stdio: 'ignore' })
      : spawn(process.execPath, [PROGRAM['bench/bare-zalo-server.ts']!, String(port)], { env: { ...process.env, ...settings }, stdio: 'ignore' });
    procs.push(child);
    await serverHealthy(port, target);
    const { stdout } = await promisify(execFile)('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '-s', join(dir, 'events.lua'),
      `http://127.0.0.1:${port}/api/zalo/webhook`], { maxBuffer: 1 << 20 });
    const line = /RESULT (.*)/.exec(stdout)?.[1];
    if (!line) throw new Error(`wrk printed no result:\n${stdout}`);
    results.push({ server: target === 'bot' ? 'bot' : 'bare server', ...(JSON.parse(line) as object) });
    child.kill('SIGTERM');
  }
  if (json) console.log(JSON.stringify({ connections, seconds, results }));
  else {
    console.log(`webhook acknowledgements, wrk -c${connections} for ${seconds} s; every event signed, unique until the ${EVENTS} prepared ones wrap`);
    console.table(results);
  }
} finally {
  for (const p of procs) p.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

/** A wrk script that posts the prepared events in turn and prints the latency percentiles as one JSON line. */
function luaScript(appId: string, oaSecretKey: string): string {
  const rows: string[] = [];
  const now = Date.now();
  for (let i = 0; i < EVENTS; i++) {
    const body = JSON.stringify({ app_id: appId, user_id_by_app: `9${i}`, event_name: 'user_send_text', timestamp: String(now + i),
      sender: { id: `wrk-${i}` }, recipient: { id: '579745863508352884' },
      message: { msg_id: randomBytes(10).toString('hex'), text: i % 3 ? 'chữ ký số miễn phí làm ở đâu' : 'lam ly lich tu phap tren vneid' } });
    const mac = createHash('sha256').update(`${appId}${body}${now + i}${oaSecretKey}`).digest('hex');
    rows.push(`{${luaString(body)},"mac=${mac}"}`);
  }
  return `local events = {${rows.join(',\n')}}
local i = 0
request = function()
  i = i + 1
  local e = events[((i - 1) % #events) + 1]
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["X-ZEvent-Signature"] = e[2]}, e[1])
end
done = function(summary, latency, requests)
  local ms = function(p) return latency:percentile(p) / 1000 end
  io.write(string.format('RESULT {"requests":%d,"non2xx":%d,"req_per_s":%.0f,"p50_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f}\\n',
    summary.requests, summary.errors.status, summary.requests / (summary.duration / 1e6), ms(50), ms(95), ms(99), latency.max / 1000))
end
`;
}

function luaString(s: string): string {
  // Lua long-bracket-free quoting: escape backslashes, quotes and non-ASCII bytes as \\ddd so the body stays byte-exact.
  let out = '"';
  for (const byte of Buffer.from(s, 'utf8')) out += byte === 0x22 || byte === 0x5c || byte < 0x20 || byte > 0x7e ? `\\${String(byte).padStart(3, '0')}` : String.fromCharCode(byte);
  return `${out}"`;
}
