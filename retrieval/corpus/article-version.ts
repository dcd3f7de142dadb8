import { createHash } from 'node:crypto';
import type { Article } from './article.js';

/** A short content hash of an article: logged with citations and kept by curated answers to notice later edits. */
export function articleVersion(article: Article): string {
  return createHash('sha256').update(JSON.stringify(article)).digest('hex').slice(0, 16);
}
