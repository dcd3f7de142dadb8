import type { Article } from '../corpus/article.js';
import { articlePassages } from '../corpus/passages.js';
import type { Embedder } from '../dense/embedder.js';
import type { AbbreviationExpander } from '../text/abbreviations.js';
import { bundledAbbreviations } from './bundled-abbreviations.js';
import { writeJournal, type IndexData } from './index-files.js';
import { corpusHash } from './manifest.js';
import { passageFeatures } from './passage-features.js';

/**
 * The index with articles added after its own passages: their passages get the next positions, their terms go into
 * the sparse index (whose idf and length norms are recomputed for the new count) and their vectors into the graph.
 * The graph is changed in place; the rest is new. Vectors are given, one per passage of the articles, in order.
 */
export function appendToIndex(index: IndexData, articles: readonly Article[], vectors: readonly Float32Array[],
  abbreviations: AbbreviationExpander = bundledAbbreviations()): IndexData {
  const passages = articles.flatMap(articlePassages);
  if (vectors.length !== passages.length) throw new Error(`appending ${passages.length} passages with ${vectors.length} vectors`);
  const allArticles = [...index.articles, ...articles];
  const features = passageFeatures(passages, allArticles, abbreviations);
  const sparse = index.sparse.withDocuments(features.terms);
  index.vectorIndex.add(vectors);
  return { ...index, articles: allArticles, passages: [...index.passages, ...passages], vectors: [...index.vectors, ...vectors], sparse,
    places: [...index.places, ...features.places] };
}

export interface AppendOptions {
  readonly index: IndexData;
  readonly articles: readonly Article[];
  readonly embedder: Embedder;
  /** The index's directory: the articles and their vectors are written to a journal file the manifest then names. */
  readonly dir?: string;
  readonly batchSize?: number;
}

/**
 * Adds new articles to a built index without rebuilding it (see appendToIndex), and records them in its directory, so
 * a later start loads the same index. An article whose id the index already has is refused: replacing one changes
 * passages the index holds, which only a rebuild does.
 */
export async function appendArticles(o: AppendOptions): Promise<IndexData> {
  const known = new Set(o.index.articles.map((a) => a.id));
  const repeated = o.articles.find((a) => known.has(a.id));
  if (repeated) throw new Error(`article ${repeated.id} is already in the index; replacing it needs a rebuild`);
  const texts = o.articles.flatMap(articlePassages).map((p) => p.text);
  const vectors: Float32Array[] = [];
  const size = o.batchSize ?? 64;
  for (let i = 0; i < texts.length; i += size) vectors.push(...(await o.embedder.embed(texts.slice(i, i + size))));
  const manifest = { ...o.index.manifest, corpusHash: corpusHash([...o.index.articles, ...o.articles]),
    passages: o.index.passages.length + texts.length,
    journal: [...o.index.manifest.journal, `journal-${o.index.manifest.journal.length + 1}.json`] };
  // Recorded before the graph changes: a failed write leaves the index in memory and on disk as it was.
  if (o.dir) writeJournal(o.dir, { articles: o.articles, vectors }, manifest, o.index.manifest.dimensions);
  return { ...appendToIndex(o.index, o.articles, vectors), manifest };
}
