import { describe, expect, it } from 'vitest';
import { afterAnotherQuestion } from './eval-asker.js';

describe('afterAnotherQuestion', () => {
  const cases = [
    { q: 'a', gold: ['x'] }, { q: 'b', gold: [] }, { q: 'c', gold: ['y'] },
    { q: 'còn HP?', gold: ['z'], history: ['HN?'] },
  ];

  it('puts an answerable question of the set before each question that has no history, the same each time', () => {
    const asked = afterAnotherQuestion(cases);
    expect(asked.map((c) => c.history)).toEqual([['a'], ['còn HP?'], ['c'], ['HN?']]);
    expect(afterAnotherQuestion(cases)).toEqual(asked);
  });

  it('leaves a set with nothing answerable as it is', () => {
    expect(afterAnotherQuestion([{ q: 'b', gold: [] }])).toEqual([{ q: 'b', gold: [] }]);
  });
});
