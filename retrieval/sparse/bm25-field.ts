/** One BM25 field over a fixed document set. Scores are "higher is better" and added into a caller's array. */
export interface Bm25Params {
  readonly k1: number;
  readonly b: number;
}

/**
 * Postings live in two flat arrays (documents ascending within a term) addressed by offsets, which keeps memory
 * and build time low for the hundreds of thousands of pair terms a corpus produces.
 */
export class Bm25Field {
  private readonly termIds = new Map<string, number>();
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly tfs: Float32Array;
  private readonly idfs: Float64Array;
  private readonly lengthNorm: Float32Array;
  readonly docCount: number;

  constructor(documents: readonly (readonly string[])[], private readonly params: Bm25Params) {
    this.docCount = documents.length;
    const entryTerm: number[] = [];
    const entryDoc: number[] = [];
    const entryTf: number[] = [];
    let total = 0;
    documents.forEach((terms, doc) => {
      total += terms.length;
      const counts = new Map<number, number>();
      for (const t of terms) {
        let id = this.termIds.get(t);
        if (id === undefined) this.termIds.set(t, (id = this.termIds.size));
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      for (const [id, c] of counts) {
        entryTerm.push(id);
        entryDoc.push(doc);
        entryTf.push(c);
      }
    });
    const termCount = this.termIds.size;
    // Counting sort by term; documents were visited in order, so each term's documents stay ascending.
    this.offsets = new Int32Array(termCount + 1);
    for (const t of entryTerm) this.offsets[t + 1]!++;
    for (let t = 0; t < termCount; t++) this.offsets[t + 1]! += this.offsets[t]!;
    const cursor = this.offsets.slice(0, termCount);
    this.docs = new Int32Array(entryTerm.length);
    this.tfs = new Float32Array(entryTerm.length);
    for (let i = 0; i < entryTerm.length; i++) {
      const at = cursor[entryTerm[i]!]!++;
      this.docs[at] = entryDoc[i]!;
      this.tfs[at] = entryTf[i]!;
    }
    const n = documents.length;
    this.idfs = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) {
      const df = this.offsets[t + 1]! - this.offsets[t]!;
      // BM25 idf with the +1 inside the log keeps it positive for very common terms.
      this.idfs[t] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    const avg = total / Math.max(1, n) || 1;
    this.lengthNorm = Float32Array.from(documents, (d) => params.k1 * (1 - params.b + (params.b * d.length) / avg));
  }

  /** Inverse document frequency of a term, or undefined when no document has it. */
  idf(term: string): number | undefined {
    const id = this.termIds.get(term);
    return id === undefined ? undefined : this.idfs[id];
  }

  /** The idf a term found in no document would have: the largest possible. */
  get maxIdf(): number {
    return Math.log(1 + (this.docCount + 0.5) / 0.5);
  }

  /** Id of a term in this field, or undefined when no document has it. */
  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  /** Inverse document frequency of a term id. */
  idfOf(id: number): number {
    return this.idfs[id]!;
  }

  get termCount(): number {
    return this.termIds.size;
  }

  /**
   * Adds weight × termWeight × BM25(term) for each distinct query term into scores. termWeights, parallel to
   * queryTerms, lets a query stress some terms; a repeated term counts once, with its largest weight.
   */
  accumulate(queryTerms: readonly string[], weight: number, scores: Float64Array, termWeights?: readonly number[]): void {
    const k1 = this.params.k1;
    for (const [term, tw] of distinctWeights(queryTerms, termWeights)) {
      const id = this.termIds.get(term);
      if (id === undefined || tw <= 0) continue;
      const w = weight * tw * this.idfs[id]! * (k1 + 1);
      for (let i = this.offsets[id]!, end = this.offsets[id + 1]!; i < end; i++) {
        const d = this.docs[i]!;
        const tf = this.tfs[i]!;
        scores[d]! += (w * tf) / (tf + this.lengthNorm[d]!);
      }
    }
  }

  /** Whether a document contains the term (binary search in the term's ascending postings). */
  contains(term: string, doc: number): boolean {
    const id = this.termIds.get(term);
    if (id === undefined) return false;
    let lo = this.offsets[id]!;
    let hi = this.offsets[id + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.docs[mid]!;
      if (v === doc) return true;
      if (v < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/** Each distinct term with its largest weight (1 when no weights are given). */
function distinctWeights(terms: readonly string[], weights?: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  terms.forEach((t, i) => out.set(t, Math.max(out.get(t) ?? -Infinity, weights?.[i] ?? 1)));
  return out;
}
