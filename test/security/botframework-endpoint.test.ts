import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startZaloEmulator, type ZaloEmulator } from '../../bot/channels/zalo/emulator/zalo-emulator.js';
import { parseConfig } from '../../bot/config.js';
import { createLogger, silentLogger } from '../../core/logger.js';
import { startServer, type RunningServer } from '../../bot/server.js';
import { waitFor } from '../../bench/load.js';
import { CONVERSATION } from '../../prompts/conversation.js';

// An attacker's view of /api/messages: a connector of their own (on loopback, where the test can see what reaches it).
let connector: Server;
let connectorUrl: string;
const received: { path: string; text?: string }[] = [];
const dataDirs: string[] = [];
const newDataDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'bf-sec-'));
  dataDirs.push(dir);
  return dir;
};

beforeAll(async () => {
  connector = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ path: req.url ?? '', text: (JSON.parse(body || '{}') as { text?: string }).text });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"r"}');
    });
  });
  await new Promise<void>((r) => connector.listen(0, '127.0.0.1', r));
  connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
});
afterAll(() => {
  connector.close();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

let activityCount = 0;
const activity = (o: { text: string; channelId?: string; from?: string; conversation?: string; serviceUrl?: string }) => ({
  type: 'message', id: `act-${++activityCount}`, text: o.text, channelId: o.channelId ?? 'emulator', serviceUrl: o.serviceUrl ?? connectorUrl,
  timestamp: new Date().toISOString(), from: { id: o.from ?? 'dev-1', name: 'Dev' }, recipient: { id: 'bot', name: 'Bot' },
  conversation: { id: o.conversation ?? 'dev-conv-1' },
});
const post = (url: string, body: unknown) => fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body), signal: AbortSignal.timeout(8000) });

describe('/api/messages without Microsoft credentials and without BOT_EMULATOR', () => {
  let bot: RunningServer;
  beforeAll(async () => {
    bot = await startServer(parseConfig({ DATA_DIR: newDataDir(), PORT: '0' }), { logger: silentLogger });
  });
  afterAll(async () => bot?.close());

  it('answers 401 and calls nothing: no reply to the serviceUrl, no turn', async () => {
    const before = received.length;
    const res = await post(bot.url, activity({ text: 'chữ ký số miễn phí làm ở đâu?' }));
    expect(res.status).toBe(401);
    expect(received.length).toBe(before);
    expect((await bot.store.listTurns({ limit: 10 })).items).toEqual([]);
  });

  it('answers 401 to a malformed activity as well, before looking at it', async () => {
    expect((await post(bot.url, {})).status).toBe(401);
  });
});

