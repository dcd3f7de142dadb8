import { describe, expect, it } from 'vitest';
import { fuseScores } from './fusion.js';
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
