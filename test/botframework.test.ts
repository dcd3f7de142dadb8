import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../bot/config.js';
import { silentLogger } from '../core/logger.js';
import { startServer, type RunningServer } from '../bot/server.js';
import { CONVERSATION } from '../prompts/conversation.js';

// The Bot Framework Emulator's side of the protocol: it receives the bot's replies on its serviceUrl.
interface Received { path: string; auth: string | undefined; body: { type: string; text?: string; replyToId?: string; suggestedActions?: { actions: { value: string }[] } } }
let connector: Server;
let connectorUrl: string;
const received: Received[] = [];
let bot: RunningServer;
let dataDir: string;

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let s = '';
    req.on('data', (c: Buffer) => (s += c.toString()));
    req.on('end', () => resolve(s));
  });

beforeAll(async () => {
  connector = createServer(async (req, res) => {
    received.push({ path: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(await readBody(req)) as Received['body'] });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${received.length}` }));
  });
  await new Promise<void>((r) => connector.listen(0, '127.0.0.1', r));
  connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
  dataDir = mkdtempSync(join(tmpdir(), 'bf-'));
  bot = await startServer(parseConfig({ DATA_DIR: dataDir, PORT: '0', BOT_EMULATOR: 'true' }), { logger: silentLogger });
});
afterAll(async () => {
  await bot.close();
  connector.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const activity = (text: string, id: string) => ({
  type: 'message', id, text, channelId: 'emulator', serviceUrl: connectorUrl, timestamp: new Date().toISOString(),
  from: { id: 'resident-1', name: 'Người dân' }, recipient: { id: 'bot', name: 'Bot' }, conversation: { id: 'conv-1' },
});

describe('Bot Framework channel (BOT_EMULATOR=true: the Emulator on this machine)', () => {
  it('answers a message by posting the reply to the serviceUrl', async () => {
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity('chữ ký số miễn phí làm ở đâu?', 'act-1')) });
    expect(res.status).toBe(200);
    const reply = received.find((r) => r.body.replyToId === 'act-1');
    expect(reply?.path).toBe('/v3/conversations/conv-1/activities/act-1');
    expect(reply?.body.text).toContain('một cửa');
    expect(reply?.body.suggestedActions?.actions.map((a) => a.value)).toContain(CONVERSATION.buttons.helpful);
  });

  it('answers an invoke it does not handle with 501, and sends nothing', async () => {
    const before = received.length;
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...activity('', 'act-invoke'), type: 'invoke', name: 'adaptiveCard/action', value: {} }) });
    expect(res.status).toBe(501);
    expect(received.length).toBe(before);
  });

  it('rejects a request that is not an activity', async () => {
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"nope":' });
    expect(res.status).toBe(400);
  });
});

describe('HTTP basics', () => {
  it('answers the health check and sets security headers', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for the Zalo webhook when the channel is off', async () => {
    const res = await fetch(`${bot.url}/api/zalo/webhook`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
  });
});
