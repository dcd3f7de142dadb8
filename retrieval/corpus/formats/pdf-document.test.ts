import { describe, expect, it } from 'vitest';
import { ArticleError } from '../article.js';
import { pdfDocument } from './pdf-document.js';

/** A PDF of `pages` blank pages, written by hand (catalog, page tree, pages, cross-reference table). */
function blankPdf(pages: number): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${pages} /Kids [${Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ')}] >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>'),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('pdfDocument', () => {
  it('refuses a PDF of more than 1,000 pages before reading them, naming the file and the count', async () => {
    const err = await pdfDocument('uploads/dai.pdf', blankPdf(1001)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArticleError);
    expect((err as Error).message).toBe('uploads/dai.pdf: the PDF has 1001 pages, more than 1000; split it into smaller files');
  });

  it('reads the pages of a shorter one (these are blank: no text layer, said so)', async () => {
    await expect(pdfDocument('uploads/trang.pdf', blankPdf(3))).rejects.toThrow(/no text layer \(3 page\(s\)/);
  });
});
