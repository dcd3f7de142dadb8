import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ArticleStore, CorpusSnapshot, RemovedArticle, StoredArticle } from '../../core/article-store.js';
import { ArticleError } from '../../retrieval/corpus/article.js';
import { articleVersion, versionOfDigest } from '../../retrieval/corpus/article-version.js';
import { formatArticle } from '../../retrieval/corpus/format-article.js';
import { articleDigest } from '../../retrieval/corpus/article-digest.js';
import { fileStat, listArticleFiles } from '../../retrieval/corpus/load-corpus.js';
import { parseArticle } from '../../retrieval/corpus/parse-article.js';
import { isRacy, stampHolds, type SourceStamp } from '../../retrieval/corpus/source-stamp.js';

/**
 * Added articles as files, for one instance (SQLite deployments): <dir>/<id>.md as read from the uploaded file (or
 * an article file an operator put there by hand: .md, .txt, .html), and,
 * for every version replaced or deleted, <removedDir>/<id>@<version>.md, so a citation logged before still resolves.
 * It keeps no revisions (0) and hears of no other instance: there is none. A file is read again only when it changed
 * since it was last read (its size, times or inode differ from its stamp, as the index's sources.json keeps them), so
 * a snapshot of ten thousand unchanged files reads none of them.
 */
export class FileArticleStore implements ArticleStore {
  readonly shared = false;
  /** Each file as last read, by path: its metadata then, its article's id and digest. */
  private readonly stamps = new Map<string, SourceStamp>();

  /** `stamps`: files read before (the stamps the index was built from), trusted while their metadata holds. */
  constructor(
    private readonly dir: string,
    private readonly removedDir: string,
    stamps: Iterable<SourceStamp> = [],
  ) {
    for (const s of stamps) this.stamps.set(s.file, s);
  }

  async snapshot(): Promise<CorpusSnapshot> {
    return { revision: 0, articles: [...this.versions()].map(([id, f]) => ({ id, version: f.version, revision: 0 })) };
  }

  async get(ids: readonly string[]): Promise<StoredArticle[]> {
    const files = this.versions();
    return ids.flatMap((id) => {
      const f = files.get(id);
      return f ? [this.read(f.path)] : [];
    });
  }

  async load(): Promise<{ revision: number; articles: StoredArticle[] }> {
    return { revision: 0, articles: [...this.files().values()].map((f) => f.article) };
  }

  /** Each file is written beside its place and renamed over it, so a reader never sees half an article. */
  async put(articles: readonly Omit<StoredArticle, 'revision'>[]): Promise<number> {
    mkdirSync(this.dir, { recursive: true });
    const files = this.versions();
    for (const a of articles) {
      const old = files.get(a.id);
      if (old) this.archive(this.read(old.path));
      const tmp = `${this.path(a.id)}.${process.pid}.tmp`;
      writeFileSync(tmp, a.text);
      renameSync(tmp, this.path(a.id));
      // A file put there by hand under another name held the id: the new one takes its place.
      if (old && old.path !== this.path(a.id)) unlinkSync(old.path);
    }
    return 0;
  }

  async remove(id: string): Promise<number | undefined> {
    const old = this.versions().get(id);
    if (!old) return undefined;
    this.archive(this.read(old.path));
    unlinkSync(old.path);
    return 0;
  }

  async removed(id: string): Promise<RemovedArticle[]> {
    if (!existsSync(this.removedDir)) return [];
    const how = this.versions().has(id) ? 'replaced' as const : 'deleted' as const;
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

  /**
   * Each article file's path and version by id, in name order: files whose stamps hold are not read; the others are,
   * and stamped. A duplicate id is an ArticleError naming the file.
   */
  private versions(): Map<string, { path: string; version: string }> {
    // Taken before any file is read: a file changed less than RACY_NS before this is read again next time.
    const readNs = BigInt(Date.now()) * 1_000_000n;
    const out = new Map<string, { path: string; version: string }>();
    const seen = new Set<string>();
    for (const path of listArticleFiles([this.dir])) {
      seen.add(path);
      const stat = fileStat(path);
      let stamp = this.stamps.get(path);
      if (!stampHolds(stamp, stat)) {
        const article = parseArticle(basename(path), readFileSync(path, 'utf8'));
        stamp = { file: path, ...stat, id: article.id, digest: articleDigest(article), racy: isRacy(stat.ctimeNs, readNs) };
        this.stamps.set(path, stamp);
      }
      const other = out.get(stamp.id);
      if (other) throw new ArticleError(path, `article id "${stamp.id}" is already used by ${other.path}`);
      out.set(stamp.id, { path, version: versionOfDigest(stamp.digest) });
    }
    for (const path of this.stamps.keys()) if (!seen.has(path)) this.stamps.delete(path);
    return out;
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
