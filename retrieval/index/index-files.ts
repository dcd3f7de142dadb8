import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../corpus/article.js';
import type { Passage } from '../corpus/passages.js';
import { buildHnswIndex, loadHnswIndex } from '../dense/hnsw-index.js';
import type { VectorIndex } from '../dense/vector-index.js';
import type { IndexManifest } from './manifest.js';

/** What an index directory holds. */
export interface IndexData {
  readonly manifest: IndexManifest;
  readonly articles: readonly Article[];
  readonly passages: readonly Passage[];
  readonly vectors: readonly Float32Array[];
  readonly vectorIndex: VectorIndex;
}

const FILES = { manifest: 'manifest.json', passages: 'passages.json', vectors: 'vectors.f32', hnsw: 'hnsw.bin' } as const;

/** Writes into a fresh sibling directory, then swaps it in, so a failed write leaves the old index whole. */
export function saveIndex(dir: string, data: Omit<IndexData, 'vectorIndex'>): IndexData {
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  try {
    const flat = new Float32Array(data.vectors.length * data.manifest.dimensions);
    data.vectors.forEach((v, i) => flat.set(v, i * data.manifest.dimensions));
    writeFileSync(join(tmp, FILES.vectors), Buffer.from(flat.buffer));
    const vectorIndex = buildHnswIndex(data.vectors, data.manifest.dimensions);
    vectorIndex.save(join(tmp, FILES.hnsw));
    writeFileSync(join(tmp, FILES.passages), JSON.stringify({ articles: data.articles, passages: data.passages }));
    // The manifest goes last: a directory without one is never loaded.
    writeFileSync(join(tmp, FILES.manifest), JSON.stringify(data.manifest, null, 2));
    const old = `${dir}.old-${process.pid}-${Date.now()}`;
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(tmp, dir);
    rmSync(old, { recursive: true, force: true });
    return { ...data, vectorIndex };
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

export function readManifest(dir: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, FILES.manifest), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Loads an index whose manifest was already checked; throws when its files disagree with it. */
export function loadIndex(dir: string, manifest: IndexManifest): IndexData {
  const { articles, passages } = JSON.parse(readFileSync(join(dir, FILES.passages), 'utf8')) as {
    articles: Article[];
    passages: Passage[];
  };
  const buf = readFileSync(join(dir, FILES.vectors));
  const dims = manifest.dimensions;
  if (passages.length !== manifest.passages || buf.byteLength !== passages.length * dims * 4) {
    throw new Error(`index in ${dir} is inconsistent: ${passages.length} passages, ${buf.byteLength} vector bytes`);
  }
  const flat = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  const vectors = passages.map((_, i) => flat.subarray(i * dims, (i + 1) * dims));
  const vectorIndex = loadHnswIndex(join(dir, FILES.hnsw), dims);
  if (vectorIndex.size !== passages.length) throw new Error(`index in ${dir}: HNSW holds ${vectorIndex.size} vectors`);
  return { manifest, articles, passages, vectors, vectorIndex };
}
