import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../../test/bot-harness.js';
import type { AnswerResult } from '../../core/answer-result.js';
import { TurnPipeline } from './turn-pipeline.js';

const input = { text: 'chữ ký số miễn phí làm ở đâu?', hasAttachments: false, channel: 'webchat', userId: 'u', conversationId: 'c' };

describe('TurnPipeline with an answer worked out elsewhere (the answer thread)', () => {
  it('uses the answer from elsewhere when there is one, and the engine here when there is none', async () => {
    const engine = await sharedEngine();
    const asked: string[] = [];
    const elsewhere = { ...(await engine.answer(input.text)), answer: 'từ luồng khác' } satisfies AnswerResult;
    let give: AnswerResult | undefined = elsewhere;
    const pipeline = new TurnPipeline({ engine: () => engine, newId: () => 't', now: () => new Date(0),
      answerElsewhere: async (q) => (asked.push(q), give) });
    expect((await pipeline.handle(input, {})).reply.text).toContain('từ luồng khác');
    give = undefined;
    const here = await pipeline.handle(input, {});
    expect(here.reply.text).toBe((await engine.answer(input.text)).answer);
    expect(asked).toEqual([input.text, input.text]);
  });
});
