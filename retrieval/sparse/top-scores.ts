/**
 * One query term of one BM25 field: its postings (docs/tfs[from .. end)), the field's length norms and what its BM25
 * part is multiplied by (query weight × term weight × idf × (k1 + 1)).
 */
export interface ScoreTerm {
  readonly docs: Int32Array;
  readonly tfs: Uint16Array;
  readonly from: number;
  readonly end: number;
  readonly lengthNorm: Float32Array;
  readonly weight: number;
}

/** Adds the term's BM25 part into scores for each document it is in: weight × tf / (tf + length norm). */
export function addTerm(t: ScoreTerm, scores: Float64Array): void {
  // Locals, the end too: read through `t` the loop ran a fifth slower (measured, Node 20).
  const { docs, tfs, lengthNorm, weight, end } = t;
  for (let i = t.from; i < end; i++) {
    const d = docs[i]!;
    const tf = tfs[i]!;
    scores[d]! += (weight * tf) / (tf + lengthNorm[d]!);
  }
}

export interface TopScores {
  /** Documents by score, best first, ties by position; only positive scores. */
  readonly docs: number[];
  readonly scores: number[];
  /** Postings summed whole, to see what the pruning saved (without it, every list of the terms). */
  readonly summed: number;
  /** Documents scored exactly at the end. */
  readonly scored: number;
}

/**
 * Relative slack on the pruning bounds: partial sums are added in another order than the exact ones, so they differ
 * in their last bits; a billionth is far above that and far below any score difference that matters.
 */
const SLACK = 1e-9;

/** A list up to this many times the documents asked about is walked whole; a longer one is searched per document. */
const WALK = 4;

/**
 * Share of the floor the skipped lists' weights may reach: the more is skipped, the fewer postings are summed but
 * the more candidates are looked up in the skipped lists (measured on the pooled benchmark questions).
 */
const SKIP_SHARE = 0.6;

/**
 * Below this many documents every posting is summed: pruning's fixed costs (sorting terms, looking candidates up)
 * outweigh the postings it saves (measured: slower at 10,000 passages, even at 30,000, a third faster at 100,000).
 */
export const PRUNE_FROM = 40_000;

/**
 * Top-k BM25 over a fixed document set, equal to the k best of adding every term into one array (the same documents,
 * the same scores to the bit), without summing every posting of the common terms (max-score pruning). A term adds
 * less than its weight to any document (tf / (tf + norm) < 1) and every part is positive, so a partial sum is a floor
 * for its document's score, and the k-th best partial sum one for the k-th best score. The short lists are summed
 * first, then the long ones heaviest first, until the weights of the long lists left stay under a share of that
 * floor: those are skipped, and a document needs a partial sum of at least the floor less their weights to reach the
 * head. The skipped lists are then only looked up for those candidates, heaviest first, dropping each that can no
 * longer reach the floor, and the last candidates are scored exactly, term by term in the given order, so each score
 * is the same sum as addTerm's. Scratch arrays are kept between calls (not reentrant; calls are synchronous).
 */
export class TopScorer {
  private readonly partial: Float64Array;
  private readonly position: Int32Array;
  /** Documents the short lists reached, in the order first reached: where the head is looked for first. */
  private readonly reached: Int32Array;

  constructor(readonly docCount: number, private readonly pruneFrom = PRUNE_FROM) {
    this.partial = new Float64Array(docCount);
    this.position = new Int32Array(docCount).fill(-1);
    this.reached = new Int32Array(docCount);
  }

