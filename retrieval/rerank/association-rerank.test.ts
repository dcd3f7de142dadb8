import { describe, expect, it } from 'vitest';
import { rerankByAssociation, type AssociationRerank } from './association-rerank.js';

const hits = (scores: readonly number[]): { doc: number; score: number; fused?: number }[] => scores.map((score, doc) => ({ doc, score }));
const options = (likelihood: readonly number[], more: Partial<AssociationRerank> = {}): AssociationRerank =>
  ({ logLikelihoodOf: (doc) => likelihood[doc]!, known: () => true, depth: 10, lambda: 0.5, temperature: 2, ...more });
const docs = (out: readonly { doc: number }[]): number[] => out.map((h) => h.doc);

describe('rerankByAssociation', () => {
  it.each([
    ['the passage the question is far likelier under overtakes a slightly stronger one', [1.0, 0.9, 0.5], [-20, -10, -30], [1, 0, 2]],
    ['a clear lead in fused evidence is kept', [1.0, 0.4, 0.3], [-20, -10, -30], [0, 1, 2]],
    ['equal likelihoods keep the fused order', [1.0, 0.95], [-10, -10], [0, 1]],
  ] as const)('%s', (_, scores, likelihood, order) => {
    expect(docs(rerankByAssociation(hits(scores), options(likelihood)))).toEqual(order);
  });

  it('adds lambda times the passage share of the likelihood to the score, and keeps the score before as fused', () => {
    const out = rerankByAssociation(hits([1.0, 0.9]), options([0, 0]));
    expect(out.map((h) => h.score)).toEqual([1.25, 1.15]);
    expect(out.map((h) => h.fused)).toEqual([1.0, 0.9]);
  });

  it('takes a passage the model does not know to be as likely as the likeliest known one: known ones cannot pass it on that', () => {
    // doc 0 unknown (an article added later), leading on the fused evidence; doc 1 known and far likelier than doc 2.
    const out = rerankByAssociation(hits([1.0, 0.9, 0.2]), options([0, -1, -50], { known: (doc) => doc !== 0 }));
    expect(docs(out)).toEqual([0, 1, 2]);
    expect(out[0]!.score - 1.0).toBeCloseTo(out[1]!.score - 0.9);
  });

  it('keeps the order when it knows none of the head', () => {
    expect(rerankByAssociation(hits([1.0, 0.9, 0.8]), options([0, 0, 0], { known: () => false }))).toEqual(hits([1.0, 0.9, 0.8]));
  });

  it('reorders only the first `depth` hits', () => {
    const out = rerankByAssociation(hits([1.0, 0.99, 0.98]), options([-30, -30, 0], { depth: 2, temperature: 1 }));
    expect(docs(out)).toEqual([0, 1, 2]);
    expect(out[2]!.score).toBe(0.98);
  });

  it.each([
    ['lambda 0', { lambda: 0 }],
    ['a temperature that is not above 0', { temperature: 0 }],
  ])('leaves the hits alone at %s', (_, more) => {
    expect(rerankByAssociation(hits([1.0, 0.9]), options([-30, 0], more))).toEqual(hits([1.0, 0.9]));
  });

  it('leaves the hits alone when a likelihood is not a number', () => {
    expect(rerankByAssociation(hits([1.0, 0.9]), options([Number.NaN, 0]))).toEqual(hits([1.0, 0.9]));
  });
});
