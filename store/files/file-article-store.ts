import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ArticleStore, CorpusSnapshot, RemovedArticle, StoredArticle } from '../../core/article-store.js';
import { ArticleError } from '../../retrieval/corpus/article.js';
import { articleVersion } from '../../retrieval/corpus/article-version.js';
import { formatArticle } from '../../retrieval/corpus/format-article.js';
import { listArticleFiles } from '../../retrieval/corpus/load-corpus.js';
import { parseArticle } from '../../retrieval/corpus/parse-article.js';

/**
 * Added articles as files, for one instance (SQLite deployments): <dir>/<id>.md as read from the uploaded file (or
 * an article file an operator put there by hand: .md, .txt, .html), and,
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
    const files = this.files();
    return ids.flatMap((id) => files.get(id)?.article ?? []);
  }

  async load(): Promise<{ revision: number; articles: StoredArticle[] }> {
    return { revision: 0, articles: [...this.files().values()].map((f) => f.article) };
  }

  /** Each file is written beside its place and renamed over it, so a reader never sees half an article. */
  async put(articles: readonly Omit<StoredArticle, 'revision'>[]): Promise<number> {
    mkdirSync(this.dir, { recursive: true });
    const files = this.files();
    for (const a of articles) {
      const old = files.get(a.id);
      if (old) this.archive(old.article);
      const tmp = `${this.path(a.id)}.${process.pid}.tmp`;
      writeFileSync(tmp, a.text);
      renameSync(tmp, this.path(a.id));
      // A file put there by hand under another name held the id: the new one takes its place.
      if (old && old.path !== this.path(a.id)) unlinkSync(old.path);
    }
    return 0;
  }

  async remove(id: string): Promise<number | undefined> {
    const old = this.files().get(id);
    if (!old) return undefined;
    this.archive(old.article);
    unlinkSync(old.path);
    return 0;
  }

  async removed(id: string): Promise<RemovedArticle[]> {
    if (!existsSync(this.removedDir)) return [];
    const how = this.files().has(id) ? 'replaced' as const : 'deleted' as const;
    return readdirSync(this.removedDir)
      .filter((name) => name.startsWith(`${id}@`) && name.endsWith('.md'))
      .map((name) => ({ file: join(this.removedDir, name), at: statSync(join(this.removedDir, name)).mtime }))
      .sort((a, b) => b.at.getTime() - a.at.getTime())
      .map(({ file, at }) => ({ ...this.read(file), how, removedAt: at.toISOString() }));
  }

  watch(): () => Promise<void> {
    return async () => undefined;
  }

  async close(): Promise<void> {}

  private archive(old: StoredArticle): void {
    mkdirSync(this.removedDir, { recursive: true });
    const file = join(this.removedDir, `${old.id}@${old.version}.md`);
    // A file put there by hand (.txt, .html) is kept in the corpus's own form, whose front matter names its id.
    const text = extname(old.fileName).toLowerCase() === '.md' ? old.text : formatArticle(parseArticle(old.fileName, old.text));
    if (!existsSync(file)) writeFileSync(file, text);
  }

  /** The article files by id, in name order. */
  private files(): Map<string, { path: string; article: StoredArticle }> {
    const files = new Map<string, { path: string; article: StoredArticle }>();
    for (const path of listArticleFiles([this.dir])) {
      const article = this.read(path);
      const other = files.get(article.id);
      if (other) throw new ArticleError(path, `article id "${article.id}" is already used by ${other.path}`);
      files.set(article.id, { path, article });
    }
    return files;
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
