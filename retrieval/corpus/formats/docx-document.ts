import { ArticleError } from '../article.js';
import { htmlDocument } from './html-document.js';
import type { SourceDocument } from './source-document.js';
import { unpackedSize, zipEntries } from './zip-entries.js';

/** The one file that knows mammoth: a Word .docx becomes HTML (headings, lists, tables kept), then a SourceDocument. */

// Word's Title and Subtitle styles are headings too; mammoth leaves them as plain paragraphs by default.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

// What a Word file may unpack to, declared by its zip directory and checked before mammoth inflates anything: the XML
// of a several-hundred-page document is a few MB, while a crafted file of half a megabyte unpacks to 150 MB of
// paragraphs and exhausts the heap (mammoth holds the parsed XML and its HTML at once). Every part counts but images,
// which are never unpacked: the main document may have any name (_rels/.rels points to it).
const MAX_XML_BYTES = 32 * 1024 * 1024;
const MAX_PARTS = 5000;
const IMAGE = /\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp)$/i;

function checkParts(file: string, bytes: Buffer): void {
  const zip = zipEntries(bytes);
  if (!zip) return; // Not a zip: mammoth says so, below.
  const tooLarge = new ArticleError(file, `the Word file unpacks to more than ${MAX_XML_BYTES / 1024 / 1024} MB of text or ${MAX_PARTS} parts; split it into smaller files`);
  const parts = zip.entries.filter((e) => !IMAGE.test(e.name));
  if (zip.zip64 || zip.entries.length > MAX_PARTS || parts.reduce((sum, e) => sum + e.size, 0) > MAX_XML_BYTES) throw tooLarge;
  // The declared sizes passed; the parts are inflated here, each stopped at what the budget has left, since a crafted
  // directory may declare far less than its data holds.
  let left = MAX_XML_BYTES;
  for (const part of parts) {
    const size = unpackedSize(bytes, part, left);
    if (size === 'too-large') throw tooLarge;
    if (size !== 'unreadable') left -= size;
  }
}

export async function docxDocument(file: string, bytes: Buffer): Promise<SourceDocument> {
  checkParts(file, bytes);
  // Loaded on the first Word file, not at every start of the server.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    // An image becomes an empty <img> without being read: the text is what is indexed.
    html = (await mammoth.convertToHtml({ buffer: bytes }, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true,
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })) })).value;
  } catch (err) {
    const message = (err as Error).message;
    if (/central directory|zip/i.test(message)) throw new ArticleError(file, 'not a Word .docx file (it is not a zip archive; an old .doc must be saved as .docx first)');
    throw new ArticleError(file, `cannot read the Word file (${message.split('\n')[0]})`);
  }
  // A Word file's own HTML has no site chrome: keep every block, none is navigation.
  return htmlDocument(`<article>${html}</article>`);
}
