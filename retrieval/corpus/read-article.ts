import { ArticleError, type Article } from './article.js';
import { documentArticle } from './formats/document-article.js';
import { docxDocument } from './formats/docx-document.js';
import { pdfDocument } from './formats/pdf-document.js';
import type { MetaDefaults } from './article.js';
import { parseArticle } from './parse-article.js';

/** What ingest and the admin upload accept. */
export const INGEST_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf', '.docx'] as const;

const extension = (file: string) => /\.[a-z0-9]+$/i.exec(file)?.[0]?.toLowerCase() ?? '';

/**
 * Reads an uploaded or ingested file of any accepted format into an article; throws an ArticleError naming the file
 * and the problem (unsupported type, not UTF-8, damaged, a scan without text, too little text…).
 */
export async function readArticle(file: string, bytes: Buffer, defaults: MetaDefaults = {}): Promise<Article> {
  const ext = extension(file);
  if (bytes.length === 0) throw new ArticleError(file, 'the file is empty');
  if (ext === '.pdf') return documentArticle(file, await pdfDocument(file, bytes), { defaults, sourceBytes: bytes.length });
  if (ext === '.docx') return documentArticle(file, await docxDocument(file, bytes), { defaults, sourceBytes: bytes.length });
  if (ext === '.doc') throw new ArticleError(file, 'old Word .doc files are not read; save it as .docx or PDF');
  if (!(INGEST_EXTENSIONS as readonly string[]).includes(ext)) throw new ArticleError(file, `unsupported file type "${ext || 'none'}" (use ${INGEST_EXTENSIONS.join(', ')})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(file, 'not UTF-8 text (save it as UTF-8, or upload the PDF or Word file)');
  }
  return { ...parseArticle(file, text, defaults), sourceBytes: bytes.length };
}
