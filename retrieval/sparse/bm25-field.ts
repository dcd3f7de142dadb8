/** One BM25 field over a fixed document set. Scores are "higher is better" and added into a caller's array. */
export interface Bm25Params {
  readonly k1: number;
  readonly b: number;
}

/** What a field is made of, as saved: the rest (idf, length norms, the term lookup) is computed from it on load. */
export interface Bm25FieldParts {
  /** Term of each term id. */
  readonly terms: readonly string[];
  /** Term id t's postings are docs/tfs[offsets[t] .. offsets[t + 1]). */
  readonly offsets: Int32Array;
  readonly docs: Int32Array;
  /** Term frequencies; a count above 65,535 in one passage is kept as 65,535 (BM25 saturates long before). */
  readonly tfs: Uint16Array;
  readonly docLengths: Int32Array;
}

const MAX_TF = 0xffff;

/**
 * Postings live in two flat arrays (documents ascending within a term) addressed by offsets, which keeps memory
 * and build time low for the hundreds of thousands of pair terms a corpus produces.
 */
export class Bm25Field {
  /**
   * Term → id. A field grown by withDocuments shares its predecessor's map and adds its new terms to it (copying a
   * million terms per added article would cost more than the rest of the addition), so ids at or past termCount
   * belong to a later field and are not this one's.
   */
  private readonly termIds: Map<string, number>;
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly tfs: Uint16Array;
  private readonly idfs: Float64Array;
  private readonly lengthNorm: Float32Array;
  readonly docCount: number;

  /** Indexes documents (each a list of terms); document i gets id i. */
  static build(documents: readonly (readonly string[])[], params: Bm25Params): Bm25Field {
    const termIds = new Map<string, number>();
    return new Bm25Field(postings(termIds, [], new Int32Array(1), new Int32Array(0), new Uint16Array(0), new Int32Array(0), documents), params, termIds);
  }

  constructor(readonly parts: Bm25FieldParts, private readonly params: Bm25Params, termIds?: Map<string, number>) {
    const { terms, offsets, docLengths } = parts;
    if (termIds) this.termIds = termIds;
    else {
      this.termIds = new Map();
      terms.forEach((t, id) => this.termIds.set(t, id));
    }
    this.offsets = offsets;
    this.docs = parts.docs;
    this.tfs = parts.tfs;
    const n = docLengths.length;
    this.docCount = n;
    const termCount = terms.length;
    this.idfs = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) {
      const df = offsets[t + 1]! - offsets[t]!;
      // BM25 idf with the +1 inside the log keeps it positive for very common terms.
      this.idfs[t] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    let total = 0;
    for (let d = 0; d < n; d++) total += docLengths[d]!;
    const avg = total / Math.max(1, n) || 1;
    this.lengthNorm = Float32Array.from(docLengths, (len) => params.k1 * (1 - params.b + (params.b * len) / avg));
  }

  /**
   * This field with more documents after its own (ids docCount, docCount + 1, …): the postings are merged, and idf and
   * length norms recomputed for the new document count, so scores equal those of a field built over all documents.
   */
  withDocuments(documents: readonly (readonly string[])[]): Bm25Field {
    const p = this.parts;
    // Grown twice from the same field (never done, but possible), the second growth must not see the first one's terms.
    const ids = this.termIds.size === p.terms.length ? this.termIds : new Map(p.terms.map((t, i) => [t, i]));
    return new Bm25Field(postings(ids, p.terms, p.offsets, p.docs, p.tfs, p.docLengths, documents), this.params, ids);
  }

  /** Inverse document frequency of a term, or undefined when no document has it. */
  idf(term: string): number | undefined {
    const id = this.termId(term);
    return id === undefined ? undefined : this.idfs[id];
  }

  /** The idf a term found in no document would have: the largest possible. */
  get maxIdf(): number {
    return Math.log(1 + (this.docCount + 0.5) / 0.5);
  }

