import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startZaloEmulator, type ZaloEmulator } from '../bot/channels/zalo/emulator/zalo-emulator.js';
import { parseConfig } from '../bot/config.js';
import { silentLogger } from '../core/logger.js';
import { startServer, type RunningServer } from '../bot/server.js';
import { ChannelHandoffSender } from '../bot/handoff/handoff-sender.js';
import { CONVERSATION } from '../prompts/conversation.js';
import { waitFor } from '../bench/load.js';
import { WebchatClient } from './support/webchat-client.js';

// The loop between residents and the community team through the real server: corrections reused, handoffs
// answered on the resident's channel, articles added without a restart.
let emulator: ZaloEmulator;
let bot: RunningServer;
let dataDir: string;

beforeAll(async () => {
  emulator = await startZaloEmulator({ port: 0 });
  dataDir = mkdtempSync(join(tmpdir(), 'review-loop-'));
  bot = await startServer(parseConfig({ ...emulator.botSettings(), DATA_DIR: dataDir, PORT: '0', ADMIN_USERNAME: 'quantri',
    ADMIN_PASSWORD: 'mat-khau-dai-du' }), { logger: silentLogger });
  emulator.webhookUrl = `${bot.url}/api/zalo/webhook`;
});
afterAll(async () => {
  await bot.close();
  await emulator.close();
  rmSync(dataDir, { recursive: true, force: true });
});

// One web chat resident per conversation name, keeping the identity cookie and conversation id the server issues.
const residents = new Map<string, WebchatClient>();
const resident = (name: string): WebchatClient => {
  if (!residents.has(name)) residents.set(name, new WebchatClient(bot.url));
  return residents.get(name)!;
};
const chat = async (text: string, conversation = 'c1') => {
  const body = await resident(conversation).ask(text);
  return body.activities[0]! as { text: string; channelData: { status: string } };
};
const handoffs = (sender = bot) => sender.store.listHandoffs('open');

describe('first admin', () => {
  it('is created from ADMIN_USERNAME / ADMIN_PASSWORD, with the password hashed', async () => {
    const user = await bot.store.userByUsername('quantri');
    expect(user?.role).toBe('admin');
    expect(user?.passwordHash).toMatch(/^scrypt\$/);
    expect(user?.passwordHash).not.toContain('mat-khau-dai-du');
  });
});

describe('curated answers', () => {
  it('serves a correction for a matching question, cites what it cites, and counts the hit', async () => {
    const first = await chat('Chữ ký số miễn phí làm ở đâu?', 'cur-1');
    expect(first.channelData.status).toBe('answered');
    const turn = (await bot.store.listTurns({ q: 'Chữ ký số miễn phí làm ở đâu' })).items[0]!;
    const curated = await bot.store.createCurated({ question: turn.question, answer: 'Đến bộ phận một cửa của UBND quận, huyện, mang theo căn cước.',
      citations: turn.citations, articleHashes: Object.fromEntries(turn.citations.map((c) => [c.articleId, bot.corpus.articleHash(c.articleId)!])),
      createdBy: 'quantri' }, turn.turnId);
    await new Promise((r) => setTimeout(r, 1100));
    const again = await chat('chu ky so mien phi lam o dau', 'cur-2');
    expect(again.channelData.status).toBe('curated');
    expect(again.text).toContain(CONVERSATION.curatedLead);
    expect(again.text).toContain('mang theo căn cước');
    expect(again.text).toMatch(/Nguồn:\n\[1\] /);
    expect((await bot.store.getCurated(curated.id))?.hits).toBe(1);
    expect((await bot.store.listTurns({ status: 'curated' })).total).toBe(1);
    // Logged citations carry their article's version, so they resolve to what the resident saw.
    expect(turn.citations[0]).toEqual({ ...turn.citations[0], articleVersion: bot.corpus.articleHash(turn.citations[0]!.articleId) });
  });
});