  /** The k best documents with their scores, as topIndices would give them from the full sums of `terms`. */
  top(terms: readonly ScoreTerm[], k: number): TopScores {
    if (k <= 0 || terms.length === 0) return { docs: [], scores: [], summed: 0, scored: 0 };
    if (this.docCount < this.pruneFrom) return this.exhaustive(terms, k);
    // Only a list this long is worth skipping; shorter ones cost less to sum than to look up.
    const long = Math.max(256, this.docCount >> 4);
    const partial = this.partial;
    let summed = 0;
    let reached = 0;
    // The short lists first, all of them: cheap, and the documents they reach are where the head is looked for.
    for (const t of terms) {
      if (t.end - t.from > long) continue;
      reached = this.addNoting(t, reached);
      summed += t.end - t.from;
    }
    // Then the long ones, heaviest first, until those left weigh too little to matter past the floor.
    const order = terms.filter((t) => t.end - t.from > long).sort((a, b) => b.weight - a.weight);
    let left = 0;
    for (const t of order) left += t.weight;
    let floor = 0;
    // The floor is a pass over the documents the short lists reached (or, with fewer than k of them, over every
    // document): it is found again only after as many postings have been summed since.
    let nextFloor = 0;
    let floorSummed = 0;
    // What the long lists summed can add at most to a document no short list reached.
    let longSummed = 0;
    let s = 0;
    for (; s < order.length; s++) {
      const t = order[s]!;
      if (summed >= nextFloor) {
        floor = reached >= k ? this.kthReached(reached, k) : kthLargest(partial, k);
        nextFloor = summed + (reached >= k ? reached : this.docCount);
        floorSummed = summed;
      }
      if (left < SKIP_SHARE * floor) break;
      addTerm(t, partial);
      summed += t.end - t.from;
      left -= t.weight;
      longSummed += t.weight;
    }
    if (s === order.length) left = 0;
    // Sums grew since the floor was found: a higher floor leaves fewer candidates to look up.
    if (summed > floorSummed && reached >= k) floor = Math.max(floor, this.kthReached(reached, k));
    const need = floor * (1 - SLACK) - left;
    const candidates = longSummed * (1 + SLACK) < need ? this.candidatesReached(reached, need) : this.candidatesAll(need);
    const partials = candidates.map((d) => partial[d]!);
    partial.fill(0);
    // The floor from the candidates' sums so far, found again when half of them have been dropped.
    let floorAt = Infinity;
    for (const t of order.slice(s)) {
      left -= t.weight;
      addLookedUp(t, candidates, partials);
      if (candidates.length > k && candidates.length * 2 <= floorAt) {
        floor = Math.max(floor, kthOf(partials, k));
        floorAt = candidates.length;
      }
      let kept = 0;
      for (let j = 0; j < candidates.length; j++) {
        if (partials[j]! + left < floor * (1 - SLACK)) continue;
        candidates[kept] = candidates[j]!;
        partials[kept++] = partials[j]!;
      }
      candidates.length = kept;
      partials.length = kept;
    }
    const exact = this.scoresOf(terms, candidates);
    const best = candidates.map((_, j) => j).filter((j) => exact[j]! > 0)
      .sort((a, b) => exact[b]! - exact[a]! || candidates[a]! - candidates[b]!).slice(0, k);
    return { docs: best.map((j) => candidates[j]!), scores: best.map((j) => exact[j]!), summed, scored: candidates.length };
  }

  /** The documents whose partial sum reaches `need`, ascending. */
  private candidatesAll(need: number): number[] {
    const partial = this.partial;
    const out: number[] = [];
    for (let d = 0; d < partial.length; d++) if (partial[d]! > 0 && partial[d]! >= need) out.push(d);
    return out;
  }

  /** candidatesAll when only a document the short lists reached can reach `need`: those are fewer than all. */
  private candidatesReached(reached: number, need: number): number[] {
    const out = new Int32Array(reached);
    let n = 0;
    for (let i = 0; i < reached; i++) {
      const d = this.reached[i]!;
      if (this.partial[d]! >= need) out[n++] = d;
    }
    const sorted = out.subarray(0, n).sort();
    // A document noted twice (a part that rounded to 0) is taken once.
    return Array.from(sorted).filter((d, i) => i === 0 || d !== sorted[i - 1]);
  }

  /** Every term summed into one array, and its k best. */
  private exhaustive(terms: readonly ScoreTerm[], k: number): TopScores {
    const scores = new Float64Array(this.docCount);
    let summed = 0;
    for (const t of terms) {
      addTerm(t, scores);
      summed += t.end - t.from;
    }
    const docs = topIndices(scores, k);
    return { docs, scores: docs.map((d) => scores[d]!), summed, scored: this.docCount };
  }

  /** addTerm, noting each document the term reaches first. */
  private addNoting(t: ScoreTerm, reached: number): number {
    const { docs, tfs, lengthNorm, weight, end } = t;
    const partial = this.partial;
    for (let i = t.from; i < end; i++) {
      const d = docs[i]!;
      const tf = tfs[i]!;
      // Every part is positive: 0 is a document not reached yet.
      if (partial[d] === 0) this.reached[reached++] = d;
      partial[d]! += (weight * tf) / (tf + lengthNorm[d]!);
    }
    return reached;
  }

