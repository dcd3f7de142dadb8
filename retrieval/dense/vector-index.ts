/** A nearest-neighbour index over unit vectors. Similarity is the dot product: higher is better. */
export interface VectorHit {
  readonly id: number;
  readonly similarity: number;
}

export interface VectorIndex {
  readonly dimensions: number;
  readonly size: number;
  search(query: Float32Array, k: number): VectorHit[];
  save(file: string): void;
  /** Whether the vector stored under this id is exactly this one (a check that a saved graph is the expected one). */
  holds(id: number, vector: Float32Array): boolean;
  /** Makes room for this many vectors in all, so adding up to it does not grow the index again. */
  reserve(count: number): void;
  /** Adds vectors in place; their ids continue from size. */
  add(vectors: readonly Float32Array[]): void;
}
