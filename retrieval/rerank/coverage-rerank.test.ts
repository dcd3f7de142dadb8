import { describe, expect, it } from 'vitest';
import { coverageLambda, rerankByCoverage } from './coverage-rerank.js';

const hits = (scores: readonly number[]) => scores.map((score, doc) => ({ doc, score }));

describe('rerankByCoverage', () => {
  it.each([
    ['a passage holding more of the question overtakes a slightly stronger one', [1.0, 0.9, 0.5], [0.2, 0.6, 0.1], [1, 0, 2]],
    ['a clear lead in fused evidence is kept', [1.0, 0.6, 0.5], [0.2, 0.6, 0.1], [0, 1, 2]],
    ['ties keep the fused order', [1.0, 1.0], [0.5, 0.5], [0, 1]],
    ['a passage holding all of the question moves up from behind', [1.0, 0.99, 0.98], [0, 0, 1], [2, 0, 1]],
  ] as const)('%s', (_, scores, coverage, order) => {
    expect(rerankByCoverage(hits(scores), (doc) => coverage[doc]!, 5, 0.5).map((h) => h.doc)).toEqual(order);
  });

  it('reorders only the first `depth` hits and says the new score', () => {
    const out = rerankByCoverage(hits([1.0, 0.9, 0.8]), (doc) => [0, 1, 1][doc]!, 2, 0.5);
    expect(out.map((h) => h.doc)).toEqual([1, 0, 2]);
    expect(out[0]!.score).toBeCloseTo(1.4);
    expect(out[2]!.score).toBeCloseTo(0.8);
  });

  it('leaves the order alone at lambda 0', () => {
    expect(rerankByCoverage(hits([1.0, 0.9]), () => 1, 5, 0).map((h) => h.doc)).toEqual([0, 1]);
  });
});

describe('coverageLambda', () => {
  const weights = { coverageLambda: 0.5, coverageLambdaJudged: 0.2 };
  it.each([
    ['the lexicon read nothing: the fused order stands', false, false, 0],
    ['the lexicon read nothing, whatever the associations judge', false, true, 0],
    ['the lexicon read something and nothing learned judges the head: its full weight', true, false, 0.5],
    ['the lexicon read something and the learned associations judge the head too: less', true, true, 0.2],
  ] as const)('%s', (_, lexiconRead, judged, lambda) => {
    expect(coverageLambda(lexiconRead, judged, weights)).toBe(lambda);
  });
});
