import type { StoredArticleRef } from '../../core/article-store.js';

export type SyncPlan =
  | { readonly kind: 'none' }
  /** Only new articles: added to the serving index in memory. */
  | { readonly kind: 'append'; readonly ids: readonly string[] }
  /** An article was replaced or deleted: its passages must leave the index, which a rebuild does. */
  | { readonly kind: 'rebuild'; readonly because: string };

/**
 * What brings an index serving `served` (the added articles it holds, id → version) up to the store's `stored`
 * articles: nothing, an append of the new ones, or a rebuild when one it holds changed or is gone.
 */
export function planSync(served: ReadonlyMap<string, string>, stored: readonly StoredArticleRef[]): SyncPlan {
  const now = new Map(stored.map((a) => [a.id, a.version]));
  for (const [id, version] of served) {
    if (!now.has(id)) return { kind: 'rebuild', because: `${id} was deleted` };
    if (now.get(id) !== version) return { kind: 'rebuild', because: `${id} was replaced` };
  }
  const added = stored.filter((a) => !served.has(a.id)).map((a) => a.id);
  return added.length ? { kind: 'append', ids: added } : { kind: 'none' };
}
