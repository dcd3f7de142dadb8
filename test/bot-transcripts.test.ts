import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { receivedOn } from '../bot/dialog/turn-origin.js';
import { describe, expect, it } from 'vitest';
import { CONVERSATION } from '../prompts/conversation.js';
import { REPLIES } from '../prompts/replies.js';
import type { AnswerEngine } from '../bot/answer/answer-engine.js';
import { botOn, sharedEngine, testAdapter } from './bot-harness.js';

const dbFile = (): string => join(mkdtempSync(join(tmpdir(), 'bot-')), 'bot.sqlite');
type Check = string | RegExp | ((a: Partial<Activity>) => void);

/** Runs [userSays, expectedReply] rows through botbuilder's TestAdapter against the real bot. */
async function transcript(file: string, rows: readonly (readonly [string, Check])[]): Promise<void> {
  const { bot, db } = await botOn(file);
  const adapter = testAdapter((context) => bot.run(context));
  let flow = adapter as unknown as { send(t: string): { assertReply(c: unknown): unknown } };
  for (const [says, expected] of rows) {
    const check = typeof expected === 'function' ? expected
      : (a: Partial<Activity>) => (typeof expected === 'string' ? expect(a.text).toBe(expected) : expect(a.text).toMatch(expected));
    flow = flow.send(says).assertReply((a: Partial<Activity>) => check(a)) as typeof flow;
  }
  await (flow as unknown as Promise<void>);
  db.close();
}

describe('conversation transcripts', () => {
  it('greets, answers with citations and buttons, thanks', async () => {
    await transcript(dbFile(), [
      ['xin chào', CONVERSATION.greeting],
      ['chữ ký số miễn phí làm ở đâu?', (a) => {
        expect(a.text).toContain('một cửa');
        expect(a.text).toMatch(/\nNguồn:\n\[1\] /);
        expect(a.suggestedActions?.actions.map((x) => x.value)).toEqual([CONVERSATION.buttons.helpful, CONVERSATION.buttons.notHelpful, CONVERSATION.buttons.human]);
        expect((a.channelData as { citations: unknown[] }).citations.length).toBeGreaterThan(0);
      }],
      [CONVERSATION.buttons.helpful, CONVERSATION.feedbackThanksUp],
      ['cảm ơn nhé', CONVERSATION.thanks],
      ['bạn làm được gì?', CONVERSATION.capabilities],
    ]);
  });

  it('refuses out-of-scope questions and offers a person', async () => {
    await transcript(dbFile(), [
      ['giá vàng hôm nay bao nhiêu', (a) => {
        expect(a.text).toBe(REPLIES.noAnswer);
        expect(a.suggestedActions?.actions[0]?.value).toBe(CONVERSATION.buttons.human);
      }],
      [CONVERSATION.buttons.human, CONVERSATION.handoff],
    ]);
  });

  it('answers follow-ups in the context of the previous question', async () => {
    await transcript(dbFile(), [
      ['Hải Phòng có bao nhiêu dịch vụ công trực tuyến?', /1\.232/],
      ['còn Hà Nội thì sao?', (a) => {
        expect((a.channelData as { rewrite?: string }).rewrite).toBe('Hà Nội có bao nhiêu dịch vụ công trực tuyến?');
      }],
    ]);
  });

  it('keeps the follow-up context across a restart', async () => {
    const file = dbFile();
    await transcript(file, [['Làm lý lịch tư pháp trên VNeID thế nào?', /VN?e?ID/i]]);
    await transcript(file, [['vậy mỗi ngày có bao nhiêu trường hợp?', (a) => {
      expect((a.channelData as { rewrite?: string }).rewrite).toContain('lý lịch tư pháp');
      expect(a.text).toContain('700 - 800');
    }]]);
  });

  it('logs every turn with personal numbers redacted and feedback attached', async () => {
    const file = dbFile();
    await transcript(file, [
      ['số tôi là 0912345678, chữ ký số miễn phí ở đâu?', /một cửa/],
      [CONVERSATION.buttons.notHelpful, CONVERSATION.feedbackThanksDown],
    ]);
    const { turnLog, db } = await botOn(file);
    const [feedbackTurn, question] = turnLog.recent(2);
    db.close();
    expect(question!.question).toBe('số tôi là [số điện thoại], chữ ký số miễn phí ở đâu?');
    expect(JSON.stringify(question)).not.toContain('0912345678');
    expect(question).toMatchObject({ status: 'answered', channel: 'test', userId: 'p_test_user1', feedback: 'down' });
    expect(feedbackTurn!.status).toBe('feedback');
  });

  it('answers an image politely and welcomes new members', async () => {
    const { bot, db } = await botOn(dbFile());
    const adapter = testAdapter((context) => bot.run(context));
    await adapter
      .send({ type: 'message', attachments: [{ contentType: 'image/jpeg', contentUrl: 'https://example.invalid/a.jpg' }] })
      .assertReply(CONVERSATION.unsupportedMedia)
      .send({ type: 'conversationUpdate', membersAdded: [{ id: 'resident-1', name: '' }], recipient: { id: 'bot', name: '' } })
      .assertReply(CONVERSATION.welcome);
    db.close();
  });
});

