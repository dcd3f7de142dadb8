import { describe, expect, it } from 'vitest';
import { quantile, rankMetrics, recallAt1ByHalf } from './metrics.js';

describe('rankMetrics', () => {
  it('counts ranks within 1, 5 and 10, and the reciprocal rank within 10 (-1: not returned)', () => {
    expect(rankMetrics([0, 1, 4, 9, -1])).toEqual({ recall_at_1: 0.2, recall_at_5: 0.6, recall_at_10: 0.8, mrr_at_10: 0.36 });
  });
});

describe('recallAt1ByHalf', () => {
  it.each([
    [[0, 0, 1, -1], [false, true, false, true], { tune: 0.5, held: 0.5, all: 0.5 }],
    [[0, 0, 0, 2], [false, false, false, true], { tune: 1, held: 0, all: 0.75 }],
    [[], [], { tune: 0, held: 0, all: 0 }],
  ])('ranks %o split %o give %o', (ranks, held, expected) => {
    expect(recallAt1ByHalf(ranks, held)).toEqual(expected);
  });
});

describe('quantile', () => {
  it.each([
    [[5, 1, 3, 2, 4], 0.5, 3],
    [[5, 1, 3, 2, 4], 0.95, 5],
    [[], 0.95, 0],
  ])('of %o at %d is %d (nearest rank)', (values, q, expected) => {
    expect(quantile(values, q)).toBe(expected);
  });
});
