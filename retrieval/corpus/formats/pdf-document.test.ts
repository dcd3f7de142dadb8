import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ArticleError } from '../article.js';
import { pdfDocument } from './pdf-document.js';

/**
 * A PDF of `pages` pages, written by hand (catalog, page tree, pages, cross-reference table); blank, or each drawing
 * `content` from one deflated content stream.
 */
function pdf(pages: number, content?: Buffer): Buffer {
  const stream = content ? deflateSync(content) : undefined;
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${pages} /Kids [${Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ')}] >>`,
    ...Array.from({ length: pages }, () => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${stream ? 200 : 10} ${stream ? 200 : 10}]${stream ? ` /Contents ${pages + 3} 0 R`
      + ' /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>' : ''} >>`),
    ...(stream ? [Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream', 'latin1')])] : []),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const size = () => parts.reduce((sum, p) => sum + p.length, 0);
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(size());
    parts.push(Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof o === 'string' ? Buffer.from(o, 'latin1') : o, Buffer.from('\nendobj\n', 'latin1'));
  });
  const xref = size();
  parts.push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
    + `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
const blankPdf = (pages: number): Buffer => pdf(pages);

describe('pdfDocument', () => {
  it('refuses a PDF of more than 1,000 pages before reading them, naming the file and the count', async () => {
    const err = await pdfDocument('uploads/dai.pdf', blankPdf(1001)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArticleError);
    expect((err as Error).message).toBe('uploads/dai.pdf: the PDF has 1001 pages, more than 1000; split it into smaller files');
  });

  it('reads the pages of a shorter one (these are blank: no text layer, said so)', async () => {
    await expect(pdfDocument('uploads/trang.pdf', blankPdf(3))).rejects.toThrow(/no text layer \(3 page\(s\)/);
  });

  it('refuses a page whose content unpacks to far more than the file weighs, before pdf.js inflates it', async () => {
    const bomb = pdf(1, Buffer.alloc(129 * 1024 * 1024, ' '));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const err = await pdfDocument('uploads/bom.pdf', bomb).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArticleError);
    expect((err as Error).message).toBe("uploads/bom.pdf: the PDF's content unpacks to more than 128 MB; split it into smaller files");
  });

  it('reads the text of a page drawn by a deflated content stream within the budget', async () => {
    const page = pdf(1, Buffer.from('BT /F1 12 Tf 1 1 Td (Chuyen doi so cua thanh pho Ha Noi) Tj ET', 'latin1'));
    const doc = await pdfDocument('uploads/mot-trang.pdf', page);
    expect(JSON.stringify(doc.blocks)).toContain('Chuyen doi so cua thanh pho Ha Noi');
  });
});
