import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ArticleStore, CorpusSnapshot, RemovedArticle, StoredArticle } from '../../core/article-store.js';
import { articleVersion } from '../../retrieval/corpus/article-version.js';
import { parseArticle } from '../../retrieval/corpus/parse-article.js';

/**
 * Added articles as files, for one instance (SQLite deployments): <dir>/<id>.md as read from the uploaded file, and,
 * for every version replaced or deleted, <removedDir>/<id>@<version>.md, so a citation logged before still resolves.
 * It keeps no revisions (0) and hears of no other instance: there is none.
 */
export class FileArticleStore implements ArticleStore {
  readonly shared = false;

  constructor(
    private readonly dir: string,
    private readonly removedDir: string,
  ) {}

  async snapshot(): Promise<CorpusSnapshot> {
    const { articles } = await this.load();
    return { revision: 0, articles: articles.map((a) => ({ id: a.id, version: a.version, revision: 0 })) };
  }

  async get(ids: readonly string[]): Promise<StoredArticle[]> {
    return ids.filter((id) => existsSync(this.path(id))).map((id) => this.read(this.path(id)));
  }

  async load(): Promise<{ revision: number; articles: StoredArticle[] }> {
    if (!existsSync(this.dir)) return { revision: 0, articles: [] };
    const files = readdirSync(this.dir).filter((n) => n.endsWith('.md') && !n.startsWith('.')).sort();
    return { revision: 0, articles: files.map((n) => this.read(join(this.dir, n))) };
  }

  /** Each file is written beside its place and renamed over it, so a reader never sees half an article. */
  async put(articles: readonly Omit<StoredArticle, 'revision'>[]): Promise<number> {
    mkdirSync(this.dir, { recursive: true });
    for (const a of articles) {
      if (existsSync(this.path(a.id))) this.archive(this.read(this.path(a.id)));
      const tmp = `${this.path(a.id)}.${process.pid}.tmp`;
      writeFileSync(tmp, a.text);
      renameSync(tmp, this.path(a.id));
    }
    return 0;
  }

  async remove(id: string): Promise<number | undefined> {
    if (!existsSync(this.path(id))) return undefined;
    this.archive(this.read(this.path(id)));
    unlinkSync(this.path(id));
    return 0;
  }

  async removed(id: string): Promise<RemovedArticle[]> {
    if (!existsSync(this.removedDir)) return [];
    return readdirSync(this.removedDir)
      .filter((name) => name.startsWith(`${id}@`) && name.endsWith('.md'))
      .map((name) => ({ file: join(this.removedDir, name), at: statSync(join(this.removedDir, name)).mtime }))
      .sort((a, b) => b.at.getTime() - a.at.getTime())
      .map(({ file, at }) => ({ ...this.read(file), how: existsSync(this.path(id)) ? 'replaced' as const : 'deleted' as const, removedAt: at.toISOString() }));
  }

  watch(): () => Promise<void> {
    return async () => undefined;
  }

  async close(): Promise<void> {}

  private archive(old: StoredArticle): void {
    mkdirSync(this.removedDir, { recursive: true });
    const file = join(this.removedDir, `${old.id}@${old.version}.md`);
    if (!existsSync(file)) writeFileSync(file, old.text);
  }

  private read(file: string): StoredArticle {
    const text = readFileSync(file, 'utf8');
    const article = parseArticle(basename(file), text);
    return { id: article.id, version: articleVersion(article), revision: 0, fileName: basename(file), text };
  }

  private path(id: string): string {
    return join(this.dir, `${id}.md`);
  }
}
