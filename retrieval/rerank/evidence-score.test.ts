import { describe, expect, it } from 'vitest';
import { bestEvidence, evidenceScore } from './evidence-score.js';

describe('evidenceScore and bestEvidence', () => {
  it.each([
    ['a hit the association rerank lifted', { score: 1.5, fused: 1.0 }, 1.0],
    ['a hit it did not touch', { score: 0.8 }, 0.8],
  ])('%s', (_, hit, expected) => {
    expect(evidenceScore(hit)).toBe(expected);
  });

  it('takes the best on the evidence, not on the lifted score', () => {
    expect(bestEvidence([{ score: 1.5, fused: 0.7 }, { score: 0.9, fused: 0.9 }])).toBe(0.9);
  });

  it('is -Infinity for no hits, as Math.max of nothing', () => {
    expect(bestEvidence([])).toBe(-Infinity);
  });
});
