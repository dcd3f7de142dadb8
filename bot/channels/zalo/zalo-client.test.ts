import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../core/logger.js';
import { startZaloEmulator } from './emulator/zalo-emulator.js';
import type { ZaloEmulator } from './emulator/zalo-emulator.js';
import { PostError } from './http-post.js';
import type { HttpPost, PostReply } from './http-post.js';
import { buildCsBody, ZaloClient } from './zalo-client.js';
import type { ZaloClientOptions } from './zalo-client.js';

const reply = (body: unknown, status = 200): PostReply => ({ status, body: JSON.stringify(body) });
const ok = (id = 'm1') => reply({ error: 0, message: 'Success', data: { message_id: id } });
const zaloError = (error: number) => reply({ error, message: 'x' });
const refused = () => new PostError('ECONNREFUSED', false);

/** A client over a scripted POST; each script entry answers one call (a reply, or an error to throw). */
function scripted(script: (PostReply | Error)[], extra: Partial<ZaloClientOptions> = {}) {
  const calls: { token: string; body: unknown }[] = [];
  const refreshes: string[] = [];
  const post: HttpPost = async (_url, request) => {
    calls.push({ token: request.headers.access_token!, body: JSON.parse(request.body ?? 'null') });
    const next = script.shift();
    if (!next) throw new Error('unexpected call');
    if (next instanceof Error) throw next;
    return next;
  };
  const tokens = {
    accessToken: async () => 'old',
    refreshAfterRejection: async (rejected: string) => { refreshes.push(rejected); return 'new'; },
  };
  const client = new ZaloClient({ openapiUrl: 'http://zalo.test', tokens, logger: silentLogger, post, sleep: async () => undefined, ...extra });
  return { client, calls, refreshes };
}

describe('buildCsBody', () => {
  it.each([
    ['text only', { text: 'Xin chào' }, { recipient: { user_id: 'u1' }, message: { text: 'Xin chào' } }],
    ['buttons as oa.query.hide with a string payload', { text: 'Hỏi tiếp?', buttons: [{ title: 'Có', payload: 'có' }] },
      { recipient: { user_id: 'u1' }, message: { text: 'Hỏi tiếp?', attachment: { type: 'template', payload: { buttons: [{ title: 'Có', type: 'oa.query.hide', payload: 'có' }] } } } }],
    ['no attachment when no button is valid', { text: 'x', buttons: [{ title: 'big', payload: 'y'.repeat(1001) }] }, { recipient: { user_id: 'u1' }, message: { text: 'x' } }],
  ])('%s', (_name, message, expected) => {
    expect(buildCsBody('u1', message)).toEqual(expected);
  });
});

describe('ZaloClient.send', () => {
  it('refreshes once on -216 and retries once with the new token', async () => {
    const { client, calls, refreshes } = scripted([zaloError(-216), ok('m2')]);
    expect(await client.send('u1', { text: 'hi' })).toEqual({ status: 'sent', messageId: 'm2' });
    expect(calls.map((c) => c.token)).toEqual(['old', 'new']);
    expect(refreshes).toEqual(['old']);
  });

  it('gives up when the refreshed token is rejected too', async () => {
    const { client, calls } = scripted([reply({}, 401), zaloError(-220)]);
    expect((await client.send('u1', { text: 'hi' })).status).toBe('failed');
    expect(calls).toHaveLength(2);
  });

  it('retries a connection that was refused (nothing was sent)', async () => {
    const { client, calls } = scripted([refused(), refused(), ok()]);
    expect((await client.send('u1', { text: 'hi' })).status).toBe('sent');
    expect(calls).toHaveLength(3);
  });

  it('does not retry a timeout: the message may have been delivered', async () => {
    const { client, calls } = scripted([new PostError('ETIMEDOUT', true), ok()]);
    expect(await client.send('u1', { text: 'hi' })).toEqual({ status: 'failed', reason: 'ETIMEDOUT' });
    expect(calls).toHaveLength(1);
  });

  it('uses bounded exponential backoff with jitter', async () => {
    const delays: number[] = [];
    const { client, calls } = scripted([zaloError(-32), zaloError(-32), zaloError(-32), zaloError(-32)],
      { sleep: async (ms) => void delays.push(ms), random: () => 1, maxRetries: 3, baseDelayMs: 100 });
    expect(await client.send('u1', { text: 'hi' })).toEqual({ status: 'failed', reason: 'rate limited', code: -32 });
    expect(calls).toHaveLength(4);
    expect(delays).toEqual([100, 200, 400]);
  });

  it('reports -230 without retrying, and survives a throwing callback', async () => {
    const seen: unknown[] = [];
    const { client, calls } = scripted([zaloError(-230)], { onUndeliverable: (...args) => { seen.push(args); throw new Error('boom'); } });
    expect(await client.send('u9', { text: 'muộn' })).toEqual({ status: 'undeliverable', code: -230 });
    expect(calls).toHaveLength(1);
    expect(seen).toEqual([['u9', -230, 'muộn']]);
  });
});

describe('ZaloClient against the emulator', () => {
  let emulator: ZaloEmulator;
  beforeAll(async () => { emulator = await startZaloEmulator({ port: 0, hangMs: 400 }); });
  afterAll(() => emulator.close());

  it('a request that times out after reaching Zalo is not sent again', async () => {
    const tokens = { accessToken: async () => emulator.accessToken, refreshAfterRejection: async () => emulator.accessToken };
    const client = new ZaloClient({ openapiUrl: emulator.url, tokens, logger: silentLogger, requestTimeoutMs: 100, sleep: async () => undefined });
    emulator.setFaults({ sendResults: ['hang'] });
    expect((await client.send('u1', { text: 'một lần thôi' })).status).toBe('failed');
    expect(emulator.messages('u1').map((m) => m.text)).toEqual(['một lần thôi']);
    expect(emulator.stats().sendCalls).toBe(1);
  });

  it('reads back what it sent with GET /v2.0/oa/conversation, refreshing a rejected token once', async () => {
    const refreshes: string[] = [];
    const tokens = { accessToken: async () => 'stale', refreshAfterRejection: async (t: string) => (refreshes.push(t), emulator.accessToken) };
    const client = new ZaloClient({ openapiUrl: emulator.url, tokens, logger: silentLogger, sleep: async () => undefined });
    expect(await client.send('reader-2', { text: 'đã gửi' })).toMatchObject({ status: 'sent' });
    const read = await client.recentMessages('reader-2', { offset: 0, count: 10 });
    expect(read).toEqual({ status: 'ok', messages: [{ src: 0, time: expect.any(Number), type: 'text', message: 'đã gửi', messageId: expect.any(String) }] });
    expect(refreshes).toEqual(['stale', 'stale']);
  });

  it('reports a conversation read Zalo refused, with its code', async () => {
    const tokens = { accessToken: async () => emulator.accessToken, refreshAfterRejection: async () => emulator.accessToken };
    const client = new ZaloClient({ openapiUrl: emulator.url, tokens, logger: silentLogger });
    emulator.setFaults({ conversationResults: [-32] });
    expect(await client.recentMessages('reader-2', { offset: 0, count: 10 })).toEqual({ status: 'failed', reason: 'error -32', code: -32 });
    expect(await client.recentMessages('reader-2', { offset: 0, count: 11 })).toEqual({ status: 'failed', reason: 'error -210', code: -210 });
  });
});
