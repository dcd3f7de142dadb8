import { describe, expect, it } from 'vitest';
import { rerankByAssociation } from './association-rerank.js';

const hits = (scores: readonly number[]): { doc: number; score: number; fused?: number }[] => scores.map((score, doc) => ({ doc, score }));
const all = (): boolean => true;

describe('rerankByAssociation', () => {
  it.each([
    ['the passage the question is far likelier under overtakes a slightly stronger one', [1.0, 0.9, 0.5], [-20, -10, -30], [1, 0, 2]],
    ['a clear lead in fused evidence is kept', [1.0, 0.4, 0.3], [-20, -10, -30], [0, 1, 2]],
    ['equal likelihoods keep the fused order', [1.0, 0.95], [-10, -10], [0, 1]],
  ] as const)('%s', (_, scores, likelihood, order) => {
    expect(rerankByAssociation(hits(scores), (doc) => likelihood[doc]!, all, 10, 0.5, 2).map((h) => h.doc)).toEqual(order);
  });

  it('adds lambda times the passage share of the likelihood to the score, and keeps the score before as fused', () => {
    const out = rerankByAssociation(hits([1.0, 0.9]), (doc) => [0, 0][doc]!, all, 10, 0.5, 2);
    expect(out.map((h) => h.score)).toEqual([1.25, 1.15]);
    expect(out.map((h) => h.fused)).toEqual([1.0, 0.9]);
  });

  it('gives a passage the model does not know an even share, and none of the known ones can pass it on that alone', () => {
    // Three passages, the first unknown: it gets 1/3 of lambda; the two known share the other 2/3 by likelihood.
    const out = rerankByAssociation(hits([1.0, 0.95, 0.2]), (doc) => [0, -1, -50][doc]!, (doc) => doc !== 0, 10, 0.6, 1);
    const score = new Map(out.map((h) => [h.doc, h.score]));
    expect(score.get(0)).toBeCloseTo(1.2);
    expect(score.get(1)! + score.get(2)!).toBeCloseTo(0.95 + 0.2 + 0.4);
  });

  it('keeps the order when it knows none of the head', () => {
    const out = rerankByAssociation(hits([1.0, 0.9, 0.8]), () => 0, () => false, 10, 0.5, 2);
    expect(out).toEqual(hits([1.0, 0.9, 0.8]));
  });

  it('reorders only the first `depth` hits', () => {
    const out = rerankByAssociation(hits([1.0, 0.99, 0.98]), (doc) => [-30, -30, 0][doc]!, all, 2, 0.5, 1);
    expect(out.map((h) => h.doc)).toEqual([0, 1, 2]);
    expect(out[2]!.score).toBe(0.98);
  });

  it('leaves the order alone at lambda 0', () => {
    expect(rerankByAssociation(hits([1.0, 0.9]), (doc) => [-30, 0][doc]!, all, 10, 0, 2).map((h) => h.doc)).toEqual([0, 1]);
  });
});
