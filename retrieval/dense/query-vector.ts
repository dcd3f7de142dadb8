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
 * copies the query element by element). Measured: the seed corpus (112 passages × ~50 query entries) scans in a tenth
 * of the HNSW call's time; the 691 paragraphs of the retrieval benchmark with its longer questions scan slower than
 * HNSW searches. Exact neighbours are never worse than approximate ones.
 */
export const EXACT_SCAN_BUDGET = 40_000;

export function exactScanPays(q: QueryVector, size: number): boolean {
  return q.dims.length * size <= EXACT_SCAN_BUDGET;
}

/** The k most similar vectors by dot product, best first, ties to the lower id (as the HNSW index is asked). */
export function exactNeighbours(vectors: readonly Float32Array[], q: QueryVector, k: number): VectorHit[] {
  const hits: VectorHit[] = [];
  if (k <= 0) return hits;
  for (let id = 0; id < vectors.length; id++) {
    const similarity = dotQuery(vectors[id]!, q);
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
