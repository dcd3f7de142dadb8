import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ArticleError, type Article } from './article.js';
import { parseArticle } from './parse-article.js';

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
