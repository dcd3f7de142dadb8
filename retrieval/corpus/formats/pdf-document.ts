import { ArticleError } from '../article.js';
import type { PdfTextRun } from './pdf-layout.js';
import { pdfBlocks } from './pdf-layout.js';
import { deflatedStreamBytes } from './pdf-streams.js';
import { oneLine, type SourceDocument } from './source-document.js';

/** The one file that knows pdf.js: a PDF's text layer becomes runs, then blocks. */

// Fewer letters than this in the whole file: there is no text layer to index (a scan, or a photo of a page).
const MIN_TEXT_CHARS = 20;
// Titles that PDF producers write for you, not the document's own.
const PRODUCER_TITLE = /^(microsoft word|untitled|document\d*$)|\.(docx?|pdf|odt)$/i;

async function openPdf(file: string, bytes: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    return await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true,
      stopAtErrors: true, verbosity: 0 }).promise;
  } catch (err) {
    const e = err as Error;
    if (e.name === 'PasswordException') throw new ArticleError(file, 'the PDF is password-protected; upload a copy without a password');
    throw new ArticleError(file, `not a readable PDF, damaged or cut short (${e.message})`);
  }
}

// pdf.js reads pages on the main thread: a crafted file of tens of thousands of pages would hold every resident's
// answer for minutes. A public document longer than this is split before it is uploaded.
const MAX_PAGES = 1000;

// What a PDF's page content, fonts and other deflated streams may unpack to, images aside: a thousand pages of text
// and their fonts take a few tens of MB.
const MAX_DEFLATED_BYTES = 128 * 1024 * 1024;

/** Reads a text PDF; a PDF with no text layer (a scan), a damaged one or a very long one throws an ArticleError saying so. */
export async function pdfDocument(file: string, bytes: Buffer): Promise<SourceDocument> {
  if (deflatedStreamBytes(bytes, MAX_DEFLATED_BYTES) === 'too-large') {
    throw new ArticleError(file, `the PDF's content unpacks to more than ${MAX_DEFLATED_BYTES / 1024 / 1024} MB; split it into smaller files`);
  }
  const doc = await openPdf(file, bytes);
  try {
    if (doc.numPages > MAX_PAGES) throw new ArticleError(file, `the PDF has ${doc.numPages} pages, more than ${MAX_PAGES}; split it into smaller files`);
    const runs: PdfTextRun[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item)) continue;
        runs.push({ page: n, text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, size: item.height || Math.abs(item.transform[3]), font: item.fontName });
      }
    }
    const letters = runs.reduce((sum, r) => sum + r.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
    if (letters < MIN_TEXT_CHARS) {
      throw new ArticleError(file, `the PDF has no text layer (${doc.numPages} page(s) of images, as a scan is): run OCR on it or upload the text`);
    }
    const info = (await doc.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' ? oneLine(info.Title) : '';
    return { ...(title && !PRODUCER_TITLE.test(title) ? { title } : {}), blocks: pdfBlocks(runs) };
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    throw new ArticleError(file, `cannot read the PDF's text (${(err as Error).message})`);
  } finally {
    await doc.destroy();
  }
}
