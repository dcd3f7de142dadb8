import { Bm25Field, type Bm25Params } from './bm25-field.js';
import { FIELDS, type Field, type FieldTerms } from './terms.js';
import { windowMass } from '../rerank/window-mass.js';

/** A query-side multiplier per term, parallel to the arrays of FieldTerms. */
export type FieldTermWeights = Readonly<Record<Field, readonly number[]>>;

export type FieldWeights = Readonly<Record<Field, number>>;

export interface SparseOptions {
  readonly bm25: Bm25Params;
  /** Field weights for a query typed with diacritics: exact matches outrank folded ones. */
  readonly accented: FieldWeights;
  /** Field weights for a query typed without any diacritic: only folded fields can match it fairly. */
  readonly plain: FieldWeights;
}

export const DEFAULT_SPARSE_OPTIONS: SparseOptions = {
  bm25: { k1: 1.2, b: 0.75 },
  accented: { exact: 1, folded: 0.2, exactPair: 0.3, foldedPair: 0 },
  plain: { exact: 0, folded: 1, exactPair: 0, foldedPair: 0.6 },
};

/** BM25 over unigram and pair fields, exact and diacritic-folded. */
export class SparseIndex {
  private readonly fields: Readonly<Record<Field, Bm25Field>>;
  /** Every document's exact unigram ids in reading order, concatenated; proximity needs positions. */
  private readonly sequence: Int32Array;
  private readonly sequenceStart: Int32Array;
  /** Folded id of each exact id, so plain queries reuse the same sequences. */
  private readonly foldedOf: Int32Array;
  // Scratch for windowMass, one slot per term id; kept zeroed between calls.
  private readonly exactWeight: Float64Array;
  private readonly foldedWeight: Float64Array;
  private readonly count: Int32Array;

  constructor(
    docs: readonly FieldTerms[],
    private readonly options: SparseOptions = DEFAULT_SPARSE_OPTIONS,
  ) {
    const build = (f: Field): Bm25Field => new Bm25Field(docs.map((d) => d[f]), options.bm25);
    this.fields = { exact: build('exact'), folded: build('folded'), exactPair: build('exactPair'), foldedPair: build('foldedPair') };
    const exact = this.fields.exact;
    const folded = this.fields.folded;
    this.sequenceStart = new Int32Array(docs.length + 1);
    docs.forEach((d, i) => (this.sequenceStart[i + 1] = this.sequenceStart[i]! + d.exact.length));
    this.sequence = new Int32Array(this.sequenceStart[docs.length]!);
    this.foldedOf = new Int32Array(exact.termCount).fill(-1);
    let at = 0;
    for (const d of docs) {
      d.exact.forEach((term, i) => {
        const id = exact.termId(term)!;
        this.sequence[at++] = id;
        if (this.foldedOf[id] === -1) this.foldedOf[id] = folded.termId(d.folded[i]!) ?? -1;
      });
    }
    this.exactWeight = new Float64Array(exact.termCount);
    this.foldedWeight = new Float64Array(folded.termCount);
    this.count = new Int32Array(Math.max(exact.termCount, folded.termCount));
  }

  get size(): number {
    return this.fields.exact.docCount;
  }

  field(name: Field): Bm25Field {
    return this.fields[name];
  }

  /** BM25 scores of every document (higher is better); termWeights scale single query terms. */
  score(query: FieldTerms, accented: boolean, termWeights?: FieldTermWeights): Float64Array {
    const scores = new Float64Array(this.size);
    const weights = accented ? this.options.accented : this.options.plain;
    for (const f of FIELDS) {
      if (weights[f] > 0) this.fields[f].accumulate(query[f], weights[f], scores, termWeights?.[f]);
    }
    return scores;
  }

  /**
   * For each document, the largest sum of termWeight × idf over distinct query unigrams found within `width`
   * consecutive tokens (exact keys for accented queries, folded keys otherwise).
   */
  windowMasses(query: FieldTerms, accented: boolean, docs: readonly number[], width: number, termWeights?: FieldTermWeights): number[] {
    const f: Field = accented ? 'exact' : 'folded';
    const field = this.fields[f];
    const weight = accented ? this.exactWeight : this.foldedWeight;
    const ids: number[] = [];
    query[f].forEach((term, i) => {
      const id = field.termId(term);
      if (id === undefined) return;
      weight[id] = Math.max(weight[id]!, (termWeights?.[f][i] ?? 1) * field.idfOf(id));
      ids.push(id);
    });
    const keyOf = accented ? undefined : this.foldedOf;
    const masses = docs.map((d) =>
      windowMass(this.sequence.subarray(this.sequenceStart[d]!, this.sequenceStart[d + 1]!), weight, this.count, width, keyOf),
    );
    for (const id of ids) weight[id] = 0;
    return masses;
  }
}