describe('/api/messages with BOT_EMULATOR=true', () => {
  let bot: RunningServer;
  let zalo: ZaloEmulator;
  const log: string[] = [];
  beforeAll(async () => {
    zalo = await startZaloEmulator({ port: 0 });
    bot = await startServer(parseConfig({ ...zalo.botSettings(), DATA_DIR: newDataDir(), PORT: '0', BOT_EMULATOR: 'true',
      ADMIN_USERNAME: 'quantri', ADMIN_PASSWORD: 'mat-khau-dai-du' }), { logger: createLogger('warn', (line) => void log.push(line)) });
    zalo.webhookUrl = `${bot.url}/api/zalo/webhook`;
  });
  afterAll(async () => {
    await bot?.close();
    await zalo?.close();
  });

  it('warns at start that the endpoint is unauthenticated, for development only', () => {
    expect(log.map((l) => JSON.parse(l) as { level: string; message: string })).toContainEqual(expect.objectContaining({ level: 'warn',
      message: expect.stringMatching(/^BOT_EMULATOR=true: .*never in production$/) }));
  });

  it('answers the Emulator on a loopback serviceUrl', async () => {
    const sent = activity({ text: 'chữ ký số miễn phí làm ở đâu?' });
    expect((await post(bot.url, sent)).status).toBe(200);
    expect(received.find((r) => r.path.endsWith(`/activities/${sent.id}`))?.text).toContain('một cửa');
  });

  it('refuses a serviceUrl that is not loopback, without calling it or running a turn', async () => {
    const res = await post(bot.url, activity({ text: 'câu hỏi từ xa', serviceUrl: 'http://192.0.2.10:9' }));
    expect(res.status).toBe(403);
    expect((await bot.store.listTurns({ limit: 50 })).items.map((t) => t.question)).not.toContain('câu hỏi từ xa');
  });

  it.each([
    ['an empty object', {}],
    ['an activity without a type', { ...activity({ text: 'x' }), type: undefined }],
    ['a message without a conversation', { ...activity({ text: 'x' }), conversation: undefined }],
    ['a message whose sender is not an object', { ...activity({ text: 'x' }), from: 'someone' }],
    ['a JSON array', [1, 2]],
  ])('answers 400 to %s', async (_name, body) => {
    const res = await post(bot.url, body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('bad_request');
  });

  it('keeps a Zalo resident out of reach of an activity that claims channelId "zalo"', async () => {
    await zalo.sendAsUser('8801', 'Hà Nội đã cấp bao nhiêu chữ ký số miễn phí?');
    await waitFor(() => zalo.messages('8801').length >= 1, 10_000, 'the resident\'s answer');
    const claim = { channelId: 'zalo', from: '8801', conversation: 'zalo:8801' };

    // A follow-up on the resident's conversation would be rewritten from what the resident asked.
    const probe = activity({ ...claim, text: 'còn Hải Phòng thì sao?' });
    expect((await post(bot.url, probe)).status).toBe(200);
    const probed = (await bot.store.listTurns({ limit: 50 })).items.find((t) => t.question === 'còn Hải Phòng thì sao?');
    expect(probed?.rewrite).toBeUndefined();
    expect(probed?.channel).toBe('botframework');
    expect(received.find((r) => r.path.endsWith(`/activities/${probe.id}`))?.text ?? '').not.toContain('chữ ký số');

    // Asking for a person opens an inbox item on the channel the message came through, not the resident's Zalo.
    expect((await post(bot.url, activity({ ...claim, text: CONVERSATION.buttons.human }))).status).toBe(200);
    const handoffs = await bot.store.listHandoffs();
    expect(handoffs.map((h) => h.channel)).toEqual(['botframework']);

    // The resident's own conversation is untouched: their follow-up still reads in their context.
    await zalo.sendAsUser('8801', 'còn Đà Nẵng thì sao?');
    await waitFor(() => zalo.messages('8801').length >= 2, 10_000, 'the resident\'s follow-up answer');
    const followUp = (await bot.store.listTurns({ limit: 50 })).items.find((t) => t.question === 'còn Đà Nẵng thì sao?');
    expect(followUp?.rewrite).toBe('Đà Nẵng đã cấp bao nhiêu chữ ký số miễn phí?');
  });

  it('sends a volunteer\'s reply to a Bot Framework conversation only where the endpoint would reply', async () => {
    const login = await fetch(`${bot.url}/admin/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'quantri', password: 'mat-khau-dai-du' }) });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { 'content-type': 'application/json', cookie: login.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': csrfToken };
    const reply = (id: string, text: string) => fetch(`${bot.url}/admin/api/handoffs/${id}/reply`, { method: 'POST', headers, body: JSON.stringify({ text }) });

    // The handoff opened above, through the Emulator: its loopback serviceUrl gets the reply.
    const [opened] = await bot.store.listHandoffs();
    expect((await reply(opened!.id, 'Chào bạn, tôi là tư vấn viên.')).status).toBe(200);
    expect(received.map((r) => r.text)).toContainEqual(expect.stringContaining('Chào bạn, tôi là tư vấn viên.'));

    // One opened by older code under a claimed channelId, with a serviceUrl nobody verified: nothing is sent there.
    const forged = await bot.store.openHandoff({ channel: 'msteams', conversationId: 'u_forged', question: 'x', at: new Date().toISOString(),
      address: JSON.stringify({ serviceUrl: connectorUrl, conversation: { id: 'forged' }, channelId: 'msteams', bot: { id: 'bot' }, user: { id: 'u' } }) });
    const before = received.length;
    const refused = (await (await reply(forged.id, 'Câu trả lời riêng')).json()) as { delivered: boolean };
    expect(refused.delivered).toBe(false);
    expect(received.length).toBe(before);
  });
});
