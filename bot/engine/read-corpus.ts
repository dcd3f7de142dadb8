import type { ArticleStore, CorpusSnapshot, StoredArticle } from '../../core/article-store.js';
import { ArticleError, type Article } from '../../retrieval/corpus/article.js';
import { loadCorpus } from '../../retrieval/corpus/load-corpus.js';
import { parseArticle } from '../../retrieval/corpus/parse-article.js';
import type { Config } from '../config.js';

/** A stored article as the index reads it. */
export function storedArticle(s: StoredArticle): Article {
  return parseArticle(s.fileName, s.text);
}

export interface ReadCorpus {
  readonly articles: Article[];
  /** The added articles as stored, with the revision they make up. */
  readonly stored: CorpusSnapshot;
}

/**
 * The bundled articles (corpus/) and the added ones from the store, together; an added article that takes a bundled
 * one's id (a release that now bundles it) is an ArticleError naming both.
 */
export async function readCorpus(config: Config, store: ArticleStore): Promise<ReadCorpus> {
  const bundled = loadCorpus([config.corpusDir]);
  const { revision, articles } = await store.load();
  const ids = new Map(bundled.map((a) => [a.id, a.sourceFile]));
  const added = articles.map((s) => {
    const article = storedArticle(s);
    const other = ids.get(article.id);
    if (other) throw new ArticleError(s.fileName, `article id "${article.id}" is already used by ${other}`);
    ids.set(article.id, s.fileName);
    return article;
  });
  return { articles: [...bundled, ...added], stored: { revision, articles: articles.map((a) => ({ id: a.id, version: a.version, revision: a.revision })) } };
}
