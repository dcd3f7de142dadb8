import type { Article } from '../../retrieval/corpus/article.js';
import type { Passage } from '../../retrieval/corpus/passages.js';
import type { ArticleView } from '../../core/article-view.js';

/** Articles as the citation panel shows them, built once from the opened index. */
export function articleViews(articles: readonly Article[], passages: readonly Passage[]): (id: string) => ArticleView | undefined {
  const byArticle = new Map<string, Passage[]>();
  for (const p of passages) {
    const list = byArticle.get(p.articleId) ?? [];
    list.push(p);
    byArticle.set(p.articleId, list);
  }
  const views = new Map<string, ArticleView>(articles.map((a) => [a.id, {
    id: a.id, title: a.title, publication: a.publication, date: a.date ?? null,
    paragraphs: (byArticle.get(a.id) ?? []).map((p) => ({ paragraphId: p.paragraphId, ordinal: p.ordinal,
      ...(p.heading ? { heading: p.heading } : {}), text: p.text })),
  }]));
  return (id) => views.get(id);
}
