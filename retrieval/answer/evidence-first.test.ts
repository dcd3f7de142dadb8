import { describe, expect, it } from 'vitest';
import { evidenceFirst } from './evidence-first.js';

const a = { id: 'a' };
const b = { id: 'b' };
const c = { id: 'c' };
const d = { id: 'd' };
const hits = [a, b, c, d].map((passage, i) => ({ passage, score: 1 - i * 0.05 }));
const order = (quoted: object | undefined): string[] => evidenceFirst(hits, quoted).map((h) => (h.passage as { id: string }).id);

describe('retrieved passages in the order the reply rests on them', () => {
  it.each([
    ['the quoted passage was first', a, ['a', 'b', 'c', 'd']],
    ['the third passage was quoted', c, ['c', 'a', 'b', 'd']],
    ['the last passage was quoted', d, ['d', 'a', 'b', 'c']],
    ['nothing was quoted', undefined, ['a', 'b', 'c', 'd']],
    ['the quoted passage is not among the hits', { id: 'x' }, ['a', 'b', 'c', 'd']],
  ])('%s', (_, quoted, expected) => {
    expect(order(quoted)).toEqual(expected);
  });

  it('keeps the rank order when the quoted passage scores well under the first', () => {
    const far = [{ passage: a, score: 1 }, { passage: b, score: 0.9 }, { passage: c, score: 0.7 }];
    expect(evidenceFirst(far, c).map((h) => h.passage)).toEqual([a, b, c]);
    expect(evidenceFirst(far, b).map((h) => h.passage)).toEqual([b, a, c]);
    expect(evidenceFirst(far, c, 0.6).map((h) => h.passage)).toEqual([c, a, b]);
  });

  it('weighs the scores from before the learned-association rerank when it lifted the first', () => {
    // The association's share took the first from 1.0 to 1.5; on the fused evidence the quoted one is close to it.
    const lifted = [{ passage: a, score: 1.5, fused: 1.0 }, { passage: b, score: 0.95, fused: 0.9 }];
    expect(evidenceFirst(lifted, b).map((h) => h.passage)).toEqual([b, a]);
    const far = [{ passage: a, score: 1.5, fused: 1.0 }, { passage: b, score: 0.75, fused: 0.7 }];
    expect(evidenceFirst(far, b).map((h) => h.passage)).toEqual([a, b]);
  });
});
