import type { Article } from '../corpus/article.js';
import { articlePassages } from '../corpus/passages.js';
import type { Embedder } from '../dense/embedder.js';
import { buildHnswIndex } from '../dense/hnsw-index.js';
import { NORMALIZER_VERSION } from '../text/normalize.js';
import { loadIndex, readManifest, saveIndex, type IndexData } from './index-files.js';
import { corpusHash, INDEX_FORMAT, manifestMismatch, type IndexManifest, type ManifestKey } from './manifest.js';

export interface OpenIndexOptions {
  /** Where the index lives; undefined keeps it in memory only (benchmarks, tests). */
  readonly dir?: string;
  readonly articles: readonly Article[];
  readonly embedder: Embedder;
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
  readonly now?: () => Date;
}

export interface OpenedIndex extends IndexData {
  /** Why the index was built rather than loaded; undefined when the saved one was used. */
  readonly rebuiltBecause?: string;
}

/** Loads the saved index when its manifest matches the articles and embedder, otherwise builds (and saves) one. */
export async function openIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const key: ManifestKey = {
    format: INDEX_FORMAT,
    embedderId: options.embedder.id,
    dimensions: options.embedder.dimensions,
    normalizerVersion: NORMALIZER_VERSION,
    corpusHash: corpusHash(options.articles),
  };
  let reason = 'no saved index (in-memory)';
  if (options.dir) {
    const saved = readManifest(options.dir);
    reason = saved === undefined ? 'no saved index' : (manifestMismatch(key, saved) ?? '');
    if (!reason) {
      try {
        return loadIndex(options.dir, saved as IndexManifest);
      } catch (err) {
        reason = `saved index unreadable: ${(err as Error).message}`;
      }
    }
  }
  const passages = options.articles.flatMap(articlePassages);
  const vectors = await embedAll(options, passages.map((p) => p.text));
  const manifest: IndexManifest = { ...key, passages: passages.length, builtAt: (options.now?.() ?? new Date()).toISOString() };
  const data = { manifest, articles: options.articles, passages, vectors };
  if (options.dir) return { ...saveIndex(options.dir, data), rebuiltBecause: reason };
  return { ...data, vectorIndex: buildHnswIndex(vectors, key.dimensions), rebuiltBecause: reason };
}

async function embedAll(options: OpenIndexOptions, texts: readonly string[]): Promise<Float32Array[]> {
  const size = options.batchSize ?? 64;
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += size) {
    out.push(...(await options.embedder.embed(texts.slice(i, i + size))));
    options.onProgress?.(Math.min(i + size, texts.length), texts.length);
  }
  return out;
}