describe('handoff inbox', () => {
  it('puts a web chat resident in the inbox and delivers the volunteer reply to the page', async () => {
    await chat('lý lịch tư pháp qua VNeID mất mấy ngày?', 'ho-1');
    expect((await chat(CONVERSATION.buttons.human, 'ho-1')).text).toBe(CONVERSATION.handoff);
    const h = (await handoffs()).find((x) => x.channel === 'webchat')!;
    expect(h.question).toBe('lý lịch tư pháp qua VNeID mất mấy ngày?');
    expect(h.address).toContain(resident('ho-1').conversationId);
    // A volunteer answers through the admin API; the page picks the reply up from its update endpoint.
    const login = await fetch(`${bot.url}/admin/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'quantri', password: 'mat-khau-dai-du' }) });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const send = (text: string) => fetch(`${bot.url}/admin/api/handoffs/${h.id}/reply`, { method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken }, body: JSON.stringify({ text }) });
    // A phone number would reach the page as a placeholder (the store keeps none): refused, saying why, and nothing sent.
    const withNumber = (await (await send('Bạn gọi 024 3825 1234 nhé.')).json()) as { delivered: boolean; error?: string };
    expect(withNumber).toMatchObject({ delivered: false, error: expect.stringContaining('số điện thoại') });
    const reply = await send('Thường 3 ngày làm việc.');
    expect(reply.status).toBe(200);
    const res = await resident('ho-1').updates(0);
    const update = (await res.json()) as { activities: { text: string }[]; next: number };
    expect(update.activities.map((a) => a.text)).toEqual([`${CONVERSATION.volunteerLead}\nThường 3 ngày làm việc.`]);
    const after = await resident('ho-1').updates(update.next);
    expect(((await after.json()) as { activities: unknown[] }).activities).toEqual([]);
    expect((await bot.store.getHandoff(h.id))?.status).toBe('answered');
  });

  it('answers a Zalo resident inside the window and refuses after seven days', async () => {
    await emulator.sendAsUser('2001', 'gặp tư vấn viên');
    await waitFor(() => emulator.messages('2001').length >= 1, 10_000, 'the handoff reply');
    const h = (await handoffs()).find((x) => x.channel === 'zalo')!;
    expect(JSON.parse(h.address).user.id).toBe('2001');
    const zaloSend = async (userId: string, text: string) => {
      const r = await fetch(`${emulator.url}/v3.0/oa/message/cs`, { method: 'POST', headers: { 'content-type': 'application/json', access_token: emulator.accessToken },
        body: JSON.stringify({ recipient: { user_id: userId }, message: { text } }) });
      const body = (await r.json()) as { error: number };
      return body.error === 0 ? { status: 'sent' as const } : { status: 'undeliverable' as const, code: body.error };
    };
    // Zalo's side of the channel contract, sending straight to the emulated OpenAPI.
    const zalo = { async deliver(address: string, text: string) {
      const r = await zaloSend((JSON.parse(address) as { user: { id: string } }).user.id, text);
      return r.status === 'sent' ? { delivered: true as const } : { delivered: false as const, error: `Zalo từ chối (mã ${r.code}).` };
    } };
    const now = new Date();
    const sender = new ChannelHandoffSender({ store: bot.store, logger: silentLogger, now: () => now, channels: new Map([['zalo', zalo]]) });
    expect(sender.window(h).kind).toBe('free');
    expect(await sender.reply(h.id, 'Bạn mang căn cước đến UBND phường nhé.', 'tinh-nguyen-vien')).toEqual({ delivered: true });
    expect(emulator.messages('2001').at(-1)?.text).toBe(`${CONVERSATION.volunteerLead}\nBạn mang căn cước đến UBND phường nhé.`);
    const late = new ChannelHandoffSender({ store: bot.store, logger: silentLogger, now: () => new Date(now.getTime() + 8 * 86_400_000),
      channels: new Map([['zalo', zalo]]) });
    const refused = await late.reply(h.id, 'Trả lời muộn', 'tinh-nguyen-vien');
    expect(refused.delivered).toBe(false);
    expect(emulator.messages('2001').at(-1)?.text).not.toContain('Trả lời muộn');
    const stored = (await bot.store.getHandoff(h.id))!;
    expect(stored.status).toBe('answered');
    expect(stored.replies.map((r) => r.delivered)).toEqual([true, false]);
  });
});

describe('articles added while the bot runs', () => {
  it('refuses a broken upload by name and keeps serving', async () => {
    await expect(bot.corpus.upload([{ fileName: 'hong.html', content: Buffer.from('<html></html>') }], {})).rejects.toThrow('hong.html');
    expect(bot.corpus.status().state).toBe('idle');
  });

  it('re-indexes in the background, answers from the new article, and flags curated answers whose article changed', async () => {
    const before = bot.corpus.engine();
    const { ids: [id] } = await bot.corpus.upload([{ fileName: 'doi-giay-phep-lai-xe.md', content: Buffer.from('# Đổi giấy phép lái xe trực tuyến\n\n' +
      'Người dân đổi giấy phép lái xe trên Cổng Dịch vụ công quốc gia: đăng nhập bằng VNeID, chọn thủ tục đổi giấy phép lái xe, ' +
      'khai thông tin, thanh toán lệ phí 135.000 đồng và nhận giấy phép mới qua bưu điện.\n') }], { publication: 'Tổ CĐS phường Dịch Vọng' });
    expect(id).toBe('doi-giay-phep-lai-xe');
    expect(bot.corpus.status().state).toBe('running');
    // The old engine keeps answering during the re-index.
    expect((await chat('chữ ký số miễn phí', 'rx-1')).channelData.status).toMatch(/answered|curated/);
    await bot.corpus.settled();
    expect(bot.corpus.engine()).not.toBe(before);
    const answer = await chat('đổi bằng lái xe trực tuyến lệ phí bao nhiêu', 'rx-2');
    expect(answer.text).toContain('135.000');

    const curated = await bot.store.createCurated({ question: 'lệ phí đổi giấy phép lái xe', answer: '135.000 đồng.',
      citations: [{ paragraphId: 'x', articleId: id! }], articleHashes: { [id!]: bot.corpus.articleHash(id!)! }, createdBy: 'quantri' });
    await bot.corpus.upload([{ fileName: 'doi-giay-phep-lai-xe.md', content: Buffer.from('# Đổi giấy phép lái xe trực tuyến\n\nTừ tháng này, lệ phí đổi giấy phép lái xe trực tuyến trên Cổng Dịch vụ công quốc gia là 115.000 đồng, nhận qua bưu điện.\n') }], {});
    await bot.corpus.settled();
    expect((await bot.store.getCurated(curated.id))?.status).toBe('needs_review');
  });
});

describe('privacy', () => {
  it('tells the resident a personal number was hidden and stores none', async () => {
    const reply = await chat('tôi tên An, sđt 0987654321, chữ ký số miễn phí làm ở đâu', 'pv-1');
    expect(reply.text.startsWith(CONVERSATION.personalDataNotice)).toBe(true);
    expect(JSON.stringify((await bot.store.listTurns({ q: 'tôi tên An' })).items)).not.toContain('0987654321');
  });
});
