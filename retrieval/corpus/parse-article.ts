import { cleanText } from '../text/normalize.js';
import { ArticleError, type Article, type ArticleBlock, type MetaDefaults } from './article.js';
import { buildArticle } from './build-article.js';
import { documentArticle } from './formats/document-article.js';
import { htmlDocument } from './formats/html-document.js';
import { splitFrontMatter } from './front-matter.js';

/**
 * Parses a .md, .txt or .html article. Front matter (id, title, publication, date, as_of, author) is read in all three;
 * otherwise the first line (or <title>, or a leading "# " heading) is the title. In text, blank lines separate
 * paragraphs and "## " lines are section headings; HTML is read by a parser (see formats/html-document.ts).
 */
export function parseArticle(file: string, content: string, defaults: MetaDefaults = {}): Article {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext !== 'md' && ext !== 'txt' && ext !== 'html' && ext !== 'htm') {
    throw new ArticleError(file, 'unsupported file type (use .txt, .md, .html, .pdf or .docx)');
  }
  if (content.includes('\u0000')) throw new ArticleError(file, 'binary content, not a text article');
  const { fields, body } = splitFrontMatter(content.replace(/^\ufeff/, ''));
  if (ext === 'html' || ext === 'htm') return documentArticle(file, htmlDocument(body), { fields, defaults });

  let title = fields.title ?? defaults.title;
  const blocks: ArticleBlock[] = [];
  let pending: string[] = [];
  const flush = (): void => {
    const text = cleanText(pending.join(' '));
    if (text) blocks.push({ kind: 'paragraph', text });
    pending = [];
  };
  for (const raw of body.split(/\r?\n/)) {
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
  const bytes = Number(fields.source_bytes);
  return buildArticle(file, {
    ...(fields.id ? { id: fields.id } : {}),
    ...(title ? { title } : {}),
    ...((fields.publication ?? defaults.publication) ? { publication: fields.publication ?? defaults.publication } : {}),
    ...((fields.date ?? defaults.date) ? { date: fields.date ?? defaults.date } : {}),
    ...(fields.as_of ? { asOf: fields.as_of } : {}),
    ...(fields.author ? { author: fields.author } : {}),
    ...(fields.source_file ? { sourceFile: fields.source_file } : {}),
    ...(Number.isSafeInteger(bytes) && bytes > 0 ? { sourceBytes: bytes } : {}),
    blocks,
  });
}
