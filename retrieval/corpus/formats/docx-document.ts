import { ArticleError } from '../article.js';
import { htmlDocument } from './html-document.js';
import type { SourceDocument } from './source-document.js';

/** The one file that knows mammoth: a Word .docx becomes HTML (headings, lists, tables kept), then a SourceDocument. */

// Word's Title and Subtitle styles are headings too; mammoth leaves them as plain paragraphs by default.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export async function docxDocument(file: string, bytes: Buffer): Promise<SourceDocument> {
  // Loaded on the first Word file, not at every start of the server.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes }, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true })).value;
  } catch (err) {
    const message = (err as Error).message;
    if (/central directory|zip/i.test(message)) throw new ArticleError(file, 'not a Word .docx file (it is not a zip archive; an old .doc must be saved as .docx first)');
    throw new ArticleError(file, `cannot read the Word file (${message.split('\n')[0]})`);
  }
  // A Word file's own HTML has no site chrome: keep every block, none is navigation.
  return htmlDocument(`<article>${html}</article>`);
}
