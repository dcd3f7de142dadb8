import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startZaloEmulator } from './zalo-emulator.js';
import type { ZaloEmulator } from './zalo-emulator.js';

let emu: ZaloEmulator;
beforeAll(async () => { emu = await startZaloEmulator({ port: 0 }); });
afterAll(() => emu.close());

const send = (token: string | undefined, body: unknown) => fetch(`${emu.url}/v3.0/oa/message/cs`, {
  method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { access_token: token } : {}) }, body: JSON.stringify(body) });
const refresh = (secret: string, refreshToken: string) => fetch(`${emu.url}/v4/oa/access_token`, {
  method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: secret },
  body: new URLSearchParams({ refresh_token: refreshToken, app_id: emu.appId, grant_type: 'refresh_token' }) });
const text = (t: string) => ({ recipient: { user_id: 'u1' }, message: { text: t } });

describe('Zalo emulator wire protocol', () => {
  it.each<[string, string | undefined, unknown, number]>([
    ['no token', undefined, text('hi'), -216],
    ['unknown token', 'nope', text('hi'), -216],
    ['text over 2,000 characters', 'valid', text('x'.repeat(2001)), -210],
    ['six buttons', 'valid', { ...text('hi'), message: { text: 'hi', attachment: { type: 'template', payload: { buttons:
      Array.from({ length: 6 }, () => ({ title: 't', type: 'oa.query.hide', payload: 'p' })) } } } }, -210],
    ['valid', 'valid', text('hi'), 0],
  ])('send: %s → error %s with HTTP 200', async (_name, token, body, code) => {
    const res = await send(token === 'valid' ? emu.accessToken : token, body);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { error: number }).error).toBe(code);
  });

  it('issues a new pair once per refresh token, expires_in as a string', async () => {
    const first = await (await refresh(emu.appSecret, emu.refreshToken)).json() as Record<string, unknown>;
    expect(first).toMatchObject({ access_token: expect.any(String), refresh_token: expect.any(String), expires_in: '90000' });
    expect(await (await refresh(emu.appSecret, emu.refreshToken)).json()).toMatchObject({ error: -14020 });
    const wrongSecret = await refresh('oa-secret-by-mistake', String(first.refresh_token));
    expect(wrongSecret.status).toBe(404);
    expect(((await (await send(String(first.access_token), text('new token'))).json()) as { error: number }).error).toBe(0);
  });

  it('expires tokens and replays scripted faults in order', async () => {
    const faults = await fetch(`${emu.url}/emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sendResults: [-32, 500] }) });
    expect(faults.status).toBe(200);
    const codes = [];
    for (let i = 0; i < 3; i++) {
      const res = await send(emu.accessToken, text('f'));
      codes.push(res.status === 200 ? ((await res.json()) as { error: number }).error : res.status);
    }
    expect(codes).toEqual([-32, 500, 0]);
    emu.setFaults({ expireAccessToken: true });
    expect(await (await send(emu.accessToken, text('late'))).json()).toMatchObject({ error: -216 });
  });

  it('serves the chat page without inline user data', async () => {
    const res = await fetch(`${emu.url}/`);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('textContent');
    expect(html).not.toContain('innerHTML');
  });
});

describe('Zalo emulator: GET /v2.0/oa/conversation', () => {
  let emu: ZaloEmulator;
  beforeAll(async () => { emu = await startZaloEmulator({ port: 0 }); });
  afterAll(() => emu.close());
  const send = (body: unknown) => fetch(`${emu.url}/v3.0/oa/message/cs`, {
    method: 'POST', headers: { 'content-type': 'application/json', access_token: emu.accessToken }, body: JSON.stringify(body) });
  const conversation = (token: string | undefined, data: unknown) => fetch(`${emu.url}/v2.0/oa/conversation?data=${
    encodeURIComponent(typeof data === 'string' ? data : JSON.stringify(data))}`, { headers: token ? { access_token: token } : {} });

  it.each<[string, number, string | undefined, unknown]>([
    ['no token', -216, undefined, { user_id: 'u1', offset: 0, count: 10 }],
    ['no user', -201, 'valid', { offset: 0, count: 10 }],
    ['data that is not JSON', -201, 'valid', '{user_id:'],
    ['a negative offset', -201, 'valid', { user_id: 'u1', offset: -1, count: 5 }],
    ['count over 10', -210, 'valid', { user_id: 'u1', offset: 0, count: 11 }],
    ['valid', 0, 'valid', { user_id: 'u1', offset: 0, count: 10 }],
  ])('%s → error %i with HTTP 200', async (_name, code, token, data) => {
    const res = await conversation(token === 'valid' ? emu.accessToken : token, data);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { error: number; message: string };
    expect(body.error).toBe(code);
    expect(typeof body.message).toBe('string');
  });

  it('lists a conversation newest first, the user\'s messages (src 1) and the OA\'s (src 0), ten at most a page', async () => {
    emu.webhookUrl = 'http://127.0.0.1:1/nowhere';
    await emu.sendAsUser('reader-1', 'câu hỏi').catch(() => undefined);
    for (let i = 1; i <= 11; i++) await send({ recipient: { user_id: 'reader-1' }, message: { text: `trả lời ${i}` } });
    const first = (await (await conversation(emu.accessToken, { user_id: 'reader-1', offset: 0, count: 10 })).json()) as
      { error: number; data: Record<string, unknown>[] };
    expect(first.data.map((m) => m.message)).toEqual(Array.from({ length: 10 }, (_, i) => `trả lời ${11 - i}`));
    expect(first.data[0]).toEqual({ src: 0, time: expect.any(Number), type: 'text', message: 'trả lời 11', message_id: expect.any(String),
      from_id: '579745863508352884', to_id: 'reader-1', from_display_name: expect.any(String), to_display_name: expect.any(String) });
    const second = (await (await conversation(emu.accessToken, { user_id: 'reader-1', offset: 10, count: 10 })).json()) as
      { data: Record<string, unknown>[] };
    expect(second.data.map((m) => [m.src, m.message, m.from_id])).toEqual([[0, 'trả lời 1', '579745863508352884'], [1, 'câu hỏi', 'reader-1']]);
    expect(Number(second.data[1]!.time)).toBeLessThanOrEqual(Number(second.data[0]!.time));
  });

  it('replays scripted conversation faults, then answers again', async () => {
    emu.setFaults({ conversationResults: [-32, 503] });
    const first = await conversation(emu.accessToken, { user_id: 'u1', offset: 0, count: 1 });
    expect(await first.json()).toMatchObject({ error: -32 });
    expect((await conversation(emu.accessToken, { user_id: 'u1', offset: 0, count: 1 })).status).toBe(503);
    expect(await (await conversation(emu.accessToken, { user_id: 'u1', offset: 0, count: 1 })).json()).toMatchObject({ error: 0 });
  });

});
