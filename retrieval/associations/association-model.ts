import type { AssociationTable } from './association-table.js';

/**
 * How well a paragraph explains a question's words under the learned associations: the log-likelihood of the asked
 * words, each from the paragraph's words through the table or from the background (a word's share of all asked words,
 * add-one smoothed). A word the table and the background have never seen costs every paragraph the same, so it is left
 * out: it changes no ranking.
 * The table is held as numbered words and typed arrays, and the parsed JSON let go: about 4 MB of heap instead of
 * about 10 MB for the JSON and the model together.
 */
export class AssociationModel {
  private readonly ids = new Map<string, number>();
  // By paragraph word id: the asked words it leads to and their probabilities.
  private readonly rows: ({ readonly asked: Int32Array; readonly p: Float64Array } | undefined)[] = [];
  // By word id: log of the background term of its probability, and whether any row leads to it.
  private readonly priors: Float64Array;
  private readonly tied = new Set<number>();

  constructor(table: AssociationTable, private readonly background = BACKGROUND_SHARE) {
    const id = (w: string): number => {
      let n = this.ids.get(w);
      if (n === undefined) this.ids.set(w, (n = this.ids.size));
      return n;
    };
    for (const [b, row] of Object.entries(table.given)) {
      const entries = Object.entries(row);
      const asked = Int32Array.from(entries, ([a]) => id(a));
      for (const a of asked) this.tied.add(a);
      this.rows[id(b)] = { asked, p: Float64Array.from(entries, ([, p]) => p) };
    }
    const counts = Object.entries(table.askedCounts);
    for (const [a] of counts) id(a);
    const total = counts.reduce((s, [, n]) => s + n, 0);
    const smoothing = 1 / (total + counts.length + 1);
    this.priors = new Float64Array(this.ids.size).fill(smoothing * background);
    for (const [a, n] of counts) this.priors[this.ids.get(a)!] = (n + 1) * smoothing * background;
  }

  /**
   * The asked words some paragraph word leads to, by id: the only ones that tell paragraphs apart (any other costs every
   * paragraph the same). None: the question is left to the other evidence.
   */
  tiedWords(asked: readonly string[]): Int32Array {
    const ids: number[] = [];
    for (const a of asked) {
      const n = this.ids.get(a);
      if (n !== undefined && this.tied.has(n)) ids.push(n);
    }
    return Int32Array.from(ids);
  }

  /**
   * What a paragraph explains, worked out once per paragraph: for each asked word its words lead to (by id), the
   * probability P(asked | paragraph) = Σ P(asked | word) × the word's share of the paragraph; undefined when the table
   * did not learn (nearly) every word of it. A paragraph unlike those it learned from (a new article's, a benchmark's
   * Wikipedia text) would be judged by the few words it happens to share, so it is not judged at all.
   */
  explain(words: readonly string[]): ReadonlyMap<number, number> | undefined {
    // Stops at the first word past the share: a paragraph it never learned (a benchmark's) is let go after a few words
    // instead of looking every one of them up.
    const allowed = UNKNOWN_SHARE * Math.max(1, words.length);
    let unknown = 0;
    for (const b of words) {
      const n = this.ids.get(b);
      if ((n === undefined || !this.rows[n]) && ++unknown > allowed) return undefined;
    }
    return this.explainWhatIsKnown(words);
  }

  /**
   * As `explain`, judging any text by the words the table knows: a sentence of a paragraph the passage table knows, read
   * by the sentence table (learned from key-fact sentences only, so it knows fewer of a sentence's words). A word it
   * does not know explains nothing but still counts in the text's length.
   */
  explainWhatIsKnown(words: readonly string[]): ReadonlyMap<number, number> {
    const length = Math.max(1, words.length);
    const explained = new Map<number, number>();
    for (const b of words) {
      const row = this.rows[this.ids.get(b) ?? -1];
      if (!row) continue;
      for (let i = 0; i < row.asked.length; i++) explained.set(row.asked[i]!, (explained.get(row.asked[i]!) ?? 0) + row.p[i]! / length);
    }
    return explained;
  }

  /**
   * log P(asked words | paragraph) up to a term the same for every paragraph: the asked words as tiedWords gave them,
   * the paragraph as `explain` did.
   */
  logLikelihood(tied: Int32Array, explained: ReadonlyMap<number, number>): number {
    let sum = 0;
    for (const n of tied) sum += Math.log((1 - this.background) * (explained.get(n) ?? 0) + this.priors[n]!);
    return sum;
  }
}

/** The background's share of each asked word's probability (the mixture weight of Berger and Lafferty's model). */
export const BACKGROUND_SHARE = 0.3;

/** The share of a paragraph's words the table may not know for it to judge the paragraph. */
export const UNKNOWN_SHARE = 0.02;
