import type { Article } from './article.js';
import { articleDigest } from './article-digest.js';

/** A short content hash of an article: logged with citations and kept by curated answers to notice later edits. */
export function articleVersion(article: Article): string {
  return versionOfDigest(articleDigest(article));
}

/** The version of the article whose digest this is (see articleDigest). */
export function versionOfDigest(digest: string): string {
  return digest.slice(0, 16);
}
