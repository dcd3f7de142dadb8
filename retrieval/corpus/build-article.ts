import { createHash } from 'node:crypto';
import { ArticleError, slugify, type Article, type ArticleBlock } from './article.js';
import { parseDate } from './front-matter.js';

/** An article's parts as a reader found them, before the checks every article passes. */
export interface ArticleParts {
  readonly id?: string;
  readonly title?: string;
  readonly publication?: string;
  /** As written: YYYY-MM-DD or D/M/YYYY. */
  readonly date?: string;
  /** For an undated article, when it speaks from: YYYY or YYYY-MM (see ArticleMeta.asOf). */
  readonly asOf?: string;
  readonly author?: string;
  readonly sourceFile?: string;
  readonly sourceBytes?: number;
  readonly blocks: readonly ArticleBlock[];
}

const MIN_ARTICLE_CHARS = 80;
// Metadata is written one field a line (format-article.ts): a newline inside a value must not start another field.
const flat = (v: string) => v.replace(/\s+/g, ' ').trim();

/** Checks an article's parts (enough text, a title, a valid date) and names the file when one fails. */
export function buildArticle(file: string, p: ArticleParts): Article {
  const paragraphs = p.blocks.filter((b) => b.kind === 'paragraph');
  const chars = paragraphs.reduce((n, b) => n + b.text.length, 0);
  if (paragraphs.length === 0 || chars < MIN_ARTICLE_CHARS) {
    throw new ArticleError(file, `no article text (${chars} characters of paragraphs; at least ${MIN_ARTICLE_CHARS} needed)`);
  }
  const title = p.title && flat(p.title);
  if (!title) throw new ArticleError(file, 'no title (add a first line, a "# " heading, <title> or "title:" front matter)');
  const date = parseDate(p.date);
  if (p.date && !date) throw new ArticleError(file, `date "${p.date}" is not YYYY-MM-DD or D/M/YYYY`);
  if (p.asOf !== undefined && !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(p.asOf)) throw new ArticleError(file, `as_of "${p.asOf}" is not YYYY or YYYY-MM`);
  const baseName = file.split(/[\\/]/).pop() ?? file;
  return {
    id: slugify(p.id ?? baseName) || slugify(title) || unlatinId(title),
    title,
    publication: (p.publication && flat(p.publication)) || 'không rõ',
    ...(date ? { date } : {}),
    ...(p.asOf ? { asOf: p.asOf } : {}),
    ...(p.author ? { author: flat(p.author) } : {}),
    sourceFile: p.sourceFile ?? baseName,
    ...(p.sourceBytes !== undefined ? { sourceBytes: p.sourceBytes } : {}),
    blocks: p.blocks,
  };
}

/**
 * An id for a title with no Latin letter or digit to slug ("中文"): one from the title's hash, so the article is stored
 * under a name the corpus reads (never ".md") and two such titles do not overwrite each other.
 */
function unlatinId(title: string): string {
  return `bai-${createHash('sha256').update(title).digest('hex').slice(0, 10)}`;
}
