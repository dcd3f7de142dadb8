import { Bm25Field, type Bm25Params } from './bm25-field.js';
import { FIELDS, type Field, type FieldTerms } from './terms.js';

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

  constructor(
    docs: readonly FieldTerms[],
    private readonly options: SparseOptions = DEFAULT_SPARSE_OPTIONS,
  ) {
    const build = (f: Field): Bm25Field => new Bm25Field(docs.map((d) => d[f]), options.bm25);
    this.fields = { exact: build('exact'), folded: build('folded'), exactPair: build('exactPair'), foldedPair: build('foldedPair') };
  }

  get size(): number {
    return this.fields.exact.docCount;
  }

  field(name: Field): Bm25Field {
    return this.fields[name];
  }

  /** BM25 scores of every document (higher is better). */
  score(query: FieldTerms, accented: boolean): Float64Array {
    const scores = new Float64Array(this.size);
    const weights = accented ? this.options.accented : this.options.plain;
    for (const f of FIELDS) {
      if (weights[f] > 0) this.fields[f].accumulate(query[f], weights[f], scores);
    }
    return scores;
  }
}
