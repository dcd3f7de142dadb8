import { describe, expect, it } from 'vitest';
import { answerRate, channelRates } from './answer-rate.js';

describe('answer rate', () => {
  it.each<[string, Record<string, number>, ReturnType<typeof answerRate>]>([
    ['nothing', {}, { questions: 0, answered: 0, partial: 0, rate: 0, partialRate: 0 }],
    ['greetings are not questions', { greeting: 5, thanks: 2, answered: 1 }, { questions: 1, answered: 1, partial: 0, rate: 100, partialRate: 0 }],
    ['curated counts as answered, partial apart', { answered: 2, curated: 1, partial: 1, no_answer: 4 }, { questions: 8, answered: 3, partial: 1, rate: 38, partialRate: 13 }],
    ['asking for a person is no question', { handoff: 1, answered: 1, no_answer: 1 }, { questions: 2, answered: 1, partial: 0, rate: 50, partialRate: 0 }],
  ])('%s', (_what, byStatus, expected) => {
    expect(answerRate(byStatus)).toEqual(expected);
  });

  it('per channel: most questions first, channels with only greetings left out', () => {
    expect(channelRates([
      { channel: 'webchat', status: 'answered', count: 1 }, { channel: 'webchat', status: 'no_answer', count: 1 },
      { channel: 'zalo', status: 'answered', count: 3 }, { channel: 'zalo', status: 'partial', count: 1 },
      { channel: 'emulator', status: 'greeting', count: 9 },
    ])).toEqual([
      { channel: 'zalo', questions: 4, answered: 3, partial: 1, rate: 75, partialRate: 25 },
      { channel: 'webchat', questions: 2, answered: 1, partial: 0, rate: 50, partialRate: 0 },
    ]);
  });
});
