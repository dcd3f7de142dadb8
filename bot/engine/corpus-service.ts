import { ConflictError, NotFoundError } from '../../core/errors.js';
import type { ArticleDetail, ArticleMetaInput, ArticleSummary, CorpusAdmin, ReindexStatus, UploadedFile } from '../../core/ports/admin.js';
import { ArticleError, type Article } from '../../retrieval/corpus/article.js';
import { formatArticle } from '../../retrieval/corpus/format-article.js';
import { articlePassages } from '../../retrieval/corpus/passages.js';
import { readArticle } from '../../retrieval/corpus/read-article.js';
import type { LogStore } from '../../core/ports/log-store.js';
import type { AnswerEngine } from '../answer/answer-engine.js';
import type { AnswerGenerator } from '../generation/generator.js';
import type { ArticleView } from '../../core/article-view.js';
import type { Config } from '../config.js';
import type { Logger } from '../../core/logger.js';
import { articleFilesOf, type ArticleFiles } from './article-files.js';
import { checkArticleMeta } from '../../retrieval/corpus/article-meta.js';
import { articleViews } from './article-views.js';
import { articleVersion } from '../../retrieval/corpus/article-version.js';
import { openEngine, type OpenedEngine } from './open-engine.js';

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
  private readonly files: ArticleFiles;

  constructor(private readonly o: CorpusServiceOptions) {
    this.opened = o.opened;
    this.files = articleFilesOf(o.config);
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

  archived(id: string): ArticleDetail[] {
    return this.files.archived(id).map((a) => ({ ...this.summary(a), origin: 'added', blocks: articlePassages(a).map((p) => ({
      paragraphId: p.paragraphId, ordinal: p.ordinal, ...(p.heading ? { heading: p.heading } : {}), text: p.text })) }));
  }

  articleHash(id: string): string | undefined {
    return this.opened.engine.articleVersion(id);
  }

  async upload(files: readonly UploadedFile[], meta: ArticleMetaInput): Promise<{ ids: string[] }> {
    // Every file is read and checked before any is written: one bad file (named in the error) stores none.
    const articles: Article[] = [];
    for (const f of files) {
      // Metadata typed in the form is checked like the file: one line each, a real date (named in the error).
      const checked = checkArticleMeta(baseName(f.fileName), meta);
      const article = await readArticle(baseName(f.fileName), f.content, files.length === 1 ? checked : { ...checked, title: undefined });
      const twin = articles.find((a) => a.id === article.id);
      if (twin) throw new ArticleError(article.sourceFile, `gives the same article id "${article.id}" as ${twin.sourceFile}; rename one`);
      const served = this.served(article.id);
      if (served && !this.files.has(served.id)) throw new ArticleError(article.sourceFile, `id "${article.id}" belongs to a bundled article; rename the file`);
      articles.push(article);
    }
    // An upload under the id of an added article replaces it: the old version stays readable for the log.
    for (const a of articles) this.archiveServed(a.id);
    this.files.write(articles);
    this.reindex();
    return { ids: articles.map((a) => a.id) };
  }

  async replace(id: string, file: UploadedFile, meta: ArticleMetaInput): Promise<{ id: string }> {
    const old = this.editable(id);
    const article = { ...(await readArticle(baseName(file.fileName), file.content, checkArticleMeta(baseName(file.fileName), meta))), id: old.id };
    this.files.archive(old);
    this.files.write([article]);
    this.reindex();
    return { id };
  }

  async remove(id: string): Promise<void> {
    const old = this.editable(id);
    this.files.archive(old);
    this.files.remove(id);
    this.reindex();
  }

  reindex(): void {
    // The running re-index may have read the articles before this change: run once more after it.
    if (this.running) {
      this.again = true;
      return;
    }
    const startedAt = (this.o.now?.() ?? new Date()).toISOString();
    this.state = { state: 'running', done: 0, total: 0, startedAt };
    // The status says idle only when the work is all done (other threads reloaded, curated answers flagged, no run
    // queued): the upload page takes idle as "the list is final".
    this.running = this.rebuild(startedAt).then((done) => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.reindex();
      } else this.state = done;
    });
  }

  /** Resolves when the re-indexes under way or asked for (if any) have finished; for tests and shutdown. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  status(): ReindexStatus {
    return this.state;
  }

  /** Builds and swaps in the new index; never throws: a failure leaves the old index serving and is the result. */
  private async rebuild(startedAt: string): Promise<ReindexStatus> {
    try {
      const next = await openEngine(this.o.config, { embedder: this.opened.embedder, ...(this.o.generator ? { generator: this.o.generator } : {}),
        onProgress: (done, total) => (this.state = { state: 'running', done, total, startedAt }) });
      if (next.corpusError) throw next.corpusError;
      this.opened = next;
      this.views = articleViews(next.index.articles, next.index.passages);
      this.o.logger.info('corpus re-indexed', { articles: next.index.articles.length, passages: next.index.passages.length });
      await this.o.onReindexed?.();
      await this.flagChangedCurated();
      return { state: 'idle', lastBuiltAt: next.index.manifest.builtAt };
    } catch (err) {
      this.o.logger.error('re-index failed; the previous index keeps serving', { error: (err as Error).message });
      return { state: 'idle', lastError: (err as Error).message };
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
      paragraphs: this.views(a.id)?.paragraphs.length ?? articlePassages(a).length, origin: this.files.has(a.id) ? 'added' : 'bundled',
      format: /\.([a-z0-9]+)$/i.exec(a.sourceFile)?.[1]?.toUpperCase() ?? 'MD',
      sizeBytes: a.sourceBytes ?? Buffer.byteLength(formatArticle(a)), version: articleVersion(a) };
  }

  private served(id: string): Article | undefined {
    return this.opened.index.articles.find((a) => a.id === id);
  }

  /** The served version of an added article (what a replace or delete archives); refuses unknown and bundled ones. */
  private editable(id: string): Article {
    const served = this.served(id);
    if (!served && !this.files.has(id)) throw new NotFoundError(`no article "${id}"`);
    if (!this.files.has(id)) throw new ConflictError('bundled', `"${id}" is bundled with the program (corpus/); it cannot be replaced or deleted here`);
    // Uploaded but not yet indexed: the file on disk is the version to keep.
    return served ?? this.files.current(id);
  }

  private archiveServed(id: string): void {
    const served = this.served(id);
    if (served && this.files.has(id)) this.files.archive(served);
  }
}

const baseName = (fileName: string): string => fileName.split(/[\\/]/).pop() || 'bai-viet.txt';
