import type { Article } from '../../retrieval/corpus/article.js';
import type { AnswerEngine } from '../answer/answer-engine.js';
import type { ArticleView } from '../../core/article-view.js';
import { articleViews } from './article-views.js';
import type { OpenedEngine } from './open-engine.js';

/** The index this instance answers from, and what it was made of; swapped whole, so a reader never sees half a change. */
export class ServedCorpus {
  private views: (id: string) => ArticleView | undefined;
  private byId: Map<string, Article>;

  constructor(private current: OpenedEngine) {
    this.views = articleViews(current.index.articles, current.index.passages);
    this.byId = new Map(current.index.articles.map((a) => [a.id, a]));
  }

  get opened(): OpenedEngine {
    return this.current;
  }

  /** The engine answering now; the pipeline asks for it on every turn. */
  engine(): AnswerEngine {
    return this.current.engine;
  }

  /** Names the articles the serving index holds. */
  corpusHash(): string {
    return this.current.index.manifest.corpusHash;
  }

  /** The corpus revision the index was brought up to. */
  revision(): number {
    return this.current.stored.revision;
  }

  /** The revision that stored an added article, or undefined for a bundled one. */
  storedRevision(id: string): number | undefined {
    return this.current.stored.articles.find((a) => a.id === id)?.revision;
  }

  view(id: string): ArticleView | undefined {
    return this.views(id);
  }

  articles(): readonly Article[] {
    return this.current.index.articles;
  }

  article(id: string): Article | undefined {
    return this.byId.get(id);
  }

  /** Added articles served now, id → version (bundled ones are the release's, not the store's). */
  added(): Map<string, string> {
    const { engine, stored } = this.current;
    // The engine hashed every article once when it was made.
    return new Map(stored.articles.filter((a) => this.byId.has(a.id)).map((a) => [a.id, engine.articleVersion(a.id) ?? '']));
  }

  swap(next: OpenedEngine): void {
    this.views = articleViews(next.index.articles, next.index.passages);
    this.byId = new Map(next.index.articles.map((a) => [a.id, a]));
    this.current = next;
  }
}
