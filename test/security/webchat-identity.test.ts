import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../bot/config.js';
import { silentLogger } from '../../core/logger.js';
import { startServer, type RunningServer } from '../../bot/server.js';
import { CONVERSATION } from '../../prompts/conversation.js';
import { WebchatClient } from '../support/webchat-client.js';

const dataDirs: string[] = [];
async function start(env: Record<string, string>): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'webchat-id-'));
  dataDirs.push(dir);
  return startServer(parseConfig({ DATA_DIR: dir, PORT: '0', ...env }), { logger: silentLogger });
}
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe('web chat identity, issued by the server', () => {
  let bot: RunningServer;
  beforeAll(async () => {
    bot = await start({ RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000', ADMIN_USERNAME: 'quantri', ADMIN_PASSWORD: 'mat-khau-dai-du' });
  });
  afterAll(async () => bot?.close());

  it('sets a signed, HttpOnly, SameSite cookie and issues the conversation id', async () => {
    const res = await new WebchatClient(bot.url).post('messages', { text: 'xin chào' });
    expect(res.headers.get('set-cookie')).toMatch(/^webchat_id=[\w-]{22}\.[\w-]{43}; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    expect(((await res.json()) as { conversationId: string }).conversationId).toMatch(/^[\w-]{39}$/);
  });

  it('makes the cookie Secure when the page came over HTTPS through the trusted proxy', async () => {
    const res = await fetch(`${bot.url}/api/webchat/messages`, { method: 'POST', headers: { 'content-type': 'application/json',
      'x-forwarded-proto': 'https' }, body: JSON.stringify({ text: 'xin chào' }) });
    expect(res.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  it('asks browsers for HTTPS only on responses to HTTPS requests, never on plain HTTP', async () => {
    const over = await fetch(`${bot.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(over.headers.get('strict-transport-security')).toBe('max-age=15552000');
    expect((await fetch(`${bot.url}/healthz`)).headers.get('strict-transport-security')).toBeNull();
  });

  it('limits the resident the cookie names, whatever userId the client sends', async () => {
    const resident = new WebchatClient(bot.url);
    const statuses: string[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await resident.ask(`câu hỏi ${i}`)).activities[0]!.channelData!.status);
    // The old API took the userId from the body: a new one each time was never limited.
    const dodged = await resident.post('messages', { text: 'thêm một câu', userId: 'someone-else' });
    expect(statuses.slice(0, 3)).not.toContain('rate_limited');
    expect(statuses[3]).toBe('rate_limited');
    expect(((await dodged.json()) as { activities: { channelData: { status: string } }[] }).activities[0]!.channelData.status).toBe('rate_limited');
  });

  it('answers a conversation only to its owner: messages, stream, start and updates', async () => {
    const owner = new WebchatClient(bot.url);
    await owner.ask('lý lịch tư pháp qua VNeID mất mấy ngày?');
    await owner.ask(CONVERSATION.buttons.human);
    expect((await owner.updates()).status).toBe(200);

    // One intruder with an identity of its own, one that never keeps one; both name the owner's conversation.
    const withIdentity = new WebchatClient(bot.url);
    await withIdentity.post('start');
    for (const [intruder, anonymous] of [[withIdentity, false], [new WebchatClient(bot.url), true]] as const) {
      intruder.conversationId = owner.conversationId;
      const calls = [() => intruder.post('messages', { text: 'tôi vừa hỏi gì?' }), () => intruder.post('stream', { text: 'tôi vừa hỏi gì?' }),
        () => intruder.post('start'), () => intruder.updates()];
      for (const call of calls) {
        if (anonymous) intruder.cookie = '';
        const res = await call();
        expect(res.status).toBe(403);
        expect(await res.json()).toEqual({ error: 'forbidden' });
      }
    }
    expect((await bot.store.listTurns({ q: 'tôi vừa hỏi gì' })).items).toEqual([]);
    // The owner's conversation goes on.
    expect((await owner.post('messages', { text: 'cảm ơn' })).status).toBe(200);
  });

  it('refuses a conversation id the client made up', async () => {
    const client = new WebchatClient(bot.url);
    client.conversationId = 'web-roam-1';
    expect((await client.post('messages', { text: 'xin chào' })).status).toBe(403);
  });
});

describe('web chat limit per client address', () => {
  let bot: RunningServer;
  beforeAll(async () => {
    bot = await start({ RATE_LIMIT_PER_MINUTE: '15', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '6' });
  });
  afterAll(async () => bot?.close());

  it('stops a client that drops its identity every time, with the polite reply and a Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await new WebchatClient(bot.url).post(i % 2 ? 'stream' : 'messages', { text: `câu ${i}`, userId: `u${i}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    const refused = await new WebchatClient(bot.url).post('messages', { text: 'câu thứ bảy' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { activities: { text: string; channelData: { status: string } }[] };
    expect(body.activities).toEqual([expect.objectContaining({ text: CONVERSATION.rateLimited, channelData: expect.objectContaining({ status: 'rate_limited' }) })]);
    expect((await new WebchatClient(bot.url).post('stream', { text: 'câu thứ tám' })).status).toBe(429);
  });
});
