import { InvalidInputError } from '../../core/errors.js';

/** An article the bot can cite, as parsed from a corpus file. */
export interface ArticleMeta {
  readonly id: string;
  readonly title: string;
  readonly publication: string;
  /** ISO date (YYYY-MM-DD) when the source prints one. */
  readonly date?: string;
  /**
   * For an article that prints no date: the time it speaks from (YYYY or YYYY-MM), as the article itself gives it
   * ("Nhân dịp Xuân Ất Tỵ 2025"), so "hiện nay" in a quote can be dated.
   */
  readonly asOf?: string;
  readonly author?: string;
  readonly sourceFile: string;
  /** Size of the file that was uploaded or ingested (a PDF, a Word file…), when it was not this text itself. */
  readonly sourceBytes?: number;
}

export interface ArticleBlock {
  readonly kind: 'heading' | 'paragraph';
  readonly text: string;
}

export interface Article extends ArticleMeta {
  readonly blocks: readonly ArticleBlock[];
}

/** A file could not be turned into an article; the message names the file and the problem. */
export class ArticleError extends InvalidInputError {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super('invalid_file', `${file}: ${problem}`);
  }
}

/** A URL- and file-safe id from a file name or title: lower-case ASCII words joined by dashes. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** Metadata given beside the file (e.g. on the ingest command line); front matter wins over it. */
export interface MetaDefaults {
  readonly title?: string;
  readonly publication?: string;
  readonly date?: string;
}
