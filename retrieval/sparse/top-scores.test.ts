import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/scale-corpus.js';
import { SparseIndex } from './sparse-index.js';
import { TopScorer, topIndices, type ScoreTerm } from './top-scores.js';
import type { FieldTerms } from './terms.js';

/** Documents over a vocabulary of skewed frequency (a few words in most documents, most words rare), some repeated. */
function zipfDocs(count: number, seed: number): FieldTerms[] {
  const random = mulberry32(seed);
  const word = (): string => `w${Math.floor(200 ** random()) - 1}`;
  const docs: FieldTerms[] = [];
  for (let i = 0; i < count; i++) {
    // Every tenth document repeats an earlier one: equal scores, ordered by position.
    if (i % 10 === 9) {
      docs.push(docs[Math.floor(random() * i)]!);
      continue;
    }
    const exact = Array.from({ length: 3 + Math.floor(random() * 30) }, word);
    const folded = exact.map((w) => w.replace(/\d$/, ''));
    const pairs = (ws: string[]): string[] => ws.slice(1).map((w, j) => `${ws[j]} ${w}`);
    docs.push({ exact, folded, exactPair: pairs(exact), foldedPair: pairs(folded) });
  }
  return docs;
}

function queryOf(words: string[]): FieldTerms {
  const folded = words.map((w) => w.replace(/\d$/, ''));
  const pairs = (ws: string[]): string[] => ws.slice(1).map((w, j) => `${ws[j]} ${w}`);
  return { exact: words, folded, exactPair: pairs(words), foldedPair: pairs(folded) };
}

const QUERIES: [string, string[]][] = [
  ['common words only', ['w0', 'w1', 'w2', 'w0']],
  ['common and rare words', ['w0', 'w1', 'w57', 'w3', 'w120']],
  ['one rare word', ['w150']],
  ['a word no document has', ['w0', 'nowhere', 'w4']],
  ['nothing the index holds', ['nowhere']],
  ['many words', ['w0', 'w1', 'w2', 'w3', 'w5', 'w8', 'w13', 'w21', 'w34', 'w55', 'w89', 'w144', 'w7', 'w9']],
];

describe('SparseIndex.top', () => {
  const docs = zipfDocs(4000, 5);
  const index = SparseIndex.build(docs);
  // Pruning pays on large indexes only: the scorer is told to prune this small one, and also not to.
  const scorers = [['pruning', new TopScorer(index.size, 0)], ['summing every posting', new TopScorer(index.size)]] as const;
  describe.each(scorers)('%s', (_, scorer) => {
    it.each(QUERIES)('%s: the same documents and scores as the k best of every score', (_q, words) => {
      const q = queryOf(words);
      for (const accented of [true, false]) {
        for (const weights of [undefined, { exact: q.exact.map((_w, i) => 1 + (i % 3) / 2), folded: q.folded.map(() => 1),
          exactPair: q.exactPair.map(() => 1), foldedPair: q.foldedPair.map(() => 1) }]) {
          const all = index.score(q, accented, weights);
          const terms = index.scoreTerms(q, accented, weights);
          for (const k of [1, 10, 50, 5000]) {
            const top = scorer.top(terms, k);
            const expected = topIndices(all, k);
            expect(top.docs).toEqual(expected);
            expect(top.scores).toEqual(expected.map((d) => all[d]));
          }
        }
      }
    });
  });

  it('sums fewer postings than the query\'s lists hold when common words cannot reach the head', () => {
    const terms = index.scoreTerms(queryOf(['w0', 'w1', 'w2', 'w150', 'w160']), true);
    const held = terms.reduce((n, t) => n + t.end - t.from, 0);
    const top = new TopScorer(index.size, 0).top(terms, 10);
    expect(top.summed).toBeLessThan(held / 2);
    expect(top.scored).toBeLessThan(100);
  });

  it('scores chosen documents as score() does', () => {
    const q = queryOf(['w0', 'w1', 'w57', 'w3', 'w120']);
    const all = index.score(q, true);
    const chosen = [0, 1, 9, 17, 500, 2999, 3999];
    const top = index.top(q, true, 10);
    expect([...top.scoresOf(chosen)]).toEqual(chosen.map((d) => all[d]));
    expect([...top.scoresOf([])]).toEqual([]);
  });
});

describe('TopScorer', () => {
  const list = (docs: number[], weight: number): ScoreTerm => ({ docs: Int32Array.from(docs), tfs: Uint16Array.from(docs, () => 1), from: 0,
    end: docs.length, lengthNorm: new Float32Array(8).fill(1), weight });
  it.each([
    ['no terms', [], 3, []],
    ['k of 0', [list([1, 2], 1)], 0, []],
    ['fewer documents than k', [list([1, 2], 1), list([2, 5], 2)], 5, [2, 5, 1]],
    ['ties by position', [list([4, 6], 1), list([3], 1)], 2, [3, 4]],
  ] as [string, ScoreTerm[], number, number[]][])('%s', (_, terms, k, expected) => {
    expect(new TopScorer(8, 0).top(terms, k).docs).toEqual(expected);
  });
});
