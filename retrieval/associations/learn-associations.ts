/**
 * Word associations learned from questions and the paragraphs that answer them: how likely a resident's word is,
 * given a word of the paragraph (IBM Model 1, Brown et al. 1993, as Berger and Lafferty 1999 used it for retrieval).
 * The paraphrase lexicon is written by hand, one everyday phrase at a time; this learns the same kind of bridge
 * ("người rành công nghệ" asked of "nhân lực công nghệ thông tin") from every labelled question at once, as
 * probabilities rather than rules. Pure: the caller reads the questions and the paragraphs.
 */

import type { AssociationTable } from './association-table.js';

export interface LearnOptions {
  /** EM rounds (see DEFAULT_LEARN_OPTIONS). */
  readonly iterations: number;
  /** Entries below this probability are dropped from the table (they barely move a ranking but grow the file). */
  readonly minProbability: number;
  /** At most this many asked words kept for each paragraph word, the likeliest. */
  readonly maxPerWord: number;
}

/**
 * The likelihood barely moves after four or five rounds on a few thousand pairs, but the tables keep sharpening, and
 * ranking questions they never saw gains until about 20. Session 45, learning both tables from one half of the tuning
 * sets and ranking the other half's (4,552 questions): R@1 0.9264 at 5 rounds, 0.9310 at 10, 0.9326 at 20, 0.9319 at
 * 30; key fact 0.9444, 0.9462, 0.9457, 0.9457 (flat from 10); no unanswerable question more answered. Pruning was swept
 * the same way at 20 rounds and left as it was (maxPerWord 10 or 40, minProbability 0.005 or 0.02: R@1 down 0 to 25).
 */
export const DEFAULT_LEARN_OPTIONS: LearnOptions = { iterations: 20, minProbability: 0.01, maxPerWord: 20 };

export interface LearningPair {
  readonly asked: readonly string[];
  readonly paragraph: readonly string[];
}

/**
 * Learns P(asked | paragraph word) by expectation-maximisation. Each asked word is explained by one word of its
 * paragraph or by the empty word, whose probability is fixed at the asked word's share of all asked words (not
 * learned: it smooths, and the table stays stable on a few thousand questions). Words asked of every paragraph ("cho",
 * "hỏi", "gì") end up tied to every paragraph's words alike, so they separate no paragraph from another.
 */
export function learnAssociations(pairs: readonly LearningPair[], options: LearnOptions = DEFAULT_LEARN_OPTIONS): AssociationTable {
  const askedCounts = new Map<string, number>();
  for (const { asked } of pairs) for (const a of asked) askedCounts.set(a, (askedCounts.get(a) ?? 0) + 1);
  const total = [...askedCounts.values()].reduce((s, n) => s + n, 0);
  // Words by number, and every (paragraph word, asked word) that meet in a pair as one cell: EM then runs over typed
  // arrays. With syllable pairs a few thousand questions make millions of cells, which maps of maps took minutes over.
  const askedIds = new Map<string, number>();
  const givenIds = new Map<string, number>();
  const idOf = (ids: Map<string, number>, w: string): number => {
    let n = ids.get(w);
    if (n === undefined) ids.set(w, (n = ids.size));
    return n;
  };
  // One map per paragraph word: a single map of every cell would pass V8's 2^24 entries at a few times today's data.
  const cellOf: Map<number, number>[] = [];
  const cellGiven: number[] = [];
  const cellAsked: number[] = [];
  const prepared = pairs.map(({ asked, paragraph }) => {
    const times = new Map<number, number>();
    for (const b of paragraph) {
      const n = idOf(givenIds, b);
      times.set(n, (times.get(n) ?? 0) + 1);
    }
    const given = [...times.keys()];
    const askedIn = asked.map((a) => idOf(askedIds, a));
    const cells = new Int32Array(askedIn.length * given.length);
    askedIn.forEach((a, i) => given.forEach((b, j) => {
      const row = (cellOf[b] ??= new Map());
      let cell = row.get(a);
      if (cell === undefined) {
        row.set(a, (cell = cellGiven.length));
        cellGiven.push(b);
        cellAsked.push(a);
      }
      cells[i * given.length + j] = cell;
    }));
    return { askedIn, times: Float64Array.from(given, (b) => times.get(b)!), cells };
  });
  const askedWords = [...askedIds.keys()];
  const givenWords = [...givenIds.keys()];
  const empty = Float64Array.from(askedWords, (a) => askedCounts.get(a)! / total);
  // Uniform start over the asked words each paragraph word was seen with.
  const rowSize = new Float64Array(givenWords.length);
  for (const b of cellGiven) rowSize[b]!++;
  let t = Float64Array.from(cellGiven, (b) => 1 / rowSize[b]!);
  for (let round = 0; round < options.iterations; round++) {
    const counts = new Float64Array(t.length);
    for (const { askedIn, times, cells } of prepared) {
      const width = times.length;
      askedIn.forEach((a, i) => {
        let z = empty[a]!;
        for (let j = 0; j < width; j++) z += times[j]! * t[cells[i * width + j]!]!;
        if (z === 0) return;
        for (let j = 0; j < width; j++) {
          const cell = cells[i * width + j]!;
          counts[cell]! += (times[j]! * t[cell]!) / z;
        }
      });
    }
    const sums = new Float64Array(givenWords.length);
    counts.forEach((c, cell) => (sums[cellGiven[cell]!]! += c));
    t = counts.map((c, cell) => (sums[cellGiven[cell]!]! > 0 ? c / sums[cellGiven[cell]!]! : 0));
  }
  const rows = givenWords.map(() => [] as [string, number][]);
  t.forEach((p, cell) => {
    if (p >= options.minProbability) rows[cellGiven[cell]!]!.push([askedWords[cellAsked[cell]!]!, p]);
  });
  const given: Record<string, Record<string, number>> = {};
  for (const b of [...givenWords.keys()].sort((x, y) => (givenWords[x]! < givenWords[y]! ? -1 : 1))) {
    const kept = rows[b]!.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, options.maxPerWord);
    if (kept.length > 0) given[givenWords[b]!] = Object.fromEntries(kept.map(([a, p]) => [a, Math.round(p * 1e4) / 1e4]));
  }
  return { given, askedCounts: Object.fromEntries([...askedCounts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) };
}
