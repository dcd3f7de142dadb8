import type { ReindexStatus } from '../../core/ports/admin.js';
import type { ArticleStore } from '../../core/article-store.js';
import { appendArticles } from '../../retrieval/index/append-articles.js';
import type { Config } from '../config.js';
import type { AnswerGenerator } from '../generation/generator.js';
import type { Logger } from '../../core/logger.js';
import { indexDir } from './data-paths.js';
import { engineOver, openEngine } from './open-engine.js';
import { storedArticle } from './read-corpus.js';
import type { ServedCorpus } from './served-corpus.js';
import { planSync } from './sync-plan.js';

/** Past this many appends since the last build, a change rebuilds instead (each append is a journal file to load at start). */
const MAX_APPENDS = 32;

export interface CorpusSyncOptions {
  readonly config: Config;
  readonly served: ServedCorpus;
  readonly store: ArticleStore;
  readonly logger: Logger;
  readonly now?: () => Date;
  /** Kept across re-indexes when a model is configured. */
  readonly generator?: AnswerGenerator;
  /** Called after a new index serves, so engines on other threads load it too; settled() waits for it. */
  readonly onServed?: () => Promise<void>;
}

/**
 * Brings the serving index up to the stored articles, one run at a time: new articles are appended to it in memory
 * (and to its journal on disk), a replaced or deleted one rebuilds it in the background while the old one keeps
 * serving. A change asked for during a run runs once more after it.
 */
export class CorpusSync {
  private state: ReindexStatus;
  private running?: Promise<void>;
  private again?: 'sync' | 'rebuild';
  private builtAt: string;

  constructor(private readonly o: CorpusSyncOptions) {
    this.builtAt = o.served.opened.index.manifest.builtAt;
    this.state = { state: 'idle', lastBuiltAt: this.builtAt };
  }

  /** Runs a sync (or, with `rebuild`, a full re-index) now, or after the one under way. */
  request(rebuild = false): void {
    if (this.running) {
      if (rebuild || !this.again) this.again = rebuild ? 'rebuild' : 'sync';
      return;
    }
    const startedAt = (this.o.now?.() ?? new Date()).toISOString();
    this.state = { state: 'running', done: 0, total: 0, startedAt };
    // Idle only once all is done (other threads reloaded, no run queued): the upload page takes idle as "final".
    this.running = this.run(rebuild, startedAt).then((done) => {
      this.running = undefined;
      const again = this.again;
      this.again = undefined;
      if (again) this.request(again === 'rebuild');
      else this.state = done;
    });
  }

  /** Resolves when the runs under way or asked for have finished; for tests and shutdown. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  status(): ReindexStatus {
    return this.state;
  }

  /** Never throws: a failure leaves the old index serving and is the result. */
  private async run(rebuild: boolean, startedAt: string): Promise<ReindexStatus> {
    const { served, store, logger } = this.o;
    try {
      const snapshot = await store.snapshot();
      const plan = rebuild ? { kind: 'rebuild' as const, because: 'asked for' } : planSync(served.added(), snapshot.articles);
      if (plan.kind === 'none') {
        if (snapshot.revision !== served.revision()) served.swap({ ...served.opened, stored: snapshot });
        return this.idle();
      }
      const opened = served.opened;
      if (plan.kind === 'append' && opened.index.manifest.journal.length < MAX_APPENDS && !opened.corpusError) {
        const articles = (await store.get(plan.ids)).map(storedArticle);
        // Deleted again since the snapshot: the next run (asked for by that change) sees it.
        if (articles.length === 0) return this.idle();
        this.state = { state: 'running', done: 0, total: articles.length, startedAt };
        const index = await appendArticles({ index: opened.index, articles, embedder: opened.embedder, dir: indexDir(this.o.config) });
        served.swap({ ...opened, index, engine: engineOver(this.o.config, index, opened.embedder, this.generator()), stored: snapshot });
        logger.info('articles added to the index', { ids: plan.ids, passages: index.passages.length, revision: snapshot.revision });
      } else {
        const next = await openEngine(this.o.config, { embedder: opened.embedder, articleStore: store, ...this.generator(),
          onProgress: (done, total) => (this.state = { state: 'running', done, total, startedAt }) });
        if (next.corpusError) throw next.corpusError;
        served.swap(next);
        logger.info('corpus re-indexed', { because: plan.kind === 'rebuild' ? plan.because : 'appends', articles: next.index.articles.length,
          passages: next.index.passages.length, revision: next.stored.revision });
      }
      this.builtAt = (this.o.now?.() ?? new Date()).toISOString();
      await this.o.onServed?.();
      return this.idle();
    } catch (err) {
      logger.error('re-index failed; the previous index keeps serving', { error: (err as Error).message });
      return { state: 'idle', lastError: (err as Error).message };
    }
  }

  private idle(): ReindexStatus {
    return { state: 'idle', lastBuiltAt: this.builtAt };
  }

  private generator(): { generator?: AnswerGenerator } {
    return this.o.generator ? { generator: this.o.generator } : {};
  }
}
