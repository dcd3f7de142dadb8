import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../../test/bot-harness.js';
import type { AnswerResult } from '../../core/answer-result.js';
import { threadedAnswerer } from '../wiring/answer-thread.js';
import { TurnPipeline } from './turn-pipeline.js';

const input = { text: 'chữ ký số miễn phí làm ở đâu?', hasAttachments: false, channel: 'webchat', userId: 'u', conversationId: 'c' };

describe('TurnPipeline on the engine the composition root chose (here: the answer thread\'s)', () => {
  it('uses the thread\'s answer when there is one, and the serving engine\'s when there is none', async () => {
    const engine = await sharedEngine();
    const asked: string[] = [];
    const elsewhere = { ...(await engine.answer(input.text)), answer: 'từ luồng khác' } satisfies AnswerResult;
    let give: AnswerResult | undefined = elsewhere;
    const thread = { answer: async (q: string) => (asked.push(q), give && { result: give, corpusHash: 'h1' }), corpusHash: () => 'h1' };
    const pipeline = new TurnPipeline({ newId: () => 't', now: () => new Date(0),
      engine: threadedAnswerer({ thread: () => thread, serving: () => engine, servingCorpus: () => 'h1' }) });
    expect((await pipeline.handle(input, {})).reply.text).toContain('từ luồng khác');
    give = undefined;
    const here = await pipeline.handle(input, {});
    expect(here.reply.text).toBe((await engine.answer(input.text)).answer);
    expect(asked).toEqual([input.text, input.text]);
  });
});

describe('TurnPipeline follow-ups', () => {
  const say = (text: string) => ({ ...input, text });

  it('asks a follow-up of a follow-up of the topic both were asked of, not of the question the first became', async () => {
    const engine = await sharedEngine();
    const pipeline = new TurnPipeline({ newId: () => 't', now: () => new Date(0), engine: () => engine });
    const first = await pipeline.handle(say('iHanoi là gì'), {});
    const second = await pipeline.handle(say('tải ở đâu'), first.memory);
    expect(second.result?.question).toBe('iHanoi tải ở đâu?');
    expect(second.memory.lastTopic).toBe('iHanoi');
    const third = await pipeline.handle(say('có mất phí ko'), second.memory);
    // Read again from "iHanoi tải ở đâu?", the topic was "iHanoi tải".
    expect(third.result?.question).toBe('iHanoi có mất phí ko?');
    // A question of its own has no such topic: the next follow-up is read from it.
    const fourth = await pipeline.handle(say('Kế hoạch 239 ban hành ngày nào?'), third.memory);
    expect(fourth.memory.lastTopic).toBeUndefined();
    expect(fourth.memory.lastQuestion).toBe('Kế hoạch 239 ban hành ngày nào?');
  });
});
