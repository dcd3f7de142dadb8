import { randomBytes } from 'node:crypto';
import type { Article } from '../corpus/article.js';
import { articlePassages } from '../corpus/passages.js';
import type { Embedder } from '../dense/embedder.js';
import { buildHnswIndex } from '../dense/hnsw-index.js';
import { SparseIndex } from '../sparse/sparse-index.js';
import { NORMALIZER_VERSION } from '../text/normalize.js';
import { appendArticles, appendToIndex } from './append-articles.js';
import { bundledAbbreviations } from './bundled-abbreviations.js';
import { readIndexFiles, readManifest, saveIndex, type IndexData } from './index-files.js';
import { corpusHash, INDEX_FORMAT, manifestMismatch, type IndexManifest, type ManifestKey } from './manifest.js';
import { featuresFingerprint, passageFeatures } from './passage-features.js';

export interface OpenIndexOptions {
  /** Where the index lives; undefined keeps it in memory only (benchmarks, tests). */
  readonly dir?: string;
  readonly articles: readonly Article[];
  readonly embedder: Embedder;
  readonly batchSize?: number;
  /** Passages done of the total: a passage counts half when embedded and whole once in the graph. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly now?: () => Date;
}

export interface OpenedIndex extends IndexData {
  /** Why the index was built rather than loaded; undefined when the saved one was used. */
  readonly rebuiltBecause?: string;
  /** Articles added to the saved index (and recorded in its journal) instead of rebuilding it. */
  readonly appended?: number;
}

/** Past this many journal files, or a journal of more than a fifth of the built passages, a change rebuilds instead. */
const MAX_JOURNAL = 32;
const MAX_JOURNAL_SHARE = 0.2;

/**
 * Loads the saved index when its manifest matches the articles and embedder; when the articles differ from the saved
 * ones only by new articles, adds those to it (appendArticles); otherwise builds (and saves) one.
 */
export async function openIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const key = indexKey(options.embedder, corpusHash(options.articles));
  let reason = 'no saved index (in-memory)';
  if (options.dir) {
    const saved = readManifest(options.dir);
    const mismatch = saved === undefined ? 'no saved index' : manifestMismatch(key, saved);
    const onlyArticlesAdded = mismatch?.startsWith('corpusHash') &&
      !manifestMismatch({ ...key, corpusHash: (saved as IndexManifest).corpusHash }, saved);
    reason = mismatch ?? '';
    if (!mismatch || onlyArticlesAdded) {
      try {
        // Same corpus hash: the articles given are the saved ones, and need not be parsed from the index again.
        const loaded = loadIndex(options.dir, saved as IndexManifest, mismatch ? undefined : options.articles);
        if (!mismatch) return loaded;
        const added = addedArticles(loaded, options.articles);
        if (added) return { ...(await appendArticles({ index: loaded, articles: added, embedder: options.embedder, dir: options.dir })), appended: added.length };
      } catch (err) {
        reason = `saved index unusable: ${(err as Error).message}`;
      }
    }
  }
  return { ...(await buildIndex(options, key)), rebuiltBecause: reason };
}

/** What a saved index must match to serve these articles (by their corpus hash) with this embedder. */
export function indexKey(embedder: Embedder, hash: string): ManifestKey {
  return { format: INDEX_FORMAT, embedderId: embedder.id, dimensions: embedder.dimensions, normalizerVersion: NORMALIZER_VERSION, corpusHash: hash };
}

/**
 * The saved index (its manifest already checked) with its journal applied; throws when its files are broken or
 * disagree with the manifest, or when its terms were derived differently from how this code derives them.
 */
export function loadIndex(dir: string, manifest: IndexManifest, known?: readonly Article[]): IndexData {
  const { base, journal } = readIndexFiles(dir, manifest, known);
  if (featuresFingerprint(base.passages, base.articles, bundledAbbreviations()) !== manifest.featuresHash) {
    throw new Error('passage terms are derived differently now (the text handling or the abbreviation table changed)');
  }
  // The journal's articles in one addition: the postings are merged once, and the graph grows to its size once.
  const added = journal.flatMap((entry) => entry.articles);
  base.vectorIndex.reserve(manifest.passages);
  const index = added.length > 0 ? appendToIndex(base, added, journal.flatMap((entry) => entry.vectors)) : base;
  if (index.passages.length !== manifest.passages) throw new Error(`the journal holds ${index.passages.length} passages, the manifest ${manifest.passages}`);
  return { ...index, manifest };
}

/** The articles beyond the saved ones, when every saved article is still there unchanged and the journal has room. */
function addedArticles(saved: IndexData, articles: readonly Article[]): Article[] | undefined {
  const now = new Map(articles.map((a) => [a.id, a]));
  if (saved.articles.some((a) => JSON.stringify(a) !== JSON.stringify(now.get(a.id)))) return undefined;
  const { journal, passages, basePassages } = saved.manifest;
  if (journal.length >= MAX_JOURNAL || passages - basePassages > MAX_JOURNAL_SHARE * basePassages) return undefined;
  const known = new Set(saved.articles.map((a) => a.id));
  return articles.filter((a) => !known.has(a.id));
}

async function buildIndex(options: OpenIndexOptions, key: ManifestKey): Promise<IndexData> {
  const passages = options.articles.flatMap(articlePassages);
  const total = passages.length;
  const progress = (halves: number): void => options.onProgress?.(Math.floor(halves / 2), total);
  const vectors = await embedAll(options, passages.map((p) => p.text), progress);
  const abbreviations = bundledAbbreviations();
  const features = passageFeatures(passages, options.articles, abbreviations);
  const sparse = SparseIndex.build(features.terms);
  const manifest: IndexManifest = { ...key, passages: total, basePassages: total, featuresHash: featuresFingerprint(passages, options.articles, abbreviations),
    journal: [], builtAt: (options.now?.() ?? new Date()).toISOString(), buildId: randomBytes(8).toString('hex') };
  const data = { manifest, articles: options.articles, passages, vectors, sparse, places: features.places };
  const inserted = (done: number): void => progress(total + done);
  if (options.dir) return saveIndex(options.dir, data, inserted);
  return { ...data, vectorIndex: buildHnswIndex(vectors, key.dimensions, inserted) };
}

async function embedAll(options: OpenIndexOptions, texts: readonly string[], progress: (halves: number) => void): Promise<Float32Array[]> {
  const size = options.batchSize ?? 64;
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += size) {
    out.push(...(await options.embedder.embed(texts.slice(i, i + size))));
    progress(Math.min(i + size, texts.length));
  }
  return out;
}
