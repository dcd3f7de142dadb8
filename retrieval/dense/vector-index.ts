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
}
