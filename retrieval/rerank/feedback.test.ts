import { describe, expect, it } from 'vitest';
import { feedbackTerms, type FeedbackDoc } from './feedback.js';

const IDF = [0, 1, 2, 3, 0.5];
const idf = (id: number): number => IDF[id] ?? 0;
const doc = (ids: number[], score: number): FeedbackDoc => ({ ids: Int32Array.from(ids), score });

describe('feedbackTerms', () => {
  it.each<[string, FeedbackDoc[], number, [number, number][]]>([
    ['no passages, no terms', [], 3, []],
    ['no positive score, no terms', [doc([1, 2], 0)], 3, []],
    ['one passage: tf × idf, best scaled to 1', [doc([1, 1, 3], 5)], 3, [[3, 1], [1, 2 / 3]]],
    ['a term with idf 0 (in every passage) is never added', [doc([0, 0, 0, 2], 1)], 3, [[2, 1]]],
    ['only the n best terms', [doc([1, 2, 3], 1)], 1, [[3, 1]]],
    // Term 1 fills a strong passage, term 3 a weak one of the same length: the strong passage's term wins.
    ['a passage lends in proportion to its score', [doc([1, 1], 9), doc([3, 3], 1)], 2, [[1, 1], [3, 1 / 3]]],
    // The same count in a longer passage is a smaller share of it.
    ['a long passage weighs each of its words less', [doc([2], 1), doc([2, 4, 4, 4], 1)], 1, [[2, 1]]],
    ['ids without a key (-1) are skipped', [doc([-1, -1, 1], 1)], 3, [[1, 1]]],
    ['ties break by id', [doc([2, 2], 1), doc([2], 0)], 1, [[2, 1]]],
  ])('%s', (_, docs, n, expected) => {
    const got = [...feedbackTerms(docs, idf, n)];
    expect(got.map(([id]) => id)).toEqual(expected.map(([id]) => id));
    got.forEach(([, w], i) => expect(w).toBeCloseTo(expected[i]![1], 10));
  });
});
