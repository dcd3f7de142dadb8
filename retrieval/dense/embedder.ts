/** Turns texts into unit-length vectors; cosine similarity (dot product) is "higher is better". */
export interface Embedder {
  /** Identifies the model and its settings; a saved index records it and is rebuilt when it changes. */
  readonly id: string;
  readonly dimensions: number;
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}
