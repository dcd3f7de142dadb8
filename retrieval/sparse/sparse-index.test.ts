import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/scale-corpus.js';
import { SparseIndex } from './sparse-index.js';
import { FIELDS, type FieldTerms } from './terms.js';

const WORDS = ['thẻ', 'the', 'bảo', 'bao', 'hiểm', 'hiem', 'y', 'tế', 'te', 'hồ', 'sơ', 'so', 'nộp', 'nop', '#239/kh-ubnd'];

function randomDocs(count: number, seed: number): FieldTerms[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const exact = Array.from({ length: 1 + Math.floor(random() * 12) }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    const folded = exact.map((w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
    const pairs = (ws: string[]): string[] => ws.slice(1).map((w, i) => `${ws[i]} ${w}`);
    return { exact, folded, exactPair: pairs(exact), foldedPair: pairs(folded) };
  });
}

const QUERIES: FieldTerms[] = [
  { exact: ['thẻ', 'bảo', 'hiểm'], folded: ['the', 'bao', 'hiem'], exactPair: ['thẻ bảo', 'bảo hiểm'], foldedPair: ['the bao', 'bao hiem'] },
  { exact: ['nộp', 'hồ', 'sơ', 'mới'], folded: ['nop', 'ho', 'so', 'moi'], exactPair: ['hồ sơ'], foldedPair: ['ho so'] },
  { exact: ['#239/kh-ubnd'], folded: ['#239/kh-ubnd'], exactPair: [], foldedPair: [] },
];

describe('SparseIndex.withDocuments', () => {
  it.each([[40, 0], [40, 1], [40, 17], [40, 39], [3, 2]])('%d documents, %d of them appended later, score as if built at once', (n, split) => {
    const docs = randomDocs(n, n * 31 + split);
    const whole = SparseIndex.build(docs);
    const grown = SparseIndex.build(docs.slice(0, split)).withDocuments(docs.slice(split));
    for (const q of QUERIES) {
      for (const accented of [true, false]) {
        expect([...grown.score(q, accented)]).toEqual([...whole.score(q, accented)]);
        const all = docs.map((_, i) => i);
        expect(grown.windowMasses(q, accented, all, 15)).toEqual(whole.windowMasses(q, accented, all, 15));
      }
    }
    for (const f of FIELDS) {
      for (const term of WORDS) {
        expect(grown.field(f).idf(term)).toBe(whole.field(f).idf(term));
        for (let d = 0; d < n; d++) expect(grown.field(f).contains(term, d)).toBe(whole.field(f).contains(term, d));
      }
    }
  });

  it('leaves the index it grew from as it was', () => {
    const docs = randomDocs(20, 7);
    const before = SparseIndex.build(docs.slice(0, 10));
    const scores = [...before.score(QUERIES[0]!, true)];
    before.withDocuments(docs.slice(10));
    expect(before.size).toBe(10);
    expect([...before.score(QUERIES[0]!, true)]).toEqual(scores);
  });

  it('grown twice from the same index, the second growth does not see the first one\'s terms', () => {
    const docs = randomDocs(30, 11);
    const extra = [{ exact: ['mới'], folded: ['moi'], exactPair: [], foldedPair: [] }];
    const base = SparseIndex.build(docs.slice(0, 10));
    base.withDocuments(extra);
    const second = base.withDocuments(docs.slice(10));
    const whole = SparseIndex.build(docs);
    for (const q of QUERIES) expect([...second.score(q, true)]).toEqual([...whole.score(q, true)]);
    expect(second.field('exact').idf('mới')).toBeUndefined();
  });

  it('gives the same index back from its parts', () => {
    const index = SparseIndex.build(randomDocs(30, 3));
    const again = SparseIndex.fromParts(index.parts);
    for (const q of QUERIES) expect([...again.score(q, false)]).toEqual([...index.score(q, false)]);
  });
});

describe('SparseIndex.documentTermIds', () => {
  it('gives each document its words in reading order, as exact or folded ids', () => {
    const docs = randomDocs(12, 5);
    const index = SparseIndex.build(docs);
    docs.forEach((d, i) => {
      const exact = index.field('exact');
      const folded = index.field('folded');
      expect([...index.documentTermIds(i, true)].map((id) => exact.term(id))).toEqual(d.exact);
      expect([...index.documentTermIds(i, false)].map((id) => folded.term(id))).toEqual(d.folded);
    });
  });
});
