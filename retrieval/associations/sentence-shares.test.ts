import { describe, expect, it } from 'vitest';
import { withSentenceShares, type SentenceLikelihood } from './sentence-shares.js';

const sentences = [
  { doc: 1, text: 'Thành phố có 1.232 dịch vụ công.', score: 0.6 },
  { doc: 1, text: 'Sở Thông tin và Truyền thông chủ trì.', score: 0.62 },
  { doc: 2, text: 'Người dân được hỗ trợ miễn phí.', score: 0.5 },
];
// Log-likelihoods by sentence: the first the likeliest by e².
const logs = new Map([[sentences[0]!.text, -2], [sentences[1]!.text, -6], [sentences[2]!.text, -6]]);
const byText: SentenceLikelihood = (_doc, text) => logs.get(text);

describe('withSentenceShares', () => {
  it('adds weight × each share, so the likeliest sentence can pass a slightly better covered one', () => {
    const got = withSentenceShares(sentences, { likelihood: byText, weight: 0.1, temperature: 2 });
    const e2 = Math.E ** 2;
    expect(got.map((s) => s.score)).toEqual([0.6 + (0.1 * e2) / (e2 + 2), 0.62 + 0.1 / (e2 + 2), 0.5 + 0.1 / (e2 + 2)].map((x) => expect.closeTo(x, 9)));
    expect(got[0]!.score).toBeGreaterThan(got[1]!.score);
    expect(sentences[0]!.score).toBe(0.6);
  });

  it('shares the likelihood among the sentences asked for alone, leaving the others as they were', () => {
    const got = withSentenceShares(sentences, { likelihood: byText, weight: 0.1, temperature: 2, among: (s) => s.doc === 1 });
    const e2 = Math.E ** 2;
    expect(got.map((s) => s.score)).toEqual([0.6 + (0.1 * e2) / (e2 + 1), 0.62 + 0.1 / (e2 + 1), 0.5].map((x) => expect.closeTo(x, 9)));
    // One sentence alone holds the whole share whatever its likelihood, so it is left as it was.
    expect(withSentenceShares(sentences, { likelihood: byText, weight: 0.1, temperature: 2, among: (s) => s.doc === 2 }).map((s) => s.score)).toEqual([0.6, 0.62, 0.5]);
  });

  it.each([
    { name: 'one sentence the model cannot judge', likelihood: ((doc, text) => (doc === 2 ? undefined : byText(doc, text))) as SentenceLikelihood, weight: 0.1 },
    { name: 'a weight of 0', likelihood: byText, weight: 0 },
    { name: 'likelihoods that are not numbers', likelihood: (() => Number.NaN) as SentenceLikelihood, weight: 0.1 },
  ])('leaves the scores as they were with $name', ({ likelihood, weight }) => {
    expect(withSentenceShares(sentences, { likelihood, weight, temperature: 2 }).map((s) => s.score)).toEqual([0.6, 0.62, 0.5]);
  });

  it('leaves a sentence without its passage number as it was, and a lone sentence', () => {
    // A likelihood that judges any text: only the missing passage number keeps them as they were.
    const any: SentenceLikelihood = () => -1;
    expect(withSentenceShares([{ text: 'a', score: 1 }, { text: 'b', score: 0.5 }], { likelihood: any, weight: 0.1, temperature: 2 }).map((s) => s.score)).toEqual([1, 0.5]);
    expect(withSentenceShares([{ doc: 1, text: 'a', score: 1 }, { doc: 1, text: 'b', score: 0.5 }], { likelihood: any, weight: 0.1, temperature: 2 }).map((s) => s.score)).toEqual([1.05, 0.55]);
    expect(withSentenceShares(sentences.slice(0, 1), { likelihood: any, weight: 0.1, temperature: 2 }).map((s) => s.score)).toEqual([0.6]);
  });
});
