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
