import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleDetail, ArticleSummary, CorpusAdmin, ReindexStatus } from '../../admin/ports.js';
import type { Article } from '../../retrieval/corpus/article.js';
import { formatArticle } from '../../retrieval/corpus/format-article.js';
import { parseArticle } from '../../retrieval/corpus/parse-article.js';
import type { LogStore } from '../../store/log-store.js';
import type { AnswerEngine } from '../answer/answer-engine.js';
import type { AnswerGenerator } from '../generation/generator.js';
import type { ArticleView } from '../channels/webchat/article-view.js';
import type { Config } from '../config.js';
import type { Logger } from '../log/logger.js';
import { checkArticleMeta } from './article-meta.js';
import { articleViews } from './article-views.js';
import { articlesDir, openEngine, type OpenedEngine } from './open-engine.js';

export interface CorpusServiceOptions {
  readonly config: Config;
  readonly opened: OpenedEngine;
  readonly logger: Logger;
  /** Curated answers citing an article that changed are flagged for review after each re-index. */
  readonly store?: Pick<LogStore, 'listCurated' | 'updateCurated'>;
  readonly now?: () => Date;
  /** Kept across re-indexes when a model is configured. */
  readonly generator?: AnswerGenerator;
  /** Called after a new index serves, so engines on other threads load it too; settled() waits for it. */
  readonly onReindexed?: () => Promise<void>;
}


/** Owns the serving engine: the corpus pages read it, uploads re-index in the background, and the swap is atomic. */
export class CorpusService implements CorpusAdmin {
  private opened: OpenedEngine;
  private views: (id: string) => ArticleView | undefined;
  private state: ReindexStatus = { state: 'idle' };
  private running?: Promise<void>;
  /** An article changed while a re-index was running. */
  private again = false;

  constructor(private readonly o: CorpusServiceOptions) {
    this.opened = o.opened;
    this.views = articleViews(o.opened.index.articles, o.opened.index.passages);
    this.state = { state: 'idle', lastBuiltAt: o.opened.index.manifest.builtAt };
  }

  /** The engine answering now; the pipeline asks for it on every turn. */
  engine(): AnswerEngine {
    return this.opened.engine;
  }

  /** Names the corpus the serving index was built from. */
  corpusHash(): string {
    return this.opened.index.manifest.corpusHash;
  }

  view(id: string): ArticleView | undefined {
    return this.views(id);
  }

  articles(): ArticleSummary[] {
    return this.opened.index.articles.map((a) => this.summary(a));
  }

  article(id: string): ArticleDetail | undefined {
    const a = this.opened.index.articles.find((x) => x.id === id);
    const view = this.views(id);
    if (!a || !view) return undefined;
    return { ...this.summary(a), blocks: view.paragraphs.map((p) => ({ paragraphId: p.paragraphId, ordinal: p.ordinal,
      ...(p.heading ? { heading: p.heading } : {}), text: p.text })) };
  }

  articleHash(id: string): string | undefined {
    return this.opened.engine.articleVersion(id);
  }

  async upload(fileName: string, content: Buffer, meta: { title?: string; publication?: string; date?: string }): Promise<{ id: string }> {
    const safeName = fileName.split(/[\\/]/).pop() ?? 'bai-viet.txt';
    // Both throw ArticleError naming the file and the problem; nothing is written then.
    const article = parseArticle(safeName, content.toString('utf8'), checkArticleMeta(safeName, meta));
    const clash = this.opened.index.articles.find((a) => a.id === article.id);
    if (clash && this.origin(clash) === 'bundled') throw new Error(`${safeName}: id "${article.id}" belongs to a bundled article; rename the file`);
    mkdirSync(articlesDir(this.o.config), { recursive: true });
    // Written beside and renamed into place: a re-index never reads half an article.
    const target = join(articlesDir(this.o.config), `${article.id}.md`);
    const draft = `${target}.${process.pid}.tmp`;
    writeFileSync(draft, formatArticle(article));
    renameSync(draft, target);
    this.reindex();
    return { id: article.id };
  }

  reindex(): void {
    // The running re-index may have read the articles before this change: run once more after it.
    if (this.running) {
      this.again = true;
      return;
    }
    const startedAt = (this.o.now?.() ?? new Date()).toISOString();
    this.state = { state: 'running', done: 0, total: 0, startedAt };
    this.running = this.rebuild(startedAt).finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.reindex();
      }
    });
  }

  /** Resolves when the re-indexes under way or asked for (if any) have finished; for tests and shutdown. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  status(): ReindexStatus {
    return this.state;
  }

  private async rebuild(startedAt: string): Promise<void> {
    try {
      const next = await openEngine(this.o.config, { embedder: this.opened.embedder, ...(this.o.generator ? { generator: this.o.generator } : {}),
        onProgress: (done, total) => (this.state = { state: 'running', done, total, startedAt }) });
      if (next.corpusError) throw next.corpusError;
      this.opened = next;
      this.views = articleViews(next.index.articles, next.index.passages);
      this.state = { state: 'idle', lastBuiltAt: next.index.manifest.builtAt };
      this.o.logger.info('corpus re-indexed', { articles: next.index.articles.length, passages: next.index.passages.length });
      await this.o.onReindexed?.();
      await this.flagChangedCurated();
    } catch (err) {
      this.o.logger.error('re-index failed; the previous index keeps serving', { error: (err as Error).message });
      this.state = { state: 'idle', lastError: (err as Error).message };
    }
  }

  private async flagChangedCurated(): Promise<void> {
    for (const c of (await this.o.store?.listCurated()) ?? []) {
      if (c.status !== 'active') continue;
      const changed = Object.entries(c.articleHashes).some(([id, hash]) => this.opened.engine.articleVersion(id) !== hash);
      if (changed) await this.o.store!.updateCurated(c.id, { status: 'needs_review' });
    }
  }

  private summary(a: Article): ArticleSummary {
    return { id: a.id, title: a.title, publication: a.publication, date: a.date ?? null, sourceFile: a.sourceFile,
      paragraphs: this.views(a.id)?.paragraphs.length ?? 0, origin: this.origin(a) };
  }

  private origin(a: Article): 'bundled' | 'added' {
    return existsSync(join(articlesDir(this.o.config), `${a.id}.md`)) ? 'added' : 'bundled';
  }
}
