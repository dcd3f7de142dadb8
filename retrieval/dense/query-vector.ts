import type { VectorHit } from './vector-index.js';

/**
 * A query vector kept as its non-zero entries. The offline embedder fills a few dozen of its 512 dimensions for a
 * question, so dot products over these entries alone cost a tenth of full ones; a dense (model) vector keeps them all.
 */
export interface QueryVector {
  readonly dims: Uint32Array;
  readonly values: Float32Array;
}

export function queryVector(v: Float32Array): QueryVector {
  let n = 0;
  for (let i = 0; i < v.length; i++) if (v[i] !== 0) n++;
  const dims = new Uint32Array(n);
  const values = new Float32Array(n);
  for (let i = 0, j = 0; i < v.length; i++) {
    if (v[i] === 0) continue;
    dims[j] = i;
    values[j++] = v[i]!;
  }
  return { dims, values };
}

export function dotQuery(v: Float32Array, q: QueryVector): number {
  let s = 0;
  for (let j = 0; j < q.dims.length; j++) s += v[q.dims[j]!]! * q.values[j]!;
  return s;
}

/**
 * Multiply-adds below which an exact scan of every vector is cheaper than the HNSW search (whose native call alone
 * copies the query element by element). Measured (session 50, four dimensions a pass, see exactScores): a scan costs
 * about 0.75 ns a multiply-add, the HNSW search 100 µs on the retrieval benchmark's 691 paragraphs (a scan of its
 * questions' ~113 entries: 58 µs) and 190 µs on 5,611 (a scan: 700 µs); so the two meet near 130,000. Exact neighbours
 * are never worse than approximate ones.
 */
export const EXACT_SCAN_BUDGET = 120_000;

export function exactScanPays(q: QueryVector, size: number): boolean {
  return q.dims.length * size <= EXACT_SCAN_BUDGET;
}

// The vectors one dimension after another, built on the first exact scan of a vector list (and again once it has
// grown): a scan then reads, for each of the query's few dimensions, one contiguous run of floats, where reading the
// same dimensions row by row touched a separate cache line per vector and dimension (the seed corpus: a quarter of the
// scan's time). Only lists the exact scan serves get one, so its size stays under a few megabytes.
const columnsOf = new WeakMap<readonly Float32Array[], { readonly count: number; readonly columns: Float32Array }>();

function columns(vectors: readonly Float32Array[]): Float32Array {
  const kept = columnsOf.get(vectors);
  if (kept && kept.count === vectors.length) return kept.columns;
  const n = vectors.length;
  const dims = vectors[0]?.length ?? 0;
  const out = new Float32Array(dims * n);
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    for (let d = 0; d < dims; d++) out[d * n + i] = v[d]!;
  }
  columnsOf.set(vectors, { count: n, columns: out });
  return out;
}

/** Every vector's dot product with the query, by id; the same sums, in the same order, as dotQuery's. */
export function exactScores(vectors: readonly Float32Array[], q: QueryVector): Float64Array {
  const n = vectors.length;
  const scores = new Float64Array(n);
  if (n === 0) return scores;
  const cols = columns(vectors);
  const { dims, values } = q;
  // Four dimensions a pass: each score is read and written once for four products rather than for each (half the scan's
  // time on the retrieval benchmark's 691 paragraphs), added one at a time so the sums stay dotQuery's.
  let j = 0;
  for (; j + 4 <= dims.length; j += 4) {
    const f0 = dims[j]! * n;
    const f1 = dims[j + 1]! * n;
    const f2 = dims[j + 2]! * n;
    const f3 = dims[j + 3]! * n;
    const w0 = values[j]!;
    const w1 = values[j + 1]!;
    const w2 = values[j + 2]!;
    const w3 = values[j + 3]!;
    for (let i = 0; i < n; i++) scores[i] = scores[i]! + cols[f0 + i]! * w0 + cols[f1 + i]! * w1 + cols[f2 + i]! * w2 + cols[f3 + i]! * w3;
  }
  for (; j < dims.length; j++) {
    const from = dims[j]! * n;
    const w = values[j]!;
    for (let i = 0; i < n; i++) scores[i]! += cols[from + i]! * w;
  }
  return scores;
}

/** The k highest scores as hits, best first, ties to the lower id (as the HNSW index is asked). */
export function topSimilar(scores: Float64Array, k: number): VectorHit[] {
  const hits: VectorHit[] = [];
  if (k <= 0) return hits;
  for (let id = 0; id < scores.length; id++) {
    const similarity = scores[id]!;
    if (hits.length === k) {
      if (!(similarity > hits[k - 1]!.similarity)) continue;
      hits.pop();
    }
    // Insertion into a short sorted list (k is ten); strict > keeps the lower id first on a tie.
    let at = hits.length;
    while (at > 0 && similarity > hits[at - 1]!.similarity) at--;
    hits.splice(at, 0, { id, similarity });
  }
  return hits;
}

/** The k most similar vectors by dot product, best first, ties to the lower id (as the HNSW index is asked). */
export function exactNeighbours(vectors: readonly Float32Array[], q: QueryVector, k: number): VectorHit[] {
  return topSimilar(exactScores(vectors, q), k);
}
