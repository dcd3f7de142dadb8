import { describe, expect, it } from 'vitest';
import { AUTO_ANSWER_THREAD_MAX_PASSAGES as MAX, wantAnswerThread } from './answer-thread-choice.js';

describe('wantAnswerThread', () => {
  it.each([
    ['auto', 2, 112, false, true],
    ['auto', 1, 112, false, false],
    ['auto', 2, MAX, false, true],
    ['auto', 2, MAX + 1, false, false],
    ['auto', 8, 100_000, false, false],
    [true, 2, 100_000, false, true],
    [true, 1, 112, false, true],
    [false, 2, 112, false, false],
    ['auto', 2, 112, true, false],
    [true, 2, 112, true, false],
  ] as const)('setting %s, %d cores, %d passages, generating %s → %s', (setting, cores, passages, generating, expected) => {
    expect(wantAnswerThread({ setting, cores, passages, generating })).toBe(expected);
  });
});
