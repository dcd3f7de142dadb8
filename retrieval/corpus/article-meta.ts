import { ArticleError } from './article.js';
import { parseDate } from './front-matter.js';

/** Metadata given beside an uploaded article; every field optional. */
export interface ArticleMeta {
  readonly title?: string;
  readonly publication?: string;
  readonly date?: string;
}

// Line breaks of every kind and other control characters: in a front-matter value they would start a new field.
const NOT_ONE_LINE = /[\p{Cc}\u2028\u2029]/u;

export const META_LIMITS = { title: 300, publication: 200 } as const;

/** True for a value that fits on one front-matter line. */
export function isOneLine(value: string): boolean {
  return !NOT_ONE_LINE.test(value);
}

/** True for a date the corpus reads: YYYY-MM-DD or D/M/YYYY, and a day that exists. */
export function isArticleDate(value: string): boolean {
  return parseDate(value) !== undefined;
}

/**
 * Checks metadata before anything is written: one line each, within length, a real date. Throws an ArticleError
 * that names the file, the field and the problem, for the uploader; returns the values trimmed, empty ones left out.
 */
export function checkArticleMeta(file: string, meta: ArticleMeta): ArticleMeta {
  const out: { title?: string; publication?: string; date?: string } = {};
  for (const field of ['title', 'publication'] as const) {
    const value = meta[field]?.trim();
    if (!value) continue;
    if (!isOneLine(value)) throw new ArticleError(file, `${field} must be one line, without line breaks or control characters`);
    if (value.length > META_LIMITS[field]) throw new ArticleError(file, `${field} is longer than ${META_LIMITS[field]} characters`);
    out[field] = value;
  }
  const date = meta.date?.trim();
  if (date) {
    if (!isArticleDate(date)) throw new ArticleError(file, `date "${date.slice(0, 40)}" is not a real date as YYYY-MM-DD or D/M/YYYY`);
    out.date = date;
  }
  return out;
}
