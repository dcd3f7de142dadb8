import { createRequire } from 'node:module';
import type { HierarchicalNSW as Hnsw } from 'hnswlib-node';
import type { VectorHit, VectorIndex } from './vector-index.js';

// hnswlib-node is a native addon: load it lazily so a failed build names the fix instead of a bare dlopen error.
function loadHnsw(): typeof Hnsw {
  try {
    return (createRequire(import.meta.url)('hnswlib-node') as { HierarchicalNSW: typeof Hnsw }).HierarchicalNSW;
  } catch (cause) {
    throw new Error('hnswlib-node could not be loaded; run `npm ci` (it builds with node-gyp: python3, make, g++)', { cause });
  }
}

const M = 16;
const EF_CONSTRUCTION = 200;
const EF_SEARCH = 32;
const SEED = 42;

class HnswVectorIndex implements VectorIndex {
  constructor(
    private readonly index: Hnsw,
    readonly dimensions: number,
  ) {}

  get size(): number {
    return this.index.getCurrentCount();
  }

  search(query: Float32Array, k: number): VectorHit[] {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    const { neighbors, distances } = this.index.searchKnn(Array.from(query), n);
    // Inner-product space: distance = 1 - dot.
    return neighbors.map((id, i) => ({ id, similarity: 1 - distances[i]! }));
  }

  save(file: string): void {
    this.index.writeIndexSync(file);
  }
}

/** Builds an HNSW index whose labels are the vectors' positions. */
export function buildHnswIndex(vectors: readonly Float32Array[], dimensions: number): VectorIndex {
  const Ctor = loadHnsw();
  const index = new Ctor('ip', dimensions);
  index.initIndex({ maxElements: Math.max(1, vectors.length), m: M, efConstruction: EF_CONSTRUCTION, randomSeed: SEED });
  index.setEf(EF_SEARCH);
  vectors.forEach((v, i) => {
    if (v.length !== dimensions) throw new Error(`vector ${i} has ${v.length} dimensions, expected ${dimensions}`);
    index.addPoint(Array.from(v), i);
  });
  return new HnswVectorIndex(index, dimensions);
}

export function loadHnswIndex(file: string, dimensions: number): VectorIndex {
  const Ctor = loadHnsw();
  const index = new Ctor('ip', dimensions);
  index.readIndexSync(file);
  index.setEf(EF_SEARCH);
  return new HnswVectorIndex(index, dimensions);
}
