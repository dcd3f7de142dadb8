import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMessengerEmulator, type MessengerEmulator } from '../bot/channels/messenger/emulator/messenger-emulator.js';
import { pageDelivery } from '../bot/channels/messenger/emulator/webhook-delivery.js';
import { MESSENGER_MAX_EVENT_AGE_MS } from '../bot/channels/messenger/messenger-webhook.js';
import { ZALO_DEDUPE_TTL_MS } from '../bot/channels/zalo/zalo-webhook.js';
import { parseConfig } from '../bot/config.js';
import { silentLogger } from '../core/logger.js';
import { startServer, type RunningServer } from '../bot/server.js';
import { CONVERSATION, volunteerReplyText } from '../prompts/conversation.js';
import { waitFor } from '../bench/load.js';

// The whole Messenger flow with the real bot over real HTTP: signed delivery → durable queue → answer engine → Send API
// of the emulated Graph API; volunteers answer from the admin inbox. Both clocks move together by `offset`.
let emulator: MessengerEmulator;
let bot: RunningServer;
let dataDir: string;
let offset = 0;
const HOUR = 3_600_000;
const LONG_QUESTION = 'quy trình dài về thủ tục đăng ký thường trú trực tuyến';
const ADMIN = { username: 'admin-messenger', password: 'mat-khau-messenger-1' };

