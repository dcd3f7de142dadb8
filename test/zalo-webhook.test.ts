import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActivityHandler } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../core/logger.js';
import { startZaloEmulator } from '../bot/channels/zalo/emulator/zalo-emulator.js';
import type { ZaloEmulator } from '../bot/channels/zalo/emulator/zalo-emulator.js';
import { MemoryLock, MemoryTokenStore } from '../bot/channels/zalo/memory-state.js';
import { MemoryInboundQueue } from '../bot/queue/memory-inbound-queue.js';
import { isZaloWebhook } from '../bot/channels/zalo/zalo-webhook.js';
import type { ZaloTokens } from '../core/ports/zalo-tokens.js';
import { mountZalo } from '../bot/channels/zalo/mount-zalo.js';
import { startQueueConsumer, type QueueConsumer } from '../bot/queue/queue-consumer.js';

const HOUR = 3_600_000;
const LONG_ANSWER = Array.from({ length: 90 }, (_, i) => `Đây là câu trả lời thứ ${i + 1} về thủ tục cấp căn cước.`).join(' ');
const SOURCES = 'Nguồn:\n1. Luật Căn cước 2023\n2. Nghị định 70/2024/NĐ-CP';

/** A gate the 'slow' turns wait at until a test opens it: a turn is slow for as long as the test says, not by a timer. */
function closedGate(): { readonly passed: Promise<void>; open(): void } {
  let open!: () => void;
  const passed = new Promise<void>((resolve) => { open = resolve; });
  return { passed, open };
}
let slowGate = closedGate();

/** Stands in for the real bot: echoes text, answers attachments and follows, and sends a long cited answer. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = context.activity.text;
      await context.sendActivity({ type: 'typing' });
      if (!text) await context.sendActivity('only text, please');
      else if (text === 'slow') await slowGate.passed.then(() => context.sendActivity('slow done'));
      else if (text === 'long') {
        await context.sendActivity({ type: 'message', text: `**Trả lời:** ${LONG_ANSWER}\n\n${SOURCES}`, suggestedActions: { to: [],
          actions: [{ type: 'imBack', title: '👍', value: 'feedback:up' }, { type: 'imBack', title: '👎', value: 'feedback:down' }] } });
      } else await context.sendActivity(`echo: ${text}`);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await context.sendActivity('welcome');
      await next();
    });
  }
}

/** Records each save together with how many messages the emulator had accepted at that moment. */
class RecordingStore extends MemoryTokenStore {
  readonly saves: { tokens: ZaloTokens; sentBefore: number }[] = [];
  constructor(private readonly emulator: () => ZaloEmulator) {
    super();
  }
  override async save(tokens: ZaloTokens): Promise<void> {
    this.saves.push({ tokens, sentBefore: this.emulator().stats().sent });
    await super.save(tokens);
  }
}

let emulator: ZaloEmulator;
let server: Server;
let zalo: QueueConsumer;
let webhookUrl: string;
let store: RecordingStore;
let offset = 0;
const undeliverable: [string, number, string][] = [];
const sleeps: number[] = [];

