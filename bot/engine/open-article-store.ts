import type { ArticleStore, InstanceRegistry } from '../../core/article-store.js';
import { FileArticleStore } from '../../store/files/file-article-store.js';
import { MemoryInstances } from '../../store/files/memory-instances.js';
import { PgArticleStore } from '../../store/postgres/pg-article-store.js';
import type { Config } from '../config.js';
import type { Logger } from '../../core/logger.js';
import { readStamps } from '../../retrieval/index/source-stamps.js';
import { articlesDir, indexDir, removedArticlesDir } from './data-paths.js';

export interface OpenedArticleStore {
  readonly articles: ArticleStore;
  readonly instances: InstanceRegistry;
}

/** With DATABASE_URL the articles every instance shares, in PostgreSQL; otherwise files under DATA_DIR for the one instance. */
export async function openArticleStore(config: Config, logger?: Logger): Promise<OpenedArticleStore> {
  if (config.databaseUrl) {
    const articles = await PgArticleStore.open(config.databaseUrl, {
      onIdleError: (err) => logger?.warn('postgres idle connection lost (articles)', { error: err.message }) });
    return { articles, instances: articles.instances() };
  }
  // The index's stamps vouch for the files it read, so the store need not read them again to list them.
  return { articles: new FileArticleStore(articlesDir(config), removedArticlesDir(config), readStamps(indexDir(config)).values()),
    instances: new MemoryInstances() };
}