beforeAll(async () => {
  emulator = await startMessengerEmulator({ port: 0, now: () => Date.now() + offset });
  dataDir = mkdtempSync(join(tmpdir(), 'messenger-e2e-'));
  bot = await startServer(parseConfig({ ...emulator.botSettings(), DATA_DIR: dataDir, PORT: '0', ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password }),
    { logger: silentLogger, now: () => new Date(Date.now() + offset) });
  emulator.webhookUrl = `${bot.url}/api/messenger/webhook`;
  // A reviewed answer longer than one message (before any turn: the bot reads curated answers through a short cache).
  const step = 'Bước tiếp theo: người dân kiểm tra thông tin trên ứng dụng VNeID và bấm xác nhận trước khi nộp hồ sơ. ';
  await bot.store.createCurated({ question: LONG_QUESTION, answer: step.repeat(45).trim(), citations: [], articleHashes: {}, createdBy: ADMIN.username });
});
afterAll(async () => {
  await bot.close();
  await emulator.close();
  rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(() => {
  offset = 0;
});

let seq = 0;
const newPsid = () => `67${Date.now() % 1e9}${++seq}`;
const replies = async (psid: string, count: number) => {
  await waitFor(() => emulator.messages(psid).length >= count, 15_000, `${count} messages to ${psid}`);
  return emulator.messages(psid);
};
const turnsOf = async (question: string) => (await bot.store.listTurns({ limit: 200 })).items.filter((t) => t.question === question);

describe('Messenger webhook', () => {
  it('answers Meta\'s verification handshake with the challenge, and 403 to a wrong token or mode', async () => {
    expect(await emulator.verifyWebhook(undefined, '1158201444')).toMatchObject({ status: 200, body: '1158201444' });
    expect((await emulator.verifyWebhook('not-the-token', '1158201444')).status).toBe(403);
    const url = `${emulator.webhookUrl}?hub.mode=unsubscribe&hub.verify_token=${emulator.verifyToken}&hub.challenge=1`;
    expect((await fetch(url)).status).toBe(403);
  });

  it('refuses a bad or missing signature with 401 and answers nothing', async () => {
    const psid = newPsid();
    const body = pageDelivery(emulator.pageId, Date.now(), [{ sender: { id: psid }, recipient: { id: emulator.pageId }, timestamp: Date.now(),
      message: { mid: `m_forged_${psid}`, text: 'làm căn cước ở đâu' } }]);
    expect((await emulator.deliver(body, 'bad')).status).toBe(401);
    expect((await emulator.deliver(body, 'none')).status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(emulator.messages(psid)).toEqual([]);
  });

  it('keeps its replay window inside the time the queue remembers a mid', () => {
    expect(MESSENGER_MAX_EVENT_AGE_MS).toBeLessThan(ZALO_DEDUPE_TTL_MS);
  });

  it('drops a signed event older than Meta retries (a captured body replayed) or ahead of the clock, and answers the fresh one beside them', async () => {
    const [stale, ahead, fresh] = [newPsid(), newPsid(), newPsid()];
    const event = (psid: string, at: number) => ({ sender: { id: psid }, recipient: { id: emulator.pageId }, timestamp: at,
      message: { mid: `m_window_${psid}`, text: 'tổ công nghệ số cộng đồng làm gì' } });
    // Both wrote lately as far as Meta counts the 24 h window: only the bot's own replay window tells them apart.
    for (const psid of [stale, ahead, fresh]) emulator.state.lastUserMessage.set(psid, Date.now());
    const body = pageDelivery(emulator.pageId, Date.now(), [event(stale, Date.now() - 37 * HOUR), event(ahead, Date.now() + 11 * 60_000),
      event(fresh, Date.now())]);
    expect((await emulator.deliver(body)).status).toBe(200);
    await replies(fresh, 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(emulator.messages(stale)).toEqual([]);
    expect(emulator.messages(ahead)).toEqual([]);
  });
});

describe('Messenger end to end (emulator)', () => {
  it('answers a question with citations, sources last and feedback as quick replies', async () => {
    const psid = newPsid();
    expect((await emulator.sendAsUser(psid, 'chu ky so mien phi lam o dau')).status).toBe(200);
    const [reply] = await replies(psid, 1);
    expect(reply!.messaging_type).toBe('RESPONSE');
    expect(reply!.text).toContain('một cửa');
    expect(reply!.text).toMatch(/Nguồn:\n\[1\] /);
    expect(reply!.quick_replies.map((q) => q.payload)).toEqual([CONVERSATION.buttons.helpful, CONVERSATION.buttons.notHelpful, CONVERSATION.buttons.human]);
  });

  it('takes a quick-reply tap as feedback on the answer before it', async () => {
    const psid = newPsid();
    const question = 'Hải Phòng có bao nhiêu dịch vụ công trực tuyến?';
    await emulator.sendAsUser(psid, question);
    const [answer] = await replies(psid, 1);
    const helpful = answer!.quick_replies.find((q) => q.payload === CONVERSATION.buttons.helpful)!;
    await emulator.sendAsUser(psid, { quickReply: helpful });
    expect((await replies(psid, 2))[1]!.text).toBe(CONVERSATION.feedbackThanksUp);
    const [asked] = (await turnsOf(question)).filter((t) => t.channel === 'messenger');
    expect(asked).toMatchObject({ status: 'answered', feedback: 'up' });
  });

  it('offers the starter questions as quick replies under the "I read text" reply, and a tap asks the whole question', async () => {
    const psid = newPsid();
    await emulator.sendAsUser(psid, { attachment: 'image' });
    const [polite] = await replies(psid, 1);
    expect(polite!.text).toBe(CONVERSATION.unsupportedMedia);
    expect(polite!.quick_replies.map((q) => q.payload)).toEqual(CONVERSATION.starterQuestions);
    // Titles are shortened to Meta's 20 characters; the payload carries the question whole.
    expect(polite!.quick_replies.every((q) => Array.from(q.title).length <= 20)).toBe(true);
    await emulator.sendAsUser(psid, { quickReply: polite!.quick_replies[0]! });
    await replies(psid, 2);
    expect(await turnsOf(CONVERSATION.starterQuestions[0]!)).not.toEqual([]);
  });

  it('splits a long answer into messages of at most 2,000 characters, quick replies on the last', async () => {
    const question = LONG_QUESTION;
    const psid = newPsid();
    await emulator.sendAsUser(psid, question);
    await replies(psid, 3);
    await new Promise((r) => setTimeout(r, 200));
    const parts = emulator.messages(psid);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const p of parts) expect(Array.from(p.text).length).toBeLessThanOrEqual(2000);
    expect(parts.slice(0, -1).every((p) => p.quick_replies.length === 0)).toBe(true);
    expect(parts.at(-1)!.quick_replies.length).toBeGreaterThan(0);
    expect(parts.map((p) => p.text).join(' ')).toContain('Bước tiếp theo');
  });

  it('answers a redelivered mid once, however often Meta delivers it', async () => {
    const psid = newPsid();
    const { event } = await emulator.sendAsUser(psid, 'tổ công nghệ số cộng đồng làm gì');
    await replies(psid, 1);
    const again = pageDelivery(emulator.pageId, Date.now(), [event]);
    const [a, b] = await Promise.all([emulator.deliver(again), emulator.deliver(again)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await new Promise((r) => setTimeout(r, 500));
    expect(emulator.messages(psid)).toHaveLength(1);
  });

  it('stores no PSID and no personal number', async () => {
    const psid = newPsid();
    await emulator.sendAsUser(psid, 'số của tôi là 0912345678, làm căn cước ở đâu');
    await replies(psid, 1);
    const logged = JSON.stringify((await bot.store.listTurns({ limit: 200 })).items);
    expect(logged).not.toContain(psid);
    expect(logged).not.toContain('0912345678');
  });

  it('retries a rate limit and a server error with backoff, and does not retry an invalid parameter', async () => {
    const psid = newPsid();
    emulator.setFaults([613, 500]);
    await emulator.sendAsUser(psid, 'chữ ký số miễn phí làm ở đâu');
    expect((await replies(psid, 1))[0]!.text).toContain('Nguồn:');
    const other = newPsid();
    const before = emulator.state.stats.sends;
    emulator.setFaults([100]);
    await emulator.sendAsUser(other, 'chữ ký số miễn phí làm ở đâu');
    await waitFor(() => emulator.state.stats.sends > before, 15_000, 'the send');
    await new Promise((r) => setTimeout(r, 1500));
    expect(emulator.messages(other)).toEqual([]);
    expect(emulator.state.stats.sends).toBe(before + 1);
  });
});

describe('volunteers answer Messenger residents from the inbox', () => {
  interface Auth { cookie: string; csrf: string }
  let auth: Auth;
  const call = (path: string, body?: unknown) => fetch(`${bot.url}${path}`, { method: body === undefined ? 'GET' : 'POST',
    headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const handoffFor = async (psid: string) => {
    await emulator.sendAsUser(psid, 'gặp tư vấn viên');
    await replies(psid, 1);
    const list = (await (await call('/admin/api/handoffs')).json()) as { items: { id: string; channel: string; channelLabel: string }[] };
    return list.items.filter((h) => h.channel === 'messenger');
  };
  const windowOf = async (id: string) => ((await (await call('/admin/api/handoffs')).json()) as { items: { id: string; window: { kind: string } }[] })
    .items.find((h) => h.id === id)!.window.kind;

  beforeAll(async () => {
    const res = await fetch(`${bot.url}/admin/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    expect(res.status).toBe(200);
    auth = { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
  });

  it('sends within 24 h as RESPONSE, with HUMAN_AGENT up to 7 days, and refuses after', async () => {
    const psid = newPsid();
    const before = new Set((await handoffFor(newPsid())).map((h) => h.id));
    const h = (await handoffFor(psid)).find((x) => !before.has(x.id))!;
    expect(h.channelLabel).toBe('Messenger');
    expect(await windowOf(h.id)).toBe('free');
    expect(await (await call(`/admin/api/handoffs/${h.id}/reply`, { text: 'Bạn mang căn cước đến UBND phường nhé.' })).json()).toEqual({ delivered: true });
    expect(emulator.messages(psid).at(-1)).toMatchObject({ text: volunteerReplyText('Bạn mang căn cước đến UBND phường nhé.'), messaging_type: 'RESPONSE' });

    offset = 30 * HOUR;
    expect(await windowOf(h.id)).toBe('human_agent');
    expect(await (await call(`/admin/api/handoffs/${h.id}/reply`, { text: 'Bạn đã làm được chưa?' })).json()).toEqual({ delivered: true });
    expect(emulator.messages(psid).at(-1)).toMatchObject({ text: volunteerReplyText('Bạn đã làm được chưa?'), messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });

    offset = 8 * 24 * HOUR;
    expect(await windowOf(h.id)).toBe('closed');
    const late = (await (await call(`/admin/api/handoffs/${h.id}/reply`, { text: 'Trả lời muộn' })).json()) as { delivered: boolean; error: string };
    expect(late.delivered).toBe(false);
    expect(late.error).toContain('Messenger');
    expect(emulator.messages(psid).at(-1)!.text).not.toContain('Trả lời muộn');
    // The inbox page shows the closed window.
    expect(await (await call('/admin/inbox')).text()).toContain('Đã hết thời hạn');
  });

  it('surfaces a revoked Page token (190) to staff: on the admin health and dashboard, in the inbox reply, never on the public /healthz; cleared once a send goes out', async () => {
    const psid = newPsid();
    const [h] = (await handoffFor(psid)).slice(-1);
    emulator.revokeToken();
    await emulator.sendAsUser(psid, 'chữ ký số miễn phí làm ở đâu');
    await waitFor(async () => JSON.stringify(await (await call('/admin/api/health')).json()).includes('190'), 15_000, 'the token problem on the admin health');
    const health = (await (await call('/admin/api/health')).json()) as { status: string; problems: string[] };
    // The instance still serves the other channels: not degraded, and the public check stays a plain 200.
    expect(health.status).toBe('ok');
    expect(health.problems.join(' ')).toMatch(/MESSENGER_PAGE_ACCESS_TOKEN/);
    const publicHealth = await fetch(`${bot.url}/healthz`);
    expect(publicHealth.status).toBe(200);
    expect(await publicHealth.json()).toEqual({ status: 'ok' });
    expect(await (await call('/admin')).text()).toMatch(/id="health-problems"[\s\S]*MESSENGER_PAGE_ACCESS_TOKEN/);
    // Without a session the admin health is closed.
    expect((await fetch(`${bot.url}/admin/api/health`)).status).toBe(401);
    const refused = (await (await call(`/admin/api/handoffs/${h!.id}/reply`, { text: 'Bạn chờ chút nhé.' })).json()) as { delivered: boolean; error: string };
    expect(refused).toMatchObject({ delivered: false });
    expect(refused.error).toMatch(/190.*MESSENGER_PAGE_ACCESS_TOKEN/);
    emulator.state.tokenRevoked = false;
    expect(await (await call(`/admin/api/handoffs/${h!.id}/reply`, { text: 'Bạn chờ chút nhé.' })).json()).toEqual({ delivered: true });
    expect(await (await call('/admin/api/health')).json()).toEqual({ status: 'ok' });
    expect(await (await call('/admin')).text()).not.toContain('health-problems');
  });
});
