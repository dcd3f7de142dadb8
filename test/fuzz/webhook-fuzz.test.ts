import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userTextEvent } from '../../bot/channels/zalo/emulator/webhook-delivery.js';
import { startZaloEmulator, type ZaloEmulator } from '../../bot/channels/zalo/emulator/zalo-emulator.js';
import { parseConfig } from '../../bot/config.js';
import type { Logger } from '../../core/logger.js';
import { startServer, type RunningServer } from '../../bot/server.js';
import { waitFor } from '../../bench/load.js';

// Hostile webhook traffic over real HTTP against the real server with the Zalo channel on. Bodies are signed here
// as the docs say (§1.4: sha256(appId + raw body + timestamp + OA secret key)) wherever the point is to get past
// the signature check.
let emulator: ZaloEmulator;
let bot: RunningServer;
let dataDir: string;
const errors: string[] = [];
const logger: Logger = { debug() {}, info() {}, warn() {}, error: (message, fields) => void errors.push(`${message} ${JSON.stringify(fields ?? {})}`) };

beforeAll(async () => {
  emulator = await startZaloEmulator({ port: 0 });
  dataDir = mkdtempSync(join(tmpdir(), 'zalo-fuzz-'));
  bot = await startServer(parseConfig({ ...emulator.botSettings(), DATA_DIR: dataDir, PORT: '0' }), { logger });
  emulator.webhookUrl = `${bot.url}/api/zalo/webhook`;
});
afterAll(async () => {
  await bot?.close();
  await emulator?.close();
  rmSync(dataDir, { recursive: true, force: true });
}, 180_000);

const ALLOWED = [200, 400, 401, 413];
const MAX_BODY = 64 * 1024;
const HOUR = 3_600_000;

interface Reply {
  readonly status: number;
  readonly body: string;
  readonly headers: IncomingHttpHeaders;
}

