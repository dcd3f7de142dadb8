import type { ArticleSummary, ServingInstance } from '../../core/ports/admin.js';

/**
 * The instances that answer from this version of an article: all of them for a bundled one (it ships with the
 * release), else those whose index was brought up to the revision that stored it, or later.
 */
export function servedBy(article: Pick<ArticleSummary, 'origin' | 'revision'>, instances: readonly ServingInstance[]): ServingInstance[] {
  return instances.filter((i) => article.origin === 'bundled' || i.revision >= article.revision);
}
