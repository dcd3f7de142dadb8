import { describe, expect, it } from 'vitest';
import { learnAssociations, type LearningPair } from './learn-associations.js';

const words = (s: string): string[] => s.split(' ');

// Residents ask of two paragraphs in their own words: "rành" and "người giỏi" for the paragraph on "nhân lực", "app"
// for the one on "ứng dụng"; "cho hỏi" opens every question.
const pairs: LearningPair[] = [
  { asked: words('cho hoi nguoi ranh cong nghe'), paragraph: words('nhan luc cong nghe thong tin') },
  { asked: words('cho hoi thieu nguoi ranh'), paragraph: words('nhan luc cong nghe thong tin') },
  { asked: words('cho hoi nguoi gioi may tinh'), paragraph: words('nhan luc cong nghe thong tin') },
  { asked: words('cho hoi cai app'), paragraph: words('ung dung tren dien thoai') },
  { asked: words('cho hoi app tai o dau'), paragraph: words('ung dung tren dien thoai') },
];

describe('learnAssociations', () => {
  const table = learnAssociations(pairs, { iterations: 5, minProbability: 0.01, maxPerWord: 20 });
  const p = (asked: string, given: string): number => table.given[given]?.[asked] ?? 0;

  it('ties an everyday word to the official words of the paragraphs it was asked of', () => {
    expect(p('ranh', 'nhan')).toBeGreaterThan(0.1);
    expect(p('app', 'dung')).toBeGreaterThan(0.1);
  });

  it('does not tie a word to paragraphs it was never asked of', () => {
    expect(p('ranh', 'dung')).toBe(0);
    expect(p('app', 'nhan')).toBe(0);
  });

  it('ties the words every question opens with to every paragraph alike, so they separate none', () => {
    // "cho" and "hỏi" are in all five questions.
    const ratio = p('cho', 'nhan') / p('cho', 'dung');
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('gives each paragraph word a distribution over asked words', () => {
    for (const row of Object.values(table.given)) {
      const sum = Object.values(row).reduce((s, v) => s + v, 0);
      expect(sum).toBeLessThanOrEqual(1.001);
      expect(sum).toBeGreaterThan(0.5);
    }
  });

  it('counts the asked words', () => {
    expect(table.askedCounts['cho']).toBe(5);
    expect(table.askedCounts['app']).toBe(2);
  });

  it('keeps at most maxPerWord entries above minProbability, likeliest first', () => {
    const pruned = learnAssociations(pairs, { iterations: 5, minProbability: 0.15, maxPerWord: 2 });
    for (const row of Object.values(pruned.given)) {
      expect(Object.keys(row).length).toBeLessThanOrEqual(2);
      for (const v of Object.values(row)) expect(v).toBeGreaterThanOrEqual(0.15);
    }
  });

  it('learns nothing from no pairs', () => {
    expect(learnAssociations([], { iterations: 3, minProbability: 0.01, maxPerWord: 5 })).toEqual({ given: {}, askedCounts: {} });
  });
});