/** One raw HTTP request: exact bytes, exact headers (arrays are sent as repeated header lines). */
function send(options: { path?: string; method?: string; body?: Buffer | string; headers?: OutgoingHttpHeaders; timeoutMs?: number }): Promise<Reply> {
  const body = options.body === undefined ? undefined : Buffer.isBuffer(options.body) ? options.body : Buffer.from(options.body);
  // A declared length unless the body goes chunked.
  const headers: OutgoingHttpHeaders = { ...(body && !options.headers?.['transfer-encoding'] ? { 'content-length': body.length } : {}), ...options.headers };
  return new Promise((resolve, reject) => {
    const req = request(`${bot.url}${options.path ?? '/api/zalo/webhook'}`, { method: options.method ?? 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    req.setTimeout(options.timeoutMs ?? 15_000, () => req.destroy(new Error('request timed out')));
    req.end(body);
  });
}

const mac = (raw: Buffer, timestamp: string): string =>
  createHash('sha256').update(Buffer.concat([Buffer.from(emulator.appId), raw, Buffer.from(`${timestamp}${emulator.oaSecretKey}`)])).digest('hex');

/** POSTs raw bytes signed over `timestamp` (the body's own by default). */
function post(raw: Buffer | string, options: { timestamp?: string; headers?: OutgoingHttpHeaders; sign?: boolean; timeoutMs?: number } = {}): Promise<Reply> {
  const body = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
  let timestamp = options.timestamp;
  if (timestamp === undefined) {
    try {
      timestamp = String((JSON.parse(body.toString('utf8')) as { timestamp?: unknown }).timestamp);
    } catch {
      timestamp = '';
    }
  }
  const signature = options.sign === false ? {} : { 'x-zevent-signature': `mac=${mac(body, timestamp)}` };
  return send({ body, headers: { 'content-type': 'application/json', ...signature, ...options.headers }, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
}

let users = 0;
const newUser = (): string => `77${Date.now() % 1e9}${++users}`;
const textEvent = (options: { text?: string; at?: number; user?: string } = {}): Record<string, unknown> =>
  userTextEvent({ appId: emulator.appId, oaId: '579745863508352884', userId: options.user ?? newUser(), text: options.text ?? 'chữ ký số miễn phí làm ở đâu',
    now: options.at ?? Date.now() });
const json = (v: unknown): Buffer => Buffer.from(JSON.stringify(v));
const healthy = async (): Promise<void> => {
  const r = await send({ path: '/healthz', method: 'GET' });
  expect(r.status).toBe(200);
};
const replies = async (userId: string, count: number): Promise<void> =>
  waitFor(() => emulator.messages(userId).length >= count, 15_000, `${count} replies to ${userId}`);
const settle = (ms = 400): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A user_send_text whose body is exactly `size` bytes, its text padded with ASCII words or with one endless word. */
function eventOfSize(size: number, user: string, padding: 'words' | 'one word' = 'words'): Buffer {
  const event = textEvent({ user, text: 'chữ ký số miễn phí làm ở đâu ' });
  const room = size - json(event).length;
  const pad = padding === 'words' ? 'ab '.repeat(Math.ceil(room / 3)).slice(0, room) : 'a'.repeat(room);
  return json({ ...event, message: { ...(event.message as object), text: `${(event.message as { text: string }).text}${pad}` } });
}

/**
 * CPU time (ms, every thread of this process: the server shares it) spent while `work` runs. Unlike wall time it does
 * not grow when other processes keep the cores busy, so it measures the work, not the machine.
 */
async function cpuMsOf(work: () => Promise<void>): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('Zalo webhook under hostile input', () => {
  it('refuses malformed, unsigned and out-of-window deliveries with 4xx, never 5xx, and keeps answering /healthz', async () => {
    const now = Date.now();
    const valid = json(textEvent());
    const validTs = String((JSON.parse(valid.toString()) as { timestamp: string }).timestamp);
    const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);
    const withMessage = (message: string) => Buffer.from(JSON.stringify({ ...textEvent(), message: '__M__' }).replace('"__M__"', message));
    const cases: [string, () => Promise<Reply>, number[]][] = [
      ['truncated JSON, signed', () => post(valid.subarray(0, valid.length - 7), { timestamp: validTs }), [400]],
      ['truncated JSON, one byte', () => post(valid.subarray(0, 1), { timestamp: validTs }), [400]],
      ['empty body, signed', () => post(Buffer.alloc(0), { timestamp: validTs }), [400]],
      ['JSON null', () => post('null', { timestamp: '' }), [400]],
      ['JSON array', () => post('[1,2,3]', { timestamp: '' }), [400]],
      ['event_name as a number', () => post(json({ ...textEvent(), event_name: 7 })), [400]],
      ['timestamp as an object', () => post(json({ ...textEvent(), timestamp: { ms: now } }), { timestamp: '[object Object]' }), [400]],
      ['timestamp as text', () => post(json({ ...textEvent(), timestamp: 'yesterday' })), [401]],
      ['sender as a number', () => post(json({ ...textEvent(), sender: 1001 })), [200]],
      ['message as an array', () => post(json({ ...textEvent(), message: ['chữ ký số'] })), [200]],
      ['attachments as a string', () => post(json({ ...textEvent(), event_name: 'user_send_image', message: { msg_id: 'x1', attachments: 'abc' } })), [200]],
      ['attachments [null]', () => post(json({ ...textEvent(), event_name: 'user_send_image', message: { msg_id: 'x2', attachments: [null] } })), [200]],
      ['recipient id as an object', () => post(json({ ...textEvent(), recipient: { id: { x: 1 } } })), [200]],
      ['huge timestamp number', () => post(json({ ...textEvent(), timestamp: 1e300 })), [401]],
      ['10,000 nested arrays as the body', () => post(nested(10_000), { timestamp: '' }), [400]],
      ['10,000 nested arrays as the message', () => post(withMessage(nested(10_000))), [200]],
      ['5,000 nested objects as the message', () => post(withMessage('{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000))), [200]],
      ['invalid UTF-8 outside strings', () => post(Buffer.concat([Buffer.from('{"event_name":"user_send_text",\xff\xfe'), Buffer.from([0xff, 0xfe, 0x80])]), { timestamp: '' }), [400]],
      ['text/plain', () => post(json(textEvent()), { headers: { 'content-type': 'text/plain' } }), [200]],
      ['form-encoded body', () => post(`event_name=user_send_text&timestamp=${now}`, { timestamp: String(now), headers: { 'content-type': 'application/x-www-form-urlencoded' } }), [400]],
      ['multipart body', () => post('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--', { timestamp: '', headers: { 'content-type': 'multipart/form-data; boundary=b' } }), [400]],
      ['bogus content-encoding', () => post(json(textEvent()), { headers: { 'content-encoding': 'gzip' } }), [400]],
      ['unknown content-encoding', () => post(json(textEvent()), { headers: { 'content-encoding': 'x-nonsense' } }), [400]],
      ['no signature', () => post(json(textEvent()), { sign: false }), [401]],
      ['empty signature', () => post(json(textEvent()), { sign: false, headers: { 'x-zevent-signature': '' } }), [401]],
      ['signature "mac="', () => post(json(textEvent()), { sign: false, headers: { 'x-zevent-signature': 'mac=' } }), [401]],
      ['signature of another body', () => post(json(textEvent()), { sign: false, headers: { 'x-zevent-signature': `mac=${mac(valid, validTs)}` } }), [401]],
      ['signature over another timestamp', () => post(json(textEvent()), { timestamp: String(now + 1) }), [401]],
      ['signature header sent twice', () => {
        const raw = json(textEvent());
        const good = `mac=${mac(raw, String((JSON.parse(raw.toString()) as { timestamp: string }).timestamp))}`;
        return send({ body: raw, headers: { 'content-type': 'application/json', 'x-zevent-signature': [good, good] } });
      }, [401]],
      ['signed, 25 hours old', () => post(json(textEvent({ at: now - 25 * HOUR }))), [401]],
      ['signed, 1970', () => post(json(textEvent({ at: 0 }))), [401]],
      ['signed, 11 minutes in the future', () => post(json(textEvent({ at: now + 11 * 60_000 }))), [401]],
      ['signed, a year in the future', () => post(json(textEvent({ at: now + 365 * 24 * HOUR }))), [401]],
      ['GET on the webhook', () => send({ method: 'GET' }), [404]],
      ['PUT on the webhook', () => send({ method: 'PUT', body: valid }), [404]],
    ];
    // All at once, with health checks in between: a storm, not a queue.
    const results = await Promise.all(cases.map(async ([name, run, expected]) => {
      const [r] = await Promise.all([run(), healthy()]);
      return { name, status: r.status, expected, body: r.body };
    }));
    for (const r of results) {
      expect(r.status, r.name).toBeLessThan(500);
      expect(r.expected, `${r.name}: got ${r.status}`).toContain(r.status);
      // Nothing of the error leaks: no exception names, stack frames or source paths.
      expect(r.body, r.name).not.toMatch(/TypeError|SyntaxError|RangeError|\bat .+\(|node:internal|\.[jt]s:\d+|stack/);
    }
    await healthy();
  });

  it('acknowledges with JSON and the security headers, with a query string on the path too', async () => {
    for (const path of ['/api/zalo/webhook', '/api/zalo/webhook?source=zalo']) {
      const raw = json(textEvent());
      const timestamp = String((JSON.parse(raw.toString()) as { timestamp: string }).timestamp);
      const r = await send({ path, body: raw, headers: { 'content-type': 'application/json', 'x-zevent-signature': `mac=${mac(raw, timestamp)}` } });
      expect(r.status, path).toBe(200);
      expect(JSON.parse(r.body)).toEqual({ ok: true });
      expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
    const refused = await post(json(textEvent()), { sign: false });
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body)).toEqual({ ok: false });
    expect(refused.headers['x-frame-options']).toBe('DENY');
  });

  it('reads a chunked body without a declared length, and refuses one that grows past 64 KB with 413', async () => {
    const under = newUser();
    const chunked = { 'transfer-encoding': 'chunked' };
    const small = eventOfSize(MAX_BODY - 100, under);
    const sign = (raw: Buffer) => `mac=${mac(raw, String((JSON.parse(raw.toString()) as { timestamp: string }).timestamp))}`;
    expect((await send({ body: small, headers: { ...chunked, 'x-zevent-signature': sign(small) } })).status).toBe(200);
    const big = eventOfSize(MAX_BODY + 500, newUser());
    const refused = await send({ body: big, headers: { ...chunked, 'x-zevent-signature': sign(big) } });
    expect(refused.status).toBe(413);
    // Closed after the answer, so the rest of an oversized body is not read.
    expect(refused.headers.connection).toBe('close');
    await replies(under, 1);
  });

  it('takes a body just under 64 KB and answers it, and refuses one just over with 413', async () => {
    const [exact, under, over, wayOver] = [newUser(), newUser(), newUser(), newUser()];
    expect((await post(eventOfSize(MAX_BODY - 100, under))).status).toBe(200);
    expect((await post(eventOfSize(MAX_BODY, exact))).status).toBe(200);
    expect((await post(eventOfSize(MAX_BODY + 1, over))).status).toBe(413);
    expect((await post(eventOfSize(4 * MAX_BODY, wayOver))).status).toBe(413);
    // A refused body must not be answered; an accepted one is (its question cut at MAX_QUESTION_CHARS).
    await replies(under, 1);
    await replies(exact, 1);
    await settle();
    expect(emulator.messages(over)).toHaveLength(0);
    expect(emulator.messages(wayOver)).toHaveLength(0);
    await healthy();
  });

  it('accepts a signed body with invalid UTF-8 inside a string, without a 5xx', async () => {
    const user = newUser();
    const raw = json(textEvent({ user, text: 'chữ ký số @@ ở đâu' }));
    const at = raw.indexOf('@@');
    const bad = Buffer.concat([raw.subarray(0, at), Buffer.from([0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80]), raw.subarray(at + 2)]);
    expect((await post(bad)).status).toBe(200);
    await replies(user, 1);
  });

  it('accepts a genuine retry from within the window and future skew', async () => {
    const [old, ahead] = [newUser(), newUser()];
    expect((await post(json(textEvent({ user: old, at: Date.now() - 23 * HOUR })))).status).toBe(200);
    expect((await post(json(textEvent({ user: ahead, at: Date.now() + 5 * 60_000 })))).status).toBe(200);
    await replies(old, 1);
    await replies(ahead, 1);
  });

  it('answers a replayed event once: after the answer, concurrently, and re-serialised with other bytes', async () => {
    const user = newUser();
    const event = textEvent({ user });
    const raw = json(event);
    expect((await post(raw)).status).toBe(200);
    await replies(user, 1);
    const pretty = Buffer.from(JSON.stringify(event, null, 2));
    const replays = await Promise.all([...Array.from({ length: 5 }, () => post(raw)), post(pretty), emulator.deliver(event)]);
    for (const r of replays) expect(r.status).toBe(200);
    await settle(800);
    expect(emulator.messages(user)).toHaveLength(1);

    // A first delivery raced by its own redeliveries is answered once too.
    const racer = newUser();
    const racing = json(textEvent({ user: racer }));
    const first = await Promise.all(Array.from({ length: 8 }, () => post(racing)));
    for (const r of first) expect(r.status).toBe(200);
    await replies(racer, 1);
    await settle(800);
    expect(emulator.messages(racer)).toHaveLength(1);
  });

  it('survives a client that sends half a body and hangs up', async () => {
    await new Promise<void>((resolve) => {
      const req = request(`${bot.url}/api/zalo/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 5000,
        'x-zevent-signature': `mac=${'0'.repeat(64)}` } });
      req.on('error', () => resolve());
      req.write('{"event_name":"user_send_text","timestamp":"1');
      setTimeout(() => { req.destroy(); resolve(); }, 100);
    });
    await healthy();
  });

  it('never answers 5xx to randomly mutated deliveries, signed or not', async () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
      fc.record({ kind: fc.constant('field' as const), field: fc.constantFrom('sender', 'recipient', 'message', 'timestamp', 'event_name', 'app_id'), value: fc.jsonValue({ maxDepth: 4 }) }),
    );
    await fc.assert(fc.asyncProperty(mutation, fc.boolean(), async (m, sign) => {
      const event = textEvent();
      const ts = String(event.timestamp);
      let raw = json(event);
      if (m.kind === 'truncate') raw = raw.subarray(0, m.at % raw.length);
      else if (m.kind === 'flip') {
        raw = Buffer.from(raw);
        raw[m.at % raw.length] = m.byte;
      } else if (m.kind === 'insert') {
        const i = m.at % raw.length;
        raw = Buffer.concat([raw.subarray(0, i), Buffer.from(m.bytes), raw.subarray(i)]);
      } else raw = json({ ...event, [m.field]: m.value });
      const r = await post(raw, sign ? { timestamp: m.kind === 'field' && m.field === 'timestamp' ? String(m.value) : ts } : { sign: false });
      expect(ALLOWED).toContain(r.status);
      if (!sign) expect(r.status).toBe(401);
    }), { numRuns: 80 });
    await healthy();
  });

  it('still answers valid events after the storm, and logged no server error', async () => {
    const users = [newUser(), newUser(), newUser()];
    for (const u of users) expect((await emulator.sendAsUser(u, 'Hải Phòng có bao nhiêu dịch vụ công trực tuyến?')).status).toBe(200);
    for (const u of users) await replies(u, 1);
    for (const u of users) expect(emulator.messages(u)[0]!.text).toMatch(/Nguồn:/);
    await bot.corpus.settled();
    expect(errors).toEqual([]);
  });

  it('acknowledges and answers a 32 KB question that is one endless word within a bounded CPU cost, answering /healthz meanwhile', async () => {
    // Last in the file: while the bug it guards against is present, the server stays blocked for a while.
    // An attacker need not use spaces; a 32 KB body is well inside the 64 KB limit. The quadratic e-mail pattern this
    // guards against spent seconds of CPU on the main thread, holding every other request back.
    const user = newUser();
    const cpuMs = await cpuMsOf(async () => {
      expect((await post(eventOfSize(MAX_BODY / 2, user, 'one word'), { timeoutMs: 120_000 })).status).toBe(200);
      await healthy();
      await replies(user, 1);
      await healthy();
    });
    // The process's CPU, every thread's (answer thread, GC, compiler): 1.0–1.1 s on session 36's machine, alone or with
    // session 35's code, and 1.7 s once under CI's load, past the 1.5 s bound then. The quadratic pattern ran past
    // every timeout (minutes): 5 s still catches it, with room for a busy machine.
    expect(cpuMs, 'CPU ms spent acknowledging and answering it').toBeLessThan(5_000);
  });
});
