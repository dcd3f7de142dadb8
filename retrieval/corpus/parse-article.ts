import { cleanText } from '../text/normalize.js';
import { ArticleError, slugify, type Article, type ArticleBlock } from './article.js';
import { parseDate, splitFrontMatter } from './front-matter.js';
import { htmlToText } from './html-to-text.js';

/** Metadata given beside the file (e.g. on the ingest command line); front matter wins over it. */
export interface MetaDefaults {
  readonly title?: string;
  readonly publication?: string;
  readonly date?: string;
}

const MIN_ARTICLE_CHARS = 80;

/**
 * Parses a .md, .txt or .html article. Front matter (id, title, publication, date, as_of, author) is read in all three;
 * otherwise the first line (or <title>, or a leading "# " heading) is the title. Blank lines separate paragraphs;
 * "## " lines are section headings.
 */
export function parseArticle(file: string, content: string, defaults: MetaDefaults = {}): Article {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext !== 'md' && ext !== 'txt' && ext !== 'html' && ext !== 'htm') {
    throw new ArticleError(file, 'unsupported file type (use .txt, .md or .html)');
  }
  if (content.includes('\u0000')) throw new ArticleError(file, 'binary content, not a text article');
  const { fields, body } = splitFrontMatter(content.replace(/^\ufeff/, ''));
  const html = ext === 'html' || ext === 'htm' ? htmlToText(body) : undefined;
  const lines = (html ? html.text : body).split(/\r?\n/);

  let title = fields.title ?? html?.title ?? defaults.title;
  const blocks: ArticleBlock[] = [];
  let pending: string[] = [];
  const flush = (): void => {
    const text = cleanText(pending.join(' '));
    if (text) blocks.push({ kind: 'paragraph', text });
    pending = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (!line) flush();
    else if (heading) {
      flush();
      if (heading[1] === '#' && !title) title = cleanText(heading[2]!);
      else blocks.push({ kind: 'heading', text: cleanText(heading[2]!) });
    } else if (!title && ext === 'txt') title = cleanText(line);
    else pending.push(line);
  }
  flush();

  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  const chars = paragraphs.reduce((n, b) => n + b.text.length, 0);
  if (paragraphs.length === 0 || chars < MIN_ARTICLE_CHARS) {
    throw new ArticleError(file, `no article text (${chars} characters of paragraphs; at least ${MIN_ARTICLE_CHARS} needed)`);
  }
  if (!title) throw new ArticleError(file, 'no title (add a first line, a "# " heading, <title> or "title:" front matter)');
  const dateText = fields.date ?? defaults.date;
  const date = parseDate(dateText);
  if (dateText && !date) throw new ArticleError(file, `date "${dateText}" is not YYYY-MM-DD or D/M/YYYY`);
  const asOf = fields.as_of;
  if (asOf !== undefined && !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(asOf)) throw new ArticleError(file, `as_of "${asOf}" is not YYYY or YYYY-MM`);
  const baseName = file.split(/[\\/]/).pop() ?? file;
  return {
    id: slugify(fields.id ?? baseName) || slugify(title),
    title,
    publication: fields.publication ?? html?.publication ?? defaults.publication ?? 'không rõ',
    ...(date ? { date } : {}),
    ...(asOf ? { asOf } : {}),
    ...(fields.author ? { author: fields.author } : {}),
    sourceFile: fields.source_file ?? baseName,
    blocks,
  };
}