beforeAll(async () => {
  emulator = await startZaloEmulator({ port: 0, host: '127.0.0.1' });
  store = new RecordingStore(() => emulator);
  const now = () => Date.now() + offset;
  const queue = new MemoryInboundQueue();
  // The root's queue consumer runs the Zalo turns: `zalo` below is it (poke, idle, stop).
  let consumer: QueueConsumer | undefined;
  const mounted = mountZalo({
    onStored: () => consumer?.poke(),
    config: { appId: emulator.appId, oaSecretKey: emulator.oaSecretKey, appSecret: emulator.appSecret, accessToken: emulator.accessToken,
      refreshToken: emulator.refreshToken, openapiUrl: emulator.url, oauthUrl: emulator.url },
    bot: new EchoBot(), queue, tokens: store, lock: new MemoryLock(), logger: silentLogger, now,
    onUndeliverable: (userId, code, text) => void undeliverable.push([userId, code, text]),
    sleep: async (ms) => void sleeps.push(ms),
  });
  zalo = consumer = startQueueConsumer({ queue, turns: new Map([['zalo', (e) => mounted.run(e)]]), logger: silentLogger, now });
  // The webhook is a plain node:http handler (the server hands it the webhook's POSTs before express).
  const webhook = mounted.webhook;
  const handler = createServer((req, res) => (isZaloWebhook(req) ? webhook(req, res) : res.writeHead(404).end()));
  server = await new Promise<Server>((resolve) => { const s = handler.listen(0, '127.0.0.1', () => resolve(s)); });
  webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/zalo/webhook`;
  emulator.webhookUrl = webhookUrl;
});

afterAll(async () => {
  await zalo.idle();
  await new Promise((r) => server.close(r));
  await emulator.close();
});

beforeEach(() => {
  slowGate = closedGate();
  offset = 0;
  emulator.state.reset();
  undeliverable.length = 0;
  sleeps.length = 0;
});

let seq = 0;
const newUser = () => `84${Date.now()}${++seq}`;
const texts = (userId: string) => emulator.messages(userId).map((m) => m.text);
const imageEvent = (userId: string) => ({ app_id: emulator.appId, user_id_by_app: '7529811347416428912', event_name: 'user_send_image',
  timestamp: String(Date.now()), sender: { id: userId }, recipient: { id: '579745863508352884' },
  message: { msg_id: `img${++seq}`, attachments: [{ type: 'image', payload: { url: 'https://photo-stal-1.zdn.vn/a.jpg', thumbnail: 'https://photo-stal-1.zdn.vn/t.jpg' } }] } });

describe('POST /api/zalo/webhook', () => {
  it('acknowledges a signed text at once and the reply arrives at Zalo afterwards', async () => {
    const user = newUser();
    const delivery = await emulator.sendAsUser(user, 'slow');
    expect(delivery.status).toBe(200);
    expect(JSON.parse(delivery.body)).toEqual({ ok: true });
    // Acknowledged while the turn was still held at the gate: the turn runs after the 200.
    expect(texts(user)).toEqual([]);
    slowGate.open();
    await zalo.idle();
    expect(emulator.messages(user)).toMatchObject([{ user_id: user, text: 'slow done', buttons: [] }]);
  });

  it('answers one resident\'s messages in the order sent: the next waits for the slow turn before it, others do not', async () => {
    const [user, other] = [newUser(), newUser()];
    await emulator.sendAsUser(user, 'slow');
    await new Promise((r) => setTimeout(r, 5));
    await emulator.sendAsUser(user, 'right after');
    await emulator.sendAsUser(other, 'meanwhile');
    // Another resident is answered while the slow turn is held; this resident's next message waits behind it.
    await expect.poll(() => texts(other), { timeout: 15_000 }).toEqual(['echo: meanwhile']);
    expect(texts(user)).toEqual([]);
    slowGate.open();
    await zalo.idle();
    expect(texts(user)).toEqual(['slow done', 'echo: right after']);
  });

  it('replies to a text with exactly one message (typing is not sent)', async () => {
    const user = newUser();
    await emulator.sendAsUser(user, 'Xin chào');
    await zalo.idle();
    expect(texts(user)).toEqual(['echo: Xin chào']);
  });

  it.each(['bad', 'none'] as const)('refuses a %s signature with 401 and does nothing', async (signature) => {
    const user = newUser();
    const event = (await import('../bot/channels/zalo/emulator/webhook-delivery.js')).userTextEvent({
      appId: emulator.appId, oaId: '1', userId: user, text: 'hi', now: Date.now() });
    expect((await emulator.deliver(event, signature)).status).toBe(401);
    await zalo.idle();
    expect(texts(user)).toEqual([]);
    // Nothing was claimed either: the genuine delivery of the same event is still answered.
    expect((await emulator.deliver(event)).status).toBe(200);
    await zalo.idle();
    expect(texts(user)).toEqual(['echo: hi']);
  });

  it('answers 400 to malformed JSON', async () => {
    const res = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': `mac=${'a'.repeat(64)}` }, body: '{"event_name":' });
    expect(res.status).toBe(400);
  });

  it('answers 413 to a body over 64 KB, even when signed', async () => {
    const user = newUser();
    const event = { ...imageEvent(user), event_name: 'user_send_text', message: { msg_id: 'big1', text: 'x'.repeat(70_000) } };
    expect((await emulator.deliver(event)).status).toBe(413);
    await zalo.idle();
    expect(texts(user)).toEqual([]);
  });

  it.each([
    ['an unknown event', (u: string) => ({ ...imageEvent(u), event_name: 'user_send_hologram' })],
    ['an oa_send_text echo', (u: string) => ({ ...imageEvent(u), event_name: 'oa_send_text', sender: { id: '579745863508352884' }, recipient: { id: u }, message: { msg_id: `e${++seq}`, text: 'echo: hi' } })],
    ['unfollow', (u: string) => ({ app_id: emulator.appId, oa_id: '1', event_name: 'unfollow', timestamp: String(Date.now()), follower: { id: u } })],
  ])('acknowledges %s with 200 and ignores it', async (_name, build) => {
    const user = newUser();
    const delivery = await emulator.deliver(build(user));
    expect(delivery.status).toBe(200);
    await zalo.idle();
    expect(texts(user)).toEqual([]);
    expect(emulator.stats().sendCalls).toBe(0);
  });

  it('answers a re-delivered event once: twice at once, again later and a day later', async () => {
    const user = newUser();
    const { event } = await emulator.sendAsUser(user, 'một lần');
    const again = await Promise.all([emulator.deliver(event), emulator.deliver(event)]);
    expect(again.map((d) => d.status)).toEqual([200, 200]);
    await zalo.idle();
    offset = 23 * HOUR;
    expect((await emulator.deliver(event)).status).toBe(200);
    await zalo.idle();
    expect(texts(user)).toEqual(['echo: một lần']);
    // Past the accepted window a signed body can only be a replay: refused outright.
    offset = 25 * HOUR;
    expect((await emulator.deliver(event)).status).toBe(401);
  });

  it('answers an image with the bot reply for non-text messages, and a follow with a welcome', async () => {
    const user = newUser();
    await emulator.deliver(imageEvent(user));
    await emulator.deliver({ app_id: emulator.appId, oa_id: '1', event_name: 'follow', timestamp: String(Date.now()), source: 'oa_profile', follower: { id: user } });
    await zalo.idle();
    expect(texts(user).sort()).toEqual(['only text, please', 'welcome']);
  });

  it('splits a long answer into messages of at most 2,000 characters, sources and buttons last', async () => {
    const user = newUser();
    await emulator.sendAsUser(user, 'long');
    await zalo.idle();
    const sent = emulator.messages(user);
    expect(sent.length).toBeGreaterThan(1);
    for (const m of sent) expect(m.text.length).toBeLessThanOrEqual(2000);
    for (const m of sent.slice(0, -1)) expect(m.buttons).toEqual([]);
    expect(sent.at(-1)?.buttons).toEqual([{ title: '👍', type: 'oa.query.hide', payload: 'feedback:up' }, { title: '👎', type: 'oa.query.hide', payload: 'feedback:down' }]);
    expect(sent.at(-1)?.text.endsWith(SOURCES)).toBe(true);
    expect(sent.map((m) => m.text).join(' ')).not.toContain('**');
  });
});

describe('sending through Zalo', () => {
  it('refreshes an expired token exactly once for 20 concurrent replies, saving the new pair before using it', async () => {
    emulator.setFaults({ expireAccessToken: true });
    const users = Array.from({ length: 20 }, newUser);
    const deliveries = await Promise.all(users.map((u, i) => emulator.sendAsUser(u, `câu ${i}`)));
    expect(deliveries.every((d) => d.status === 200)).toBe(true);
    await zalo.idle();
    users.forEach((u, i) => expect(texts(u)).toEqual([`echo: câu ${i}`]));
    const stats = emulator.stats();
    expect(stats.refreshCalls).toBe(1);
    expect(stats.refreshFailures).toBe(0);
    expect(stats.sent).toBe(20);
    expect(store.saves).toHaveLength(1);
    expect(store.saves[0]?.sentBefore).toBe(0);
    const saved = store.saves[0]!.tokens;
    expect(saved.accessToken).not.toBe(emulator.accessToken);
    expect(saved.expiresAt).toBeGreaterThan(Date.now() + 24 * HOUR);
    expect(emulator.state.refreshTokens.get(emulator.refreshToken)).toBe('used');

    // The next refresh must use the saved refresh token (the one from settings is spent: -14020 if reused).
    emulator.setFaults({ expireAccessToken: true });
    const user = newUser();
    await emulator.sendAsUser(user, 'lại');
    await zalo.idle();
    expect(texts(user)).toEqual(['echo: lại']);
    expect(emulator.stats()).toMatchObject({ refreshCalls: 2, refreshFailures: 0 });
    expect(store.saves).toHaveLength(2);
  });

  it.each([[-32], [500], [503]])('retries after %s and delivers exactly one message', async (fault) => {
    emulator.setFaults({ sendResults: [fault] });
    const user = newUser();
    await emulator.sendAsUser(user, 'thử lại');
    await zalo.idle();
    expect(texts(user)).toEqual(['echo: thử lại']);
    expect(emulator.stats()).toMatchObject({ sendCalls: 2, sent: 1 });
    expect(sleeps).toHaveLength(1);
  });

  it('gives up after bounded retries with growing delays', async () => {
    emulator.setFaults({ sendResults: [-32, -32, -32, -32, -32] });
    const user = newUser();
    await emulator.sendAsUser(user, 'quá tải');
    await zalo.idle();
    expect(texts(user)).toEqual([]);
    expect(emulator.stats().sendCalls).toBe(4);
    expect(sleeps).toHaveLength(3);
    expect(sleeps[2]!).toBeGreaterThan(sleeps[0]!);
    emulator.state.faults = [];
  });

  it.each([[-230], [-232]])('does not retry %s and reports the user as undeliverable', async (code) => {
    emulator.setFaults({ sendResults: [code] });
    const user = newUser();
    await emulator.sendAsUser(user, 'muộn');
    await zalo.idle();
    expect(texts(user)).toEqual([]);
    expect(emulator.stats().sendCalls).toBe(1);
    expect(undeliverable).toEqual([[user, code, 'echo: muộn']]);
  });

  it('survives a turn whose send fails with an unexpected error code', async () => {
    emulator.setFaults({ sendResults: [-201] });
    const first = newUser();
    await emulator.sendAsUser(first, 'a');
    await zalo.idle();
    const second = newUser();
    await emulator.sendAsUser(second, 'b');
    await zalo.idle();
    expect(texts(first)).toEqual([]);
    expect(texts(second)).toEqual(['echo: b']);
    expect(emulator.stats().sendCalls).toBe(2);
  });
});