  /** Id of a term in this field, or undefined when no document has it. */
  termId(term: string): number | undefined {
    const id = this.termIds.get(term);
    return id !== undefined && id < this.idfs.length ? id : undefined;
  }

  /** Inverse document frequency of a term id. */
  idfOf(id: number): number {
    return this.idfs[id]!;
  }

  get termCount(): number {
    return this.idfs.length;
  }

  /**
   * Adds weight × termWeight × BM25(term) for each distinct query term into scores. termWeights, parallel to
   * queryTerms, lets a query stress some terms; a repeated term counts once, with its largest weight.
   */
  accumulate(queryTerms: readonly string[], weight: number, scores: Float64Array, termWeights?: readonly number[]): void {
    const k1 = this.params.k1;
    for (const [term, tw] of distinctWeights(queryTerms, termWeights)) {
      const id = this.termId(term);
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
    const id = this.termId(term);
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

/**
 * Postings of existing parts with documents appended. New entries are counted per term id, then every term's old
 * postings are copied (runs of terms without new entries in one copy) and its new ones placed after them; documents
 * are visited in order, so each term's documents stay ascending.
 */
function postings(
  ids: Map<string, number>, terms: readonly string[], offsets: Int32Array, docs: Int32Array, tfs: Uint16Array, docLengths: Int32Array,
  documents: readonly (readonly string[])[],
): Bm25FieldParts {
  // `ids` holds exactly terms[i] → i; new terms are added to it.
  const allTerms = [...terms];
  // Typed and grown by doubling: a hundred thousand passages make tens of millions of entries.
  const entryTerm = new IntList();
  const entryDoc = new IntList();
  const entryTf = new IntList();
  const lengths = new Int32Array(docLengths.length + documents.length);
  lengths.set(docLengths);
  documents.forEach((doc, i) => {
    lengths[docLengths.length + i] = doc.length;
    const counts = new Map<number, number>();
    for (const t of doc) {
      let id = ids.get(t);
      if (id === undefined) {
        ids.set(t, (id = allTerms.length));
        allTerms.push(t);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, c] of counts) {
      entryTerm.push(id);
      entryDoc.push(docLengths.length + i);
      entryTf.push(Math.min(c, MAX_TF));
    }
  });
  const oldTerms = terms.length;
  const termCount = allTerms.length;
  const added = new Int32Array(termCount);
  for (let i = 0; i < entryTerm.length; i++) added[entryTerm.at(i)]!++;
  const newOffsets = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) {
    const old = t < oldTerms ? offsets[t + 1]! - offsets[t]! : 0;
    newOffsets[t + 1] = newOffsets[t]! + old + added[t]!;
  }
  const newDocs = new Int32Array(newOffsets[termCount]!);
  const newTfs = new Uint16Array(newOffsets[termCount]!);
  const cursor = new Int32Array(termCount);
  for (let t = 0; t < oldTerms;) {
    // A run of terms of which only the last gets new entries keeps its layout, shifted: one copy.
    let end = t + 1;
    while (end < oldTerms && added[end - 1] === 0) end++;
    const from = offsets[t]!;
    const to = offsets[end]!;
    const at = newOffsets[t]!;
    newDocs.set(docs.subarray(from, to), at);
    newTfs.set(tfs.subarray(from, to), at);
    for (let u = t; u < end; u++) cursor[u] = newOffsets[u]! + (offsets[u + 1]! - offsets[u]!);
    t = end;
  }
  for (let t = oldTerms; t < termCount; t++) cursor[t] = newOffsets[t]!;
  for (let i = 0; i < entryTerm.length; i++) {
    const at = cursor[entryTerm.at(i)]!++;
    newDocs[at] = entryDoc.at(i);
    newTfs[at] = entryTf.at(i);
  }
  return { terms: allTerms, offsets: newOffsets, docs: newDocs, tfs: newTfs, docLengths: lengths };
}

class IntList {
  private data = new Int32Array(1024);
  length = 0;

  push(x: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = x;
  }

  at(i: number): number {
    return this.data[i]!;
  }
}
