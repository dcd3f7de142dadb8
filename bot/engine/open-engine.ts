import { createHash } from 'node:crypto';
import { join, resolve, sep } from 'node:path';
import type { ArticleStore, CorpusSnapshot } from '../../core/article-store.js';
import { createCachedEmbedder } from '../../retrieval/dense/cached-embedder.js';
import { ArticleError } from '../../retrieval/corpus/article.js';
import { articleVersion } from '../../retrieval/corpus/article-version.js';
import { createRetriever, type RetrieverOptions } from '../../retrieval/create-retriever.js';
import type { ExtractOptions } from '../../retrieval/answer/extract-answer.js';
import type { Embedder } from '../../retrieval/dense/embedder.js';
import { createHashedNgramEmbedder } from '../../retrieval/dense/hashed-ngram-embedder.js';
import { createOpenAIEmbedder } from '../../retrieval/dense/openai-embedder.js';
import { readManifest } from '../../retrieval/index/index-files.js';
import { openCorpusIndex } from '../../retrieval/index/open-corpus-index.js';
import { loadIndex, openIndex, type OpenedIndex } from '../../retrieval/index/open-index.js';
import { readStamps } from '../../retrieval/index/source-stamps.js';
import type { IndexManifest } from '../../retrieval/index/manifest.js';
import type { Config } from '../config.js';
import { AnswerEngine } from '../answer/answer-engine.js';
import type { AnswerGenerator } from '../generation/generator.js';
import { articlesDir, indexDir } from './data-paths.js';
import { openArticleStore } from './open-article-store.js';
import { storedArticle } from './read-corpus.js';

export interface OpenedEngine {
  readonly engine: AnswerEngine;
  readonly index: OpenedIndex;
  readonly embedder: Embedder;
  /** Set when the corpus could not be read and the last good index is serving instead. */
  readonly corpusError?: ArticleError;
  /** The added articles as stored when they were read (empty after a corpusError: the saved index serves). */
  readonly stored: CorpusSnapshot;
}

export async function createEmbedder(config: Config): Promise<Embedder> {
  if (!config.openai) return createHashedNgramEmbedder();
  const remote = await createOpenAIEmbedder({ apiKey: config.openai.apiKey, model: config.openai.embeddingModel, timeoutMs: config.openai.timeoutMs,
    ...(config.openai.baseURL ? { baseURL: config.openai.baseURL } : {}) });
  // Paid per token: vectors are kept by content hash, one cache file per model.
  const name = createHash('sha256').update(remote.id).digest('hex').slice(0, 16);
  return createCachedEmbedder(remote, join(config.dataDir, 'embedding-cache', `${name}.bin`));
}

export interface OpenEngineOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly embedder?: Embedder;
  /** The model path; absent, answers are extractive. */
  readonly generator?: AnswerGenerator;
  /** For evaluations that switch parts of the reading or the decision off (npm run eval -- --ablate). */
  readonly retriever?: RetrieverOptions;
  readonly extract?: ExtractOptions;
  readonly separate?: boolean;
  /** Where the added articles are; opened for the config (and closed again) when absent. */
  readonly articleStore?: ArticleStore;
}

/** The engine answering from an index, as openEngine and an in-memory append make it. */
export function engineOver(config: Config, index: OpenedIndex, embedder: Embedder,
  options: Pick<OpenEngineOptions, 'generator' | 'retriever' | 'extract' | 'separate'> = {}): AnswerEngine {
  return new AnswerEngine({ retriever: createRetriever(index, embedder, options.retriever), articles: index.articles,
    maxQuestionChars: config.maxQuestionChars, ...(options.extract ? { extract: options.extract } : {}),
    ...(options.separate === false ? { separate: false } : {}),
    ...(options.generator ? { generator: options.generator } : {}) });
}

