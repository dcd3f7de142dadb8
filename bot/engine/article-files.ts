import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../retrieval/corpus/article.js';
import { articleVersion } from '../../retrieval/corpus/article-version.js';
import { formatArticle } from '../../retrieval/corpus/format-article.js';
import { parseArticle } from '../../retrieval/corpus/parse-article.js';
import type { Config } from '../config.js';
import { articlesDir } from './open-engine.js';

/**
 * Added articles on disk: DATA_DIR/articles/<id>.md as read from the uploaded file, and, for every version that
 * was replaced or deleted, DATA_DIR/articles-removed/<id>@<version>.md, so a citation logged before still resolves.
 */
export class ArticleFiles {
  constructor(
    private readonly dir: string,
    private readonly removedDir: string,
  ) {}

  has(id: string): boolean {
    return existsSync(this.path(id));
  }

  /** Each file is written beside its place and renamed over it, so a reader never sees half an article. */
  write(articles: readonly Article[]): void {
    mkdirSync(this.dir, { recursive: true });
    for (const a of articles) {
      const tmp = `${this.path(a.id)}.${process.pid}.tmp`;
      writeFileSync(tmp, formatArticle(a));
      renameSync(tmp, this.path(a.id));
    }
  }

  /** Keeps the version being replaced or deleted where citations of it can still be read. */
  archive(article: Article): void {
    mkdirSync(this.removedDir, { recursive: true });
    const file = join(this.removedDir, `${article.id}@${articleVersion(article)}.md`);
    if (!existsSync(file)) writeFileSync(file, formatArticle(article));
  }

  /** The stored article as written (before any re-index has read it). */
  current(id: string): Article {
    return parseArticle(this.path(id), readFileSync(this.path(id), 'utf8'));
  }

  remove(id: string): void {
    unlinkSync(this.path(id));
  }

  /** The archived versions of an article, newest first. */
  archived(id: string): Article[] {
    if (!existsSync(this.removedDir)) return [];
    return readdirSync(this.removedDir)
      .filter((name) => name.startsWith(`${id}@`) && name.endsWith('.md'))
      .map((name) => join(this.removedDir, name))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
      .map((file) => parseArticle(file, readFileSync(file, 'utf8')));
  }

  private path(id: string): string {
    return join(this.dir, `${id}.md`);
  }
}

/** The added articles of this deployment, under DATA_DIR. */
export const articleFilesOf = (config: Config): ArticleFiles => new ArticleFiles(articlesDir(config), join(config.dataDir, 'articles-removed'));
