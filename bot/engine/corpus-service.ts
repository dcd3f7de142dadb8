import type { ArticleDetail, ArticleMetaInput, ArticleSummary, CorpusAdmin, ReindexStatus, ServingInstance, UploadedFile } from '../../core/ports/admin.js';
import type { ArticleStore, InstanceRegistry } from '../../core/article-store.js';
import type { Article } from '../../retrieval/corpus/article.js';
import { articleVersion } from '../../retrieval/corpus/article-version.js';
import { formatArticle } from '../../retrieval/corpus/format-article.js';
import { articlePassages } from '../../retrieval/corpus/passages.js';
import type { LogStore } from '../../core/ports/log-store.js';
import type { AnswerEngine } from '../answer/answer-engine.js';
import type { ArticleView } from '../../core/article-view.js';
import type { Config } from '../config.js';
import type { AnswerGenerator } from '../generation/generator.js';
import type { Logger } from '../../core/logger.js';
import { CorpusEditor } from './corpus-editor.js';
import { CorpusSync } from './corpus-sync.js';
import { InstancePresence } from './instance-presence.js';
import type { OpenedEngine } from './open-engine.js';
import { storedArticle } from './read-corpus.js';
import { ServedCorpus } from './served-corpus.js';

export interface CorpusServiceOptions {
  readonly config: Config;
  readonly opened: OpenedEngine;
  readonly logger: Logger;
  /** Where added articles are kept; the index follows its changes. */
  readonly articles: ArticleStore;
  /** Where this instance reports the corpus revision it serves. */
  readonly instances: InstanceRegistry;
  /** Curated answers citing an article that is replaced or deleted are flagged for review. */
  readonly store?: Pick<LogStore, 'listCurated' | 'updateCurated'>;
  readonly now?: () => Date;
  /** Kept across re-indexes when a model is configured. */
  readonly generator?: AnswerGenerator;
  /** Called after a new index serves, so engines on other threads load it too; settled() waits for it. */
  readonly onReindexed?: () => Promise<void>;
  /** How often this instance says it is alive (and checks it missed no change). */
  readonly heartbeatMs?: number;
}

/** Instances not heard from for this long are not listed. */
const FRESH_MS = 60_000;

/**
 * The corpus as the admin and the channels see it: the served index (ServedCorpus), its changes (CorpusEditor), the
 * index following the store (CorpusSync, woken by the store's change notices and a heartbeat), and this instance's
 * row among the instances.
 */
export class CorpusService implements CorpusAdmin {
  private readonly served: ServedCorpus;
  private readonly sync: CorpusSync;
  private readonly editor: CorpusEditor;
  private readonly presence: InstancePresence;
  private stopWatching?: () => Promise<void>;

  constructor(private readonly o: CorpusServiceOptions) {
    this.served = new ServedCorpus(o.opened);
    this.sync = new CorpusSync({ config: o.config, served: this.served, store: o.articles, logger: o.logger, ...(o.now ? { now: o.now } : {}),
      ...(o.generator ? { generator: o.generator } : {}),
      onServed: async () => {
        await this.presence.report();
        await o.onReindexed?.();
      } });
    this.presence = new InstancePresence({ served: this.served, instances: o.instances, logger: o.logger, ...(o.now ? { now: o.now } : {}),
      ...(o.heartbeatMs ? { heartbeatMs: o.heartbeatMs } : {}),
      // A change notice can be missed (the listening connection was down): the revision tells.
      onBeat: async () => {
        if ((await o.articles.snapshot()).revision !== this.served.revision() && this.sync.status().state === 'idle') this.sync.request();
      } });
    this.editor = new CorpusEditor({ served: this.served, store: o.articles, ...(o.store ? { curated: o.store } : {}), changed: () => this.sync.request() });
  }

  /** Listens for other instances' changes, reports this instance and catches up with what changed while it started. */
  async start(): Promise<void> {
    this.stopWatching = this.o.articles.watch(() => this.sync.request());
    await this.presence.start();
    this.sync.request();
  }

  /** Stops listening, lets a run under way finish and leaves the instance list. */
  async stop(): Promise<void> {
    await this.stopWatching?.();
    await this.sync.settled();
    await this.presence.leave();
  }

  /** This instance's id in the instance list. */
  get id(): string {
    return this.presence.id;
  }

  engine(): AnswerEngine {
    return this.served.engine();
  }

  corpusHash(): string {
    return this.served.corpusHash();
  }

  view(id: string): ArticleView | undefined {
    return this.served.view(id);
  }

  articles(): ArticleSummary[] {
    return this.served.articles().map((a) => this.summary(a));
  }

  article(id: string): ArticleDetail | undefined {
    const a = this.served.article(id);
    return a && { ...this.summary(a), blocks: blocksOf(a) };
  }

  async archived(id: string): Promise<ArticleDetail[]> {
    return (await this.o.articles.removed(id)).map((r) => {
      const a = storedArticle(r);
      return { ...this.summary(a), origin: 'added', revision: r.revision, blocks: blocksOf(a) };
    });
  }

  articleHash(id: string): string | undefined {
    return this.served.engine().articleVersion(id);
  }

  async instances(): Promise<ServingInstance[]> {
    const rows = await this.o.instances.list(FRESH_MS);
    return rows.map((r) => ({ ...r, self: r.id === this.presence.id }));
  }

  upload(files: readonly UploadedFile[], meta: ArticleMetaInput): Promise<{ ids: string[] }> {
    return this.editor.upload(files, meta);
  }

  replace(id: string, file: UploadedFile, meta: ArticleMetaInput): Promise<{ id: string }> {
    return this.editor.replace(id, file, meta);
  }

  remove(id: string): Promise<void> {
    return this.editor.remove(id);
  }

  reindex(): void {
    this.sync.request(true);
  }

  status(): ReindexStatus {
    return this.sync.status();
  }

  /** Resolves when the re-indexes under way or asked for (if any) have finished; for tests and shutdown. */
  settled(): Promise<void> {
    return this.sync.settled();
  }

  private summary(a: Article): ArticleSummary {
    const revision = this.served.storedRevision(a.id);
    return { id: a.id, title: a.title, publication: a.publication, date: a.date ?? null, sourceFile: a.sourceFile,
      paragraphs: this.served.view(a.id)?.paragraphs.length ?? articlePassages(a).length, origin: revision === undefined ? 'bundled' : 'added',
      format: /\.([a-z0-9]+)$/i.exec(a.sourceFile)?.[1]?.toUpperCase() ?? 'MD',
      sizeBytes: a.sourceBytes ?? Buffer.byteLength(formatArticle(a)), version: articleVersion(a), revision: revision ?? 0 };
  }
}

const blocksOf = (a: Article): ArticleDetail['blocks'] => articlePassages(a).map((p) => ({ paragraphId: p.paragraphId, ordinal: p.ordinal,
  ...(p.heading ? { heading: p.heading } : {}), text: p.text }));
