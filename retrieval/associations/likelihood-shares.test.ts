import { describe, expect, it } from 'vitest';
import { likelihoodShares } from './likelihood-shares.js';

describe('likelihoodShares', () => {
  it.each([
    { name: 'equal likelihoods share alike', logs: [-3, -3], t: 2, want: [0.5, 0.5] },
    { name: 'one e² likelier at temperature 2 holds e/(1+e)', logs: [-1, -3], t: 2, want: [Math.E / (1 + Math.E), 1 / (1 + Math.E)] },
    { name: 'a higher temperature evens them out', logs: [-1, -3], t: 200, want: [0.5025, 0.4975] },
    { name: 'an impossible candidate gets nothing', logs: [-2, -Infinity], t: 2, want: [1, 0] },
    { name: 'one candidate holds the whole', logs: [-40], t: 2, want: [1] },
  ])('$name', ({ logs, t, want }) => {
    const got = likelihoodShares(logs, t)!;
    expect(got).toHaveLength(want.length);
    got.forEach((g, i) => expect(g).toBeCloseTo(want[i]!, 3));
  });

  it.each([
    { name: 'no candidates', logs: [], t: 2 },
    { name: 'a temperature of 0', logs: [-1, -2], t: 0 },
    { name: 'a negative temperature', logs: [-1, -2], t: -1 },
    { name: 'a likelihood that is not a number', logs: [-1, Number.NaN], t: 2 },
    { name: 'every candidate impossible', logs: [-Infinity, -Infinity], t: 2 },
  ])('gives no shares for $name', ({ logs, t }) => {
    expect(likelihoodShares(logs, t)).toBeUndefined();
  });
});
