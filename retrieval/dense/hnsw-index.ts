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

  holds(id: number, vector: Float32Array): boolean {
    if (!(id >= 0 && id < this.size)) return false;
    const stored = this.index.getPoint(id);
    return stored.length === vector.length && stored.every((x, i) => x === vector[i]);
  }

  reserve(count: number): void {
    if (count > this.index.getMaxElements()) this.index.resizeIndex(count);
  }

  add(vectors: readonly Float32Array[]): void {
    const start = this.size;
    const needed = start + vectors.length;
    // Room grows by half again at least, so a run of single additions does not copy the graph each time.
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(Math.max(needed, Math.ceil(this.index.getMaxElements() * 1.5)));
    vectors.forEach((v, i) => addChecked(this.index, v, start + i, this.dimensions));
  }
}

function addChecked(index: Hnsw, v: Float32Array, label: number, dimensions: number): void {
  if (v.length !== dimensions) throw new Error(`vector ${label} has ${v.length} dimensions, expected ${dimensions}`);
  index.addPoint(Array.from(v), label);
}

/** Builds an HNSW index whose labels are the vectors' positions; onInserted is told every 256 insertions. */
export function buildHnswIndex(vectors: readonly Float32Array[], dimensions: number, onInserted?: (done: number) => void): VectorIndex {
  const Ctor = loadHnsw();
  const index = new Ctor('ip', dimensions);
  index.initIndex({ maxElements: Math.max(1, vectors.length), m: M, efConstruction: EF_CONSTRUCTION, randomSeed: SEED });
  index.setEf(EF_SEARCH);
  vectors.forEach((v, i) => {
    addChecked(index, v, i, dimensions);
    if (onInserted && ((i + 1) % 256 === 0 || i + 1 === vectors.length)) onInserted(i + 1);
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