/**
 * Reads the corpus (only the article files changed since the index was saved: see openCorpusIndex), loads or rebuilds
 * the index and returns the engine. When an article file is broken and a saved index exists, the saved index keeps
 * serving (its own articles) and the error is returned for the operator.
 */
export async function openEngine(config: Config, options: OpenEngineOptions = {}): Promise<OpenedEngine> {
  const embedder = options.embedder ?? (await createEmbedder(config));
  let index: OpenedIndex;
  let corpusError: ArticleError | undefined;
  let stored: CorpusSnapshot = { revision: 0, articles: [] };
  const store = options.articleStore ?? (await openArticleStore(config)).articles;
  const progress = options.onProgress ? { onProgress: options.onProgress } : {};
  try {
    if (store.shared) {
      // Added articles live in the database: read from it; the bundled files are checked by their stamps.
      const { revision, articles } = await store.load();
      stored = { revision, articles: articles.map((a) => ({ id: a.id, version: a.version, revision: a.revision })) };
      index = await openCorpusIndex({ dirs: [config.corpusDir], added: articles.map(storedArticle), dir: indexDir(config), embedder, ...progress });
    } else {
      // Added articles are files under DATA_DIR: a start with nothing changed reads none of them (openCorpusIndex).
      index = await openCorpusIndex({ dirs: [config.corpusDir, articlesDir(config)], dir: indexDir(config), embedder, ...progress });
      stored = addedFromStamps(config, index) ?? (await store.snapshot());
    }
  } catch (err) {
    if (!(err instanceof ArticleError)) throw err;
    const saved = readManifest(indexDir(config)) as IndexManifest | undefined;
    if (!saved) throw err;
    corpusError = err;
    const articles = [...loadIndex(indexDir(config), saved).articles];
    index = await openIndex({ dir: indexDir(config), articles, embedder, ...progress });
  } finally {
    if (!options.articleStore) await store.close();
  }
  return { engine: engineOver(config, index, embedder, options), index, embedder, stored, ...(corpusError ? { corpusError } : {}) };
}

/**
 * The added articles (files under DATA_DIR/articles) as the file store would list them, from the stamps the index
 * was opened with rather than by reading the files again; undefined when the stamps were not saved.
 */
function addedFromStamps(config: Config, index: OpenedIndex): CorpusSnapshot | undefined {
  const stamps = readStamps(indexDir(config));
  if (stamps.size === 0) return undefined;
  const dir = resolve(articlesDir(config));
  const added = new Set([...stamps.values()].filter((s) => resolve(s.file).startsWith(`${dir}${sep}`)).map((s) => s.id));
  return { revision: 0, articles: index.articles.filter((a) => added.has(a.id)).map((a) => ({ id: a.id, version: articleVersion(a), revision: 0 })) };
}

/**
 * The engine over the index saved under DATA_DIR, as it is: for a thread that must answer from exactly the index the
 * server built, so it neither reads the corpus nor rebuilds. Throws when there is none, when it is not the one named
 * by `corpusHash`, or when it was built with another embedder.
 */
export async function openSavedEngine(config: Config, options: { corpusHash: string; embedder?: Embedder }): Promise<OpenedEngine> {
  const embedder = options.embedder ?? (await createEmbedder(config));
  const manifest = readManifest(indexDir(config)) as IndexManifest | undefined;
  if (!manifest) throw new Error(`no saved index in ${indexDir(config)}`);
  if (manifest.corpusHash !== options.corpusHash) throw new Error('the saved index is not the one the server serves (it changed meanwhile)');
  if (manifest.embedderId !== embedder.id) throw new Error(`the saved index was built with ${manifest.embedderId}, not ${embedder.id}`);
  const index = loadIndex(indexDir(config), manifest);
  const engine = new AnswerEngine({ retriever: createRetriever(index, embedder), articles: index.articles, maxQuestionChars: config.maxQuestionChars });
  return { engine, index, embedder, stored: { revision: 0, articles: [] } };
}
