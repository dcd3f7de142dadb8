import { describe, expect, it } from 'vitest';
import { fuseScores } from './fusion.js';

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