  /** The k-th largest partial sum of the noted documents (k at most their count). */
  private kthReached(reached: number, k: number): number {
    const heap = new Float64Array(k);
    for (let i = 0; i < reached; i++) {
      const v = this.partial[this.reached[i]!]!;
      if (v > heap[0]!) replaceLeast(heap, v);
    }
    return heap[0]!;
  }

  /**
   * The full sums of `terms` for the given documents (ascending, distinct), added in the terms' order exactly as
   * addTerm adds them. A short list is walked; a long one is searched for each document.
   */
  scoresOf(terms: readonly ScoreTerm[], docs: readonly number[]): Float64Array {
    const m = docs.length;
    const out = new Float64Array(m);
    if (m === 0) return out;
    docs.forEach((d, j) => (this.position[d] = j));
    for (const t of terms) {
      const { docs: list, tfs, lengthNorm, weight } = t;
      if (t.end - t.from <= m * WALK) {
        for (let i = t.from; i < t.end; i++) {
          const j = this.position[list[i]!]!;
          if (j < 0) continue;
          const tf = tfs[i]!;
          out[j]! += (weight * tf) / (tf + lengthNorm[list[i]!]!);
        }
        continue;
      }
      let lo = t.from;
      for (let j = 0; j < m && lo < t.end; j++) {
        const d = docs[j]!;
        lo = firstAtLeast(list, lo, t.end, d);
        if (lo < t.end && list[lo] === d) {
          const tf = tfs[lo]!;
          out[j]! += (weight * tf) / (tf + lengthNorm[d]!);
        }
      }
    }
    for (const d of docs) this.position[d] = -1;
    return out;
  }

}

/** The k-th largest of the values, or 0 when fewer than k are positive: a min-heap of the k largest. */
function kthLargest(values: Float64Array, k: number): number {
  const heap = new Float64Array(k);
  for (let i = 0; i < values.length; i++) if (values[i]! > heap[0]!) replaceLeast(heap, values[i]!);
  return heap[0]!;
}

/** Adds the term's part into the partial sums of the given documents (ascending), searching its list for each. */
function addLookedUp(t: ScoreTerm, docs: readonly number[], partials: number[]): void {
  const { docs: list, tfs, lengthNorm, weight } = t;
  let lo = t.from;
  for (let j = 0; j < docs.length && lo < t.end; j++) {
    const d = docs[j]!;
    lo = firstAtLeast(list, lo, t.end, d);
    if (lo < t.end && list[lo] === d) {
      const tf = tfs[lo]!;
      partials[j]! += (weight * tf) / (tf + lengthNorm[d]!);
    }
  }
}

/** The k-th largest of the values (k ≤ their count): a min-heap of the k largest. */
function kthOf(values: readonly number[], k: number): number {
  const heap = Float64Array.from(values.slice(0, k)).sort();
  for (let i = k; i < values.length; i++) if (values[i]! > heap[0]!) replaceLeast(heap, values[i]!);
  return heap[0]!;
}

/** Puts v in place of a min-heap's least value. */
function replaceLeast(heap: Float64Array, v: number): void {
  heap[0] = v;
  for (let at = 0; ;) {
    const l = 2 * at + 1;
    const r = l + 1;
    let m = at;
    if (l < heap.length && heap[l]! < heap[m]!) m = l;
    if (r < heap.length && heap[r]! < heap[m]!) m = r;
    if (m === at) return;
    const x = heap[at]!;
    heap[at] = heap[m]!;
    heap[m] = x;
    at = m;
  }
}

/** The first position in list[lo .. end) (ascending) holding at least d, or end: galloping, then binary search. */
function firstAtLeast(list: Int32Array, lo: number, end: number, d: number): number {
  let step = 1;
  let hi = lo;
  while (hi < end && list[hi]! < d) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > end) hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices of the n largest positive scores, best first (ties by index). A bounded min-heap: no full sort. */
export function topIndices(scores: Float64Array, n: number): number[] {
  const heap: number[] = [];
  // "a is worse than b": lower score, or equal score and higher index.
  const worse = (a: number, b: number): boolean => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const swap = (i: number, j: number): void => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (let d = 0; d < scores.length; d++) {
    if (!(scores[d]! > 0)) continue;
    if (heap.length < n) {
      heap.push(d);
      for (let i = heap.length - 1; i > 0 && worse(heap[i]!, heap[(i - 1) >> 1]!); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (n > 0 && worse(heap[0]!, d)) {
      heap[0] = d;
      down(0);
    }
  }
  return heap.sort((a, b) => scores[b]! - scores[a]! || a - b);
}
