import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startZaloEmulator, type ZaloEmulator } from '../bot/channels/zalo/emulator/zalo-emulator.js';
import { parseConfig } from '../bot/config.js';
import { silentLogger } from '../core/logger.js';
import { startServer, type RunningServer } from '../bot/server.js';
import { CONVERSATION } from '../prompts/conversation.js';
import { waitFor } from '../bench/load.js';

// The whole Zalo flow with the real bot: signed webhook → answer engine → reply through the emulated OpenAPI.
let emulator: ZaloEmulator;
let bot: RunningServer;
let dataDir: string;

beforeAll(async () => {
  emulator = await startZaloEmulator({ port: 0 });
  dataDir = mkdtempSync(join(tmpdir(), 'zalo-e2e-'));
  bot = await startServer(parseConfig({ ...emulator.botSettings(), DATA_DIR: dataDir, PORT: '0' }), { logger: silentLogger });
  emulator.webhookUrl = `${bot.url}/api/zalo/webhook`;
});
afterAll(async () => {
  await bot.close();
  await emulator.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const replies = async (userId: string, count: number) => {
  await waitFor(() => emulator.messages(userId).length >= count, 10_000, `${count} replies to ${userId}`);
  return emulator.messages(userId);
};

describe('Zalo OA end to end (emulator)', () => {
  it('answers a question with quotes, sources last and feedback buttons', async () => {
    const d = await emulator.sendAsUser('1001', 'chu ky so mien phi lam o dau');
    expect(d.status).toBe(200);
    const [reply] = await replies('1001', 1);
    expect(reply!.text).toContain('một cửa');
    expect(reply!.text).toMatch(/Nguồn:\n\[1\] /);
    expect(reply!.text).not.toMatch(/\*\*|__/);
    expect(reply!.buttons.map((b) => b.payload)).toEqual([CONVERSATION.buttons.helpful, CONVERSATION.buttons.notHelpful, CONVERSATION.buttons.human]);
    expect(reply!.buttons.every((b) => b.type === 'oa.query.hide')).toBe(true);
  });

  it('takes a button press as feedback, not as a question', async () => {
    await emulator.sendAsUser('1002', 'Hải Phòng có bao nhiêu dịch vụ công trực tuyến?');
    await replies('1002', 1);
    await emulator.sendAsUser('1002', CONVERSATION.buttons.helpful);
    const all = await replies('1002', 2);
    expect(all[1]!.text).toBe(CONVERSATION.feedbackThanksUp);
    const conversation = (await bot.store.listTurns({ limit: 50 })).items.find((t) => t.question.startsWith('Hải Phòng có bao nhiêu'))!.conversationId;
    const [feedback, question] = (await bot.store.listTurns({ limit: 50 })).items.filter((t) => t.conversationId === conversation);
    expect(feedback!.status).toBe('feedback');
    expect(question).toMatchObject({ status: 'answered', feedback: 'up' });
  });

  it('answers a follow-up in context', async () => {
    await emulator.sendAsUser('1003', 'Hà Nội đã cấp bao nhiêu chữ ký số miễn phí?');
    await replies('1003', 1);
    await emulator.sendAsUser('1003', 'còn Hải Phòng thì sao?');
    await replies('1003', 2);
    const last = (await bot.store.listTurns({ limit: 50 })).items.find((t) => t.question === 'còn Hải Phòng thì sao?');
    expect(last?.rewrite).toBe('Hải Phòng đã cấp bao nhiêu chữ ký số miễn phí?');
  });

  it('welcomes a new follower and answers an image politely', async () => {
    await emulator.deliver({ app_id: emulator.appId, oa_id: '579745863508352884', user_id_by_app: '91', event_name: 'follow',
      timestamp: String(Date.now()), source: 'oa_profile', follower: { id: '1004' } });
    expect((await replies('1004', 1))[0]!.text).toBe(CONVERSATION.welcome);
    await emulator.deliver({ app_id: emulator.appId, user_id_by_app: '91', event_name: 'user_send_image', timestamp: String(Date.now()),
      sender: { id: '1004' }, recipient: { id: '579745863508352884' },
      message: { msg_id: 'img-1', attachments: [{ type: 'image', payload: { url: 'https://example.invalid/a.jpg' } }] } });
    expect((await replies('1004', 2))[1]!.text).toBe(CONVERSATION.unsupportedMedia);
  });

  it('answers a redelivered event once, and stores no raw Zalo user or conversation id', async () => {
    const { event } = await emulator.sendAsUser('1005', 'tổ công nghệ số cộng đồng làm gì');
    await replies('1005', 1);
    expect((await emulator.deliver(event)).status).toBe(200);
    await bot.close().catch(() => undefined);
    bot = await startServer(parseConfig({ ...emulator.botSettings(), DATA_DIR: dataDir, PORT: '0' }), { logger: silentLogger });
    emulator.webhookUrl = `${bot.url}/api/zalo/webhook`;
    // Even after a restart the ledger (SQLite) remembers the event.
    expect((await emulator.deliver(event)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(emulator.messages('1005')).toHaveLength(1);
    const logged = JSON.stringify((await bot.store.listTurns({ limit: 100 })).items);
    // Standing alone: a random turn id or pseudonym (hex) may hold "1002" by chance, and a timing ("retrievalMs":
    // 1005.61 on a busy machine) a number that starts so.
    for (const uid of ['1001', '1002', '1003', '1004', '1005']) expect(logged).not.toMatch(new RegExp(`(?<![0-9a-f.-])${uid}(?![0-9a-f.-])`));
  });

  it('answers from an article uploaded after start', async () => {
    const article = 'Hướng dẫn đổi giấy phép lái xe trực tuyến.\n\nNgười dân nộp hồ sơ đổi giấy phép lái xe trên Cổng dịch vụ công quốc gia và nhận bằng mới qua bưu điện.';
    const { ids: [id] } = await bot.corpus.upload([{ fileName: 'doi-giay-phep-lai-xe.md', content: Buffer.from(article) }], { title: 'Đổi giấy phép lái xe trực tuyến' });
    await bot.corpus.settled();
    await emulator.sendAsUser('1009', 'đổi giấy phép lái xe trực tuyến ở đâu');
    const [reply] = await replies('1009', 1);
    expect(reply!.text).toMatch(/giấy phép lái xe/);
    const turn = (await bot.store.listTurns({ limit: 50 })).items.find((t) => t.question.startsWith('đổi giấy phép lái xe'))!;
    expect(turn.citations.map((c) => c.articleId)).toContain(id);
  });
});
