import { createHash } from 'node:crypto';
import type { Article } from './article.js';

// Articles are never changed once made (readonly throughout): a digest computed or loaded once holds for the object.
const known = new WeakMap<Article, string>();

/** sha256 (hex) of everything about an article (its JSON): what its version and the corpus hash are made of. */
export function articleDigest(article: Article): string {
  let digest = known.get(article);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(article)).digest('hex');
    known.set(article, digest);
  }
  return digest;
}

/**
 * Records the digest a saved index holds for an article it loads, so a hundred thousand passages of text are not
 * serialised and hashed again on every start. Only for articles read back from where their digest was saved with them.
 */
export function rememberDigest(article: Article, digest: string): void {
  known.set(article, digest);
}
