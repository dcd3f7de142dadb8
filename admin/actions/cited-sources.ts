import type { TurnRow } from '../../core/ports/log-store.js';
import type { ArticleDetail, CorpusAdmin } from '../../core/ports/admin.js';

type Block = ArticleDetail['blocks'][number];

/** One citation of a logged turn, resolved against the corpus as it is now or as it was. */
export interface CitedSource {
  /** The [n] of the answer. */
  readonly n: number;
  readonly paragraphId: string;
  readonly articleId: string;
  /** The article version that holds the paragraph: the served one, or an archived one when it was removed. */
  readonly article?: ArticleDetail;
  readonly paragraph?: Block;
  /** 'replaced': the article is served in a newer version without this paragraph; 'deleted': the article is gone. */
  readonly removed?: 'replaced' | 'deleted';
}

export interface TurnSources {
  readonly sources: readonly CitedSource[];
  /** Each cited article once, for "Xem cả bài": the served version, or the archived one of a deleted article. */
  readonly articles: readonly ArticleDetail[];
}

/** Finds every cited paragraph: in the served article, else in the versions that were replaced or deleted. */
export async function resolveCitedSources(corpus: Pick<CorpusAdmin, 'article' | 'archived'>, turn: Pick<TurnRow, 'citations'>): Promise<TurnSources> {
  const articles = new Map<string, ArticleDetail>();
  const archived = new Map<string, Promise<ArticleDetail[]>>();
  const versionsOf = (id: string): Promise<ArticleDetail[]> => {
    if (!archived.has(id)) archived.set(id, corpus.archived(id));
    return archived.get(id)!;
  };
  const sources: CitedSource[] = [];
  for (const [i, c] of turn.citations.entries()) sources.push(await resolveOne(c, i));
  return { sources, articles: [...articles.values()] };

  async function resolveOne(c: TurnRow['citations'][number], i: number): Promise<CitedSource> {
    const base = { n: i + 1, paragraphId: c.paragraphId, articleId: c.articleId };
    const served = corpus.article(c.articleId);
    const paragraph = served?.blocks.find((b) => b.paragraphId === c.paragraphId);
    if (served) articles.set(served.id, served);
    if (served && paragraph) return { ...base, article: served, paragraph };
    for (const old of await versionsOf(c.articleId)) {
      const found = old.blocks.find((b) => b.paragraphId === c.paragraphId);
      if (!found) continue;
      if (!served && !articles.has(old.id)) articles.set(old.id, old);
      return { ...base, article: old, paragraph: found, removed: served ? 'replaced' : 'deleted' };
    }
    return base;
  }
}
