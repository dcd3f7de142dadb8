import type { StoredArticle } from '../../core/article-store.js';
import type { Article } from '../../retrieval/corpus/article.js';
import { parseArticle } from '../../retrieval/corpus/parse-article.js';

/** A stored article as the index reads it. */
export function storedArticle(s: StoredArticle): Article {
  return parseArticle(s.fileName, s.text);
}
