import { Bm25Field, type Bm25FieldParts, type Bm25Params } from './bm25-field.js';
import { FIELDS, type Field, type FieldTerms } from './terms.js';
import { windowMass } from '../rerank/window-mass.js';
import { addTerm, TopScorer, type ScoreTerm, type TopScores } from './top-scores.js';

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

/** What a sparse index is made of, as saved; see Bm25FieldParts. */
export interface SparseParts {
  readonly fields: Readonly<Record<Field, Bm25FieldParts>>;
  readonly sequence: Int32Array;
  readonly sequenceStart: Int32Array;
  readonly foldedOf: Int32Array;
}

type Sequences = Omit<SparseParts, 'fields'>;
const NO_SEQUENCES: Sequences = { sequence: new Int32Array(0), sequenceStart: new Int32Array(1), foldedOf: new Int32Array(0) };

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
  // Scratch for top, made on first use (an index grown by an addition is often never searched).
  private scorer: TopScorer | undefined;

  /** Indexes the documents' terms; document i gets id i. */
  static build(docs: readonly FieldTerms[], options: SparseOptions = DEFAULT_SPARSE_OPTIONS): SparseIndex {
    const field = (f: Field): Bm25Field => Bm25Field.build(docs.map((d) => d[f]), options.bm25);
    const fields = { exact: field('exact'), folded: field('folded'), exactPair: field('exactPair'), foldedPair: field('foldedPair') };
    return new SparseIndex(fields, withSequences(fields, NO_SEQUENCES, docs), options);
  }

  /** An index from saved parts, as it was built. */
  static fromParts(parts: SparseParts, options: SparseOptions = DEFAULT_SPARSE_OPTIONS): SparseIndex {
    const field = (f: Field): Bm25Field => new Bm25Field(parts.fields[f], options.bm25);
    return new SparseIndex({ exact: field('exact'), folded: field('folded'), exactPair: field('exactPair'), foldedPair: field('foldedPair') },
      parts, options);
  }

  private constructor(
    fields: Readonly<Record<Field, Bm25Field>>,
    sequences: Sequences,
    private readonly options: SparseOptions,
  ) {
    this.fields = fields;
    this.sequence = sequences.sequence;
    this.sequenceStart = sequences.sequenceStart;
    this.foldedOf = sequences.foldedOf;
    this.exactWeight = new Float64Array(fields.exact.termCount);
    this.foldedWeight = new Float64Array(fields.folded.termCount);
    this.count = new Int32Array(Math.max(fields.exact.termCount, fields.folded.termCount));
  }

  /** What to save: loading these parts gives this index back. */
  get parts(): SparseParts {
    const f = this.fields;
    return { fields: { exact: f.exact.parts, folded: f.folded.parts, exactPair: f.exactPair.parts, foldedPair: f.foldedPair.parts },
      sequence: this.sequence, sequenceStart: this.sequenceStart, foldedOf: this.foldedOf };
  }

  /** This index with more documents after its own; scores equal those of an index built over all of them. */
  withDocuments(docs: readonly FieldTerms[]): SparseIndex {
    const more = (f: Field): Bm25Field => this.fields[f].withDocuments(docs.map((d) => d[f]));
    const fields = { exact: more('exact'), folded: more('folded'), exactPair: more('exactPair'), foldedPair: more('foldedPair') };
    return new SparseIndex(fields, withSequences(fields, { sequence: this.sequence, sequenceStart: this.sequenceStart, foldedOf: this.foldedOf }, docs), this.options);
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
    for (const t of this.scoreTerms(query, accented, termWeights)) addTerm(t, scores);
    return scores;
  }

  /**
   * The k best documents with their scores: what the k largest positive entries of score() are (ties by position),
   * with the same scores, found without reading every posting of the query's common terms (see TopScorer); and
   * score()'s entries for any other documents (ascending, distinct), without scoring the rest.
   */
  top(query: FieldTerms, accented: boolean, k: number, termWeights?: FieldTermWeights): TopScores & { scoresOf(docs: readonly number[]): Float64Array } {
    const terms = this.scoreTerms(query, accented, termWeights);
    const scorer = (this.scorer ??= new TopScorer(this.size));
    return { ...scorer.top(terms, k), scoresOf: (docs) => scorer.scoresOf(terms, docs) };
  }

  /** The query's terms in every field its kind of query weighs, in the order score() adds them. */
  scoreTerms(query: FieldTerms, accented: boolean, termWeights?: FieldTermWeights): ScoreTerm[] {
    const weights = accented ? this.options.accented : this.options.plain;
    return FIELDS.flatMap((f) => (weights[f] > 0 ? this.fields[f].scoreTerms(query[f], weights[f], termWeights?.[f]) : []));
  }

  /** A document's unigram ids in reading order: exact ids, or folded ids (-1 where none) for a query without marks. */
  documentTermIds(doc: number, accented: boolean): Int32Array {
    const ids = this.sequence.subarray(this.sequenceStart[doc]!, this.sequenceStart[doc + 1]!);
    return accented ? ids : ids.map((id) => this.foldedOf[id]!);
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

/** The sequences and folded ids of `before` with the documents' exact unigrams appended, over the given fields. */
function withSequences(fields: Readonly<Record<Field, Bm25Field>>, before: Sequences, docs: readonly FieldTerms[]): Sequences {
  const n0 = before.sequenceStart.length - 1;
  const sequenceStart = new Int32Array(n0 + docs.length + 1);
  sequenceStart.set(before.sequenceStart);
  docs.forEach((d, i) => (sequenceStart[n0 + i + 1] = sequenceStart[n0 + i]! + d.exact.length));
  const sequence = new Int32Array(sequenceStart[n0 + docs.length]!);
  sequence.set(before.sequence);
  const foldedOf = new Int32Array(fields.exact.termCount).fill(-1);
  foldedOf.set(before.foldedOf);
  let at = before.sequence.length;
  for (const d of docs) {
    d.exact.forEach((term, i) => {
      const id = fields.exact.termId(term)!;
      sequence[at++] = id;
      if (foldedOf[id] === -1) foldedOf[id] = fields.folded.termId(d.folded[i]!) ?? -1;
    });
  }
  return { sequence, sequenceStart, foldedOf };
}