describe('activities other than messages', () => {
  it('welcomes only members other than the bot, and answers nothing to typing, events or reactions', async () => {
    const { bot, db, turnLog } = await botOn(dbFile());
    const replies: string[] = [];
    const adapter = testAdapter(async (context) => {
      context.onSendActivities(async (_c, activities, next) => {
        replies.push(...activities.map((a) => a.text ?? a.type ?? ''));
        return next();
      });
      await bot.run(context);
    });
    const botAccount = { id: 'bot', name: '' };
    await adapter.send({ type: 'conversationUpdate', membersAdded: [botAccount], recipient: botAccount });
    await adapter.send({ type: 'conversationUpdate', membersAdded: [botAccount, { id: 'a', name: '' }, { id: 'b', name: '' }], recipient: botAccount });
    for (const type of ['typing', 'event', 'messageReaction', 'conversationUpdate']) await adapter.send({ type });
    expect(replies).toEqual([CONVERSATION.welcome, CONVERSATION.welcome]);
    expect(turnLog.recent(5)).toEqual([]);
    db.close();
  });
});

describe('failures', () => {
  it('logs the question of a turn that failed, redacted, and lets the channel answer with its error reply', async () => {
    const file = dbFile();
    // The real bot and pipeline over an engine whose answers fail.
    const broken = Object.create(await sharedEngine(), { answer: { value: () => Promise.reject(new TypeError('index unavailable')) } }) as AnswerEngine;
    const { bot, db, turnLog } = await botOn(file, { engine: broken });
    const adapter = testAdapter((context) => bot.run(context));
    adapter.onTurnError = async (context) => {
      await context.sendActivity(CONVERSATION.error);
    };
    await adapter.send('sđt 0912345678, chữ ký số ở đâu?').assertReply(CONVERSATION.error);
    const [record] = turnLog.recent(1);
    db.close();
    expect(record).toMatchObject({ status: 'error', question: 'sđt [số điện thoại], chữ ký số ở đâu?', model: 'error: TypeError' });
  });
});

describe('rate limit', () => {
  it('answers the first questions of a minute and then asks the resident, politely, to slow down', async () => {
    const { MemoryRateLimiter } = await import('../store/memory-rate-limiter.js');
    const { bot, db, turnLog } = await botOn(dbFile(), { rateLimit: { limiter: new MemoryRateLimiter(), perMinute: 2 } });
    const adapter = testAdapter((context) => bot.run(context));
    await adapter
      .send('chữ ký số miễn phí').assertReply((a) => expect(a.text).toContain('một cửa'))
      .send('lý lịch tư pháp VNeID').assertReply((a) => expect(a.text).toMatch(/VN?e?ID/i))
      .send('Hải Phòng có bao nhiêu dịch vụ công').assertReply(CONVERSATION.rateLimited);
    expect(turnLog.recent(1)[0]).toMatchObject({ status: 'rate_limited', question: 'Hải Phòng có bao nhiêu dịch vụ công' });
    db.close();
  });

  it('counts each endpoint apart: an activity claiming a Zalo resident\'s ids elsewhere does not use up their limit', async () => {
    const { MemoryRateLimiter } = await import('../store/memory-rate-limiter.js');
    const { bot, db, turnLog } = await botOn(dbFile(), { rateLimit: { limiter: new MemoryRateLimiter(), perMinute: 1 } });
    const claim = { channelId: 'zalo', user: { id: '8801', name: '' }, conversation: { id: 'zalo:8801', isGroup: false, conversationType: 'personal', name: '' } };
    const on = (endpoint: 'zalo' | 'botframework') => new TestAdapter((context) => bot.run(context), claim).use(receivedOn(endpoint, endpoint === 'botframework' ? 'scoped' : 'verified'));
    await on('botframework').send('chữ ký số miễn phí').assertReply((a) => expect(a.text).toContain('một cửa'));
    await on('zalo').send('chữ ký số miễn phí').assertReply((a) => expect(a.text).toContain('một cửa'));
    await on('zalo').send('lý lịch tư pháp').assertReply(CONVERSATION.rateLimited);
    expect(turnLog.recent(3).map((t) => t.channel)).toEqual(['zalo', 'zalo', 'botframework']);
    db.close();
  });
});
