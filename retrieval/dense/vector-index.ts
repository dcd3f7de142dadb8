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
  /** Adds vectors in place; their ids continue from size. */
  add(vectors: readonly Float32Array[]): void;
}
