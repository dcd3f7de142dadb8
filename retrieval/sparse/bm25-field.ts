import { TermTable } from './term-table.js';
import { addTerm, type ScoreTerm } from './top-scores.js';

/** One BM25 field over a fixed document set. Scores are "higher is better" and added into a caller's array. */
export interface Bm25Params {
  readonly k1: number;
  readonly b: number;
}

/** What a field is made of, as saved: the rest (idf, length norms) is computed from it on load. */
export interface Bm25FieldParts {
  /** Term of each term id below terms.size. */
  readonly terms: TermTable;
  /** Terms of the ids from terms.size on, in id order: added by withDocuments after the table was made. */
  readonly addedTerms: readonly string[];
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
   * Added term → id. A field grown by withDocuments shares its predecessor's map and adds its new terms to it (copying
   * the terms per added article would cost more than the rest of the addition), so ids at or past termCount belong to
   * a later field and are not this one's.
   */
  private readonly added: Map<string, number>;
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly tfs: Uint16Array;
  private readonly idfs: Float64Array;
  private readonly lengthNorm: Float32Array;
  readonly docCount: number;

  /** Indexes documents (each a list of terms); document i gets id i. */
  static build(documents: readonly (readonly string[])[], params: Bm25Params): Bm25Field {
    const empty = TermTable.build([]);
    const p = postings({ terms: empty, addedTerms: [], offsets: new Int32Array(1), docs: new Int32Array(0), tfs: new Uint16Array(0),
      docLengths: new Int32Array(0) }, new Map(), documents);
    return new Bm25Field({ ...p, terms: TermTable.build(p.addedTerms), addedTerms: [] }, params);
  }

  constructor(readonly parts: Bm25FieldParts, private readonly params: Bm25Params, added?: Map<string, number>) {
    const { offsets, docLengths } = parts;
    this.added = added ?? new Map(parts.addedTerms.map((t, i) => [t, parts.terms.size + i]));
    this.offsets = offsets;
    this.docs = parts.docs;
    this.tfs = parts.tfs;
    const n = docLengths.length;
    this.docCount = n;
    const termCount = parts.terms.size + parts.addedTerms.length;
    if (offsets.length !== termCount + 1 || offsets[termCount] !== parts.docs.length || parts.tfs.length !== parts.docs.length) {
      throw new Error(`a BM25 field of ${termCount} terms has ${offsets.length} offsets for ${parts.docs.length} postings`);
    }
    this.idfs = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) {
      const df = offsets[t + 1]! - offsets[t]!;
      // BM25 idf with the +1 inside the log keeps it positive for very common terms.
      this.idfs[t] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    let total = 0;
    for (let d = 0; d < n; d++) total += docLengths[d]!;
    const avg = total / Math.max(1, n) || 1;
    this.lengthNorm = new Float32Array(n);
    for (let d = 0; d < n; d++) this.lengthNorm[d] = params.k1 * (1 - params.b + (params.b * docLengths[d]!) / avg);
  }

  /**
   * This field with more documents after its own (ids docCount, docCount + 1, …): the postings are merged, and idf and
   * length norms recomputed for the new document count, so scores equal those of a field built over all documents.
   */
  withDocuments(documents: readonly (readonly string[])[]): Bm25Field {
    const p = this.parts;
    // Grown twice from the same field (never done, but possible), the second growth must not see the first one's terms.
    const ids = this.added.size === p.addedTerms.length ? this.added : new Map(p.addedTerms.map((t, i) => [t, p.terms.size + i]));
    return new Bm25Field(postings(p, ids, documents), this.params, ids);
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
    const id = this.parts.terms.id(term);
    if (id >= 0) return id;
    const added = this.added.get(term);
    return added !== undefined && added < this.idfs.length ? added : undefined;
  }

  /** The term of an id (termId's inverse); ids past the saved table are the added terms, looked up in their map. */
  term(id: number): string | undefined {
    if (id < this.parts.terms.size) return this.parts.terms.term(id);
    for (const [t, i] of this.added) if (i === id) return t;
    return undefined;
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
    for (const t of this.scoreTerms(queryTerms, weight, termWeights)) addTerm(t, scores);
  }

  /** The distinct query terms this field holds, with their postings and multipliers, in the order accumulate adds them. */
  scoreTerms(queryTerms: readonly string[], weight: number, termWeights?: readonly number[]): ScoreTerm[] {
    const k1 = this.params.k1;
    const out: ScoreTerm[] = [];
    for (const [term, tw] of distinctWeights(queryTerms, termWeights)) {
      const id = this.termId(term);
      if (id === undefined || tw <= 0) continue;
      out.push({ docs: this.docs, tfs: this.tfs, from: this.offsets[id]!, end: this.offsets[id + 1]!, lengthNorm: this.lengthNorm,
        weight: weight * tw * this.idfs[id]! * (k1 + 1) });
    }
    return out;
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
 * are visited in order, so each term's documents stay ascending. `ids` holds exactly the parts' added terms; new
 * terms are added to it.
 */
function postings(parts: Bm25FieldParts, ids: Map<string, number>, documents: readonly (readonly string[])[]): Bm25FieldParts {
  const { terms, offsets, docs, tfs, docLengths } = parts;
  const addedTerms = [...parts.addedTerms];
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
      let id: number | undefined = terms.id(t);
      if (id < 0) id = ids.get(t);
      if (id === undefined) {
        ids.set(t, (id = terms.size + addedTerms.length));
        addedTerms.push(t);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, c] of counts) {
      entryTerm.push(id);
      entryDoc.push(docLengths.length + i);
      entryTf.push(Math.min(c, MAX_TF));
    }
  });
  const oldTerms = offsets.length - 1;
  const termCount = terms.size + addedTerms.length;
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
  return { terms, addedTerms, offsets: newOffsets, docs: newDocs, tfs: newTfs, docLengths: lengths };
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
