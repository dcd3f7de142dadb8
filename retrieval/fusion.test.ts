import { describe, expect, it } from 'vitest';
import { fuseScores, outsiderCouldRank } from './fusion.js';
import { topIndices } from './sparse/top-scores.js';

describe('fuseScores', () => {
  it.each([
    // A cosine bonus breaks a sparse near-tie...
    [[{ id: 0, sparse: 10, dense: 0.1 }, { id: 1, sparse: 9.9, dense: 0.5 }], 0.1, [1, 0]],
    // ...but does not overturn a clear sparse lead.
    [[{ id: 0, sparse: 10, dense: 0.1 }, { id: 1, sparse: 5, dense: 0.9 }], 0.1, [0, 1]],
    // Dense-only candidates still rank.
    [[{ id: 0, sparse: 0, dense: 0.2 }, { id: 1, sparse: 0, dense: 0.4 }], 0.1, [1, 0]],
  ])('orders %j (weight %s) as %j', (cands, w, order) => {
    expect(fuseScores(cands, w).map((f) => f.id)).toEqual(order);
  });
  it('scales the best sparse score to 1', () => {
    expect(fuseScores([{ id: 3, sparse: 7, dense: 0 }], 0.1)[0]!.score).toBe(1);
  });
});

describe('topIndices', () => {
  it.each([
    [[0.5, 3, 0, 2, 3, -1], 3, [1, 4, 3]],
    [[1, 2], 5, [1, 0]],
    [[0, 0], 2, []],
    [[1, 1, 1], 2, [0, 1]],
  ])('%j, n=%d → %j', (scores, n, ids) => {
    expect(topIndices(Float64Array.from(scores), n)).toEqual(ids);
  });
  it('agrees with a full sort on random scores', () => {
    const scores = Float64Array.from({ length: 500 }, (_, i) => ((i * 7919) % 101) - 30);
    const sorted = [...scores.keys()].filter((i) => scores[i]! > 0).sort((a, b) => scores[b]! - scores[a]! || a - b);
    expect(topIndices(scores, 50)).toEqual(sorted.slice(0, 50));
  });
});

describe('outsiderCouldRank', () => {
  const head = [{ id: 0, sparse: 10, dense: 0.2 }, { id: 1, sparse: 8, dense: 0.1 }, { id: 2, sparse: 4, dense: 0.3 }];
  it.each([
    // The second as fused is 0.8 + 0.01; an outsider of sparse 3 reaches at most 0.3 + 0.1.
    [head, 3, 0.1, 2, false],
    // Sparse 4 is also the third's: with a cosine of 1 it could pass the third (0.4 + 0.03).
    [head, 4, 0.1, 3, true],
    // A heavier cosine lets a low sparse score climb.
    [head, 3, 0.6, 2, true],
    // Fewer head candidates than the depth: an outsider fills a place.
    [head, 0, 0.1, 4, true],
    // Above the head's best, an outsider would set the scale.
    [head, 12, 0.1, 1, true],
    // A bound met exactly is not a bound kept: 0.5 + 0.1 × 1 ≥ 0.5 + 0.1 × 1.
    [[{ id: 0, sparse: 2, dense: 1 }, { id: 1, sparse: 1, dense: 1 }], 1, 0.1, 2, true],
    // Nothing asked, nothing to reach.
    [head, 9, 0.1, 0, false],
  ])('head %j, outside sparse %d, weight %d, depth %d → %s', (h, outside, w, depth, could) => {
    expect(outsiderCouldRank(h, outside, w, depth)).toBe(could);
  });

  it('leaves the first `depth` as fuseScores ranks them with any outsider, whenever it says none could rank', () => {
    // A small deterministic generator: the same cases every run.
    let seed = 7;
    const next = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    let kept = 0;
    for (let round = 0; round < 400; round++) {
      const heads = Array.from({ length: 12 }, (_, id) => ({ id, sparse: 1 + next() * 9, dense: next() * 2 - 1 }));
      const outside = Math.min(...heads.map((c) => c.sparse));
      const outsiders = Array.from({ length: 6 }, (_, i) => ({ id: 100 + i, sparse: outside * next(), dense: next() * 2 - 1 }));
      const depth = 1 + Math.floor(next() * 10);
      if (outsiderCouldRank(heads, outside, 0.3, depth)) continue;
      kept++;
      const first = (cands: typeof heads) => fuseScores(cands, 0.3).slice(0, depth).map((f) => f.id);
      expect(first([...heads, ...outsiders])).toEqual(first(heads));
    }
    // The check is not vacuous: many rounds leave outsiders out.
    expect(kept).toBeGreaterThan(50);
  });
});
