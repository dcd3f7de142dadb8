import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ArticleError, type Article } from './article.js';
import { articleDigest } from './article-digest.js';
import { parseArticle } from './parse-article.js';
import { isRacy, stampHolds, type FileStat, type SourceStamp } from './source-stamp.js';

export const ARTICLE_EXTENSIONS = new Set(['.md', '.txt', '.html', '.htm']);

/** Every article file in the given directories (missing directories are skipped); README.md is documentation. */
export function listArticleFiles(dirs: readonly string[]): string[] {
  const files: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      if (name.toLowerCase() === 'readme.md' || name.startsWith('.')) continue;
      if (ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && statSync(file).isFile()) files.push(file);
    }
  }
  return files;
}

/** Parses every article; a broken file or a duplicate id throws an ArticleError naming the file. */
export function loadCorpus(dirs: readonly string[]): Article[] {
  const articles: Article[] = [];
  const ids = new Map<string, string>();
  for (const file of listArticleFiles(dirs)) {
    const article = parseArticle(file, readFileSync(file, 'utf8'));
    const other = ids.get(article.id);
    if (other) throw new ArticleError(file, `article id "${article.id}" is already used by ${other}`);
    ids.set(article.id, file);
    articles.push(article);
  }
  return articles;
}

/** An article file found by scanCorpus: its stamp as of now, and the article when it had to be read. */
export interface ScannedFile {
  readonly stamp: SourceStamp;
  /** Read this time (new, changed, or not trusted yet); absent when its saved stamp vouches for the saved article. */
  readonly article?: Article;
}

/**
 * Every article file in the directories, reading only those the saved stamps do not vouch for (a file is trusted
 * when its size, times and inode are as stamped, and the stamp was not racy). A broken file or a duplicate id throws
 * an ArticleError naming the file.
 */
export function scanCorpus(dirs: readonly string[], saved: ReadonlyMap<string, SourceStamp>): ScannedFile[] {
  // Taken before any file is read: a file changed less than RACY_NS before this is not trusted next time.
  const readNs = BigInt(Date.now()) * 1_000_000n;
  const scanned = listArticleFiles(dirs).map((file): ScannedFile => {
    const stat = fileStat(file);
    const old = saved.get(file);
    if (stampHolds(old, stat)) return { stamp: old };
    const article = parseArticle(file, readFileSync(file, 'utf8'));
    return { stamp: { file, ...stat, id: article.id, digest: articleDigest(article), racy: isRacy(stat.ctimeNs, readNs) }, article };
  });
  const ids = new Map<string, string>();
  for (const { stamp } of scanned) {
    const other = ids.get(stamp.id);
    if (other) throw new ArticleError(stamp.file, `article id "${stamp.id}" is already used by ${other}`);
    ids.set(stamp.id, stamp.file);
  }
  return scanned;
}

/**
 * The stamps with racy ones settled where time allows: a file last changed long enough ago, still as stamped and
 * still holding the same article when read again, can be trusted from now on. Called after a build, which takes long
 * enough for files written just before it to settle.
 */
export function settleStamps(stamps: readonly SourceStamp[]): SourceStamp[] {
  const readNs = BigInt(Date.now()) * 1_000_000n;
  return stamps.map((s) => {
    if (!s.racy || isRacy(s.ctimeNs, readNs)) return s;
    try {
      const stat = fileStat(s.file);
      const calm = { ...s, racy: false };
      return stampHolds(calm, stat) && articleDigest(parseArticle(s.file, readFileSync(s.file, 'utf8'))) === s.digest ? calm : s;
    } catch {
      return s;
    }
  });
}

/** A file's size, times (ns) and inode, as a stamp records them. */
export function fileStat(file: string): FileStat {
  const st = statSync(file, { bigint: true });
  return { size: Number(st.size), mtimeNs: String(st.mtimeNs), ctimeNs: String(st.ctimeNs), ino: String(st.ino) };
}
