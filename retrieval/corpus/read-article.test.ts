import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleError } from './article.js';
import { formatArticle } from './format-article.js';
import { parseArticle } from './parse-article.js';
import { articlePassages } from './passages.js';
import { readArticle } from './read-article.js';

// Made by test/fixtures/documents/make-fixtures.ts: chromium printed the PDFs, the `docx` package wrote the Word file.
const FIXTURES = join(import.meta.dirname, '../../test/fixtures/documents');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

describe('readArticle on real files', () => {
  it('reads a text PDF: the decision header gives title, issuing body and date; articles are headings; steps are one passage', async () => {
    const a = await readArticle('quyet-dinh-chu-ky-so.pdf', fixture('quyet-dinh-chu-ky-so.pdf'));
    expect(a).toMatchObject({
      id: 'quyet-dinh-chu-ky-so',
      title: 'Quyết định 2345/QĐ-UBND về việc ban hành Kế hoạch cấp chữ ký số miễn phí cho người dân năm 2023',
      publication: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
      date: '2023-09-27',
      sourceFile: 'quyet-dinh-chu-ky-so.pdf',
      sourceBytes: fixture('quyet-dinh-chu-ky-so.pdf').length,
    });
    const passages = articlePassages(a);
    expect(passages.map((p) => p.heading)).toEqual(['Điều 1. Đối tượng được cấp', 'Điều 2. Trình tự thực hiện', 'Điều 3. Tổ chức thực hiện']);
    expect(passages[1]!.text).toMatch(/^1\. Người dân mang căn cước .* 2\. Cán bộ một cửa .* 3\. Người dân nhận thông báo kích hoạt .*24 giờ/);
    // The header (motto, number, place and date) is metadata, not text to quote.
    expect(JSON.stringify(a.blocks)).not.toMatch(/Độc lập|Số: 2345|ngày 27 tháng 9/);
  });

  it('reads a Word file: title style, numbered list, table rows with their column names', async () => {
    const a = await readArticle('huong-dan-ly-lich-tu-phap.docx', fixture('huong-dan-ly-lich-tu-phap.docx'));
    expect(a).toMatchObject({ title: 'Hướng dẫn cấp phiếu lý lịch tư pháp trên VNeID', publication: 'SỞ TƯ PHÁP THÀNH PHỐ HẢI PHÒNG', date: '2024-03-05' });
    const passages = articlePassages(a);
    expect(passages.find((p) => p.heading === 'Các bước thực hiện')?.text).toBe(
      '1. Đăng nhập ứng dụng VNeID bằng tài khoản định danh điện tử mức 2. 2. Chọn mục Thủ tục hành chính, rồi chọn Cấp phiếu lý lịch tư pháp. 3. Khai tờ khai, chọn nơi nhận kết quả và nộp lệ phí trực tuyến.');
    expect(passages.filter((p) => p.heading === 'Lệ phí và thời hạn').map((p) => p.text)).toEqual([
      'Đối tượng: Công dân; Lệ phí: 100.000 đồng; Thời hạn: 10 ngày làm việc',
      'Đối tượng: Sinh viên, người có công; Lệ phí: 50.000 đồng; Thời hạn: 10 ngày làm việc',
      'Khi nộp trực tuyến trên VNeID, lệ phí được giảm 50% so với nộp trực tiếp theo quy định của Bộ Tài chính.',
    ]);
  });

  it('keeps what it read through the stored Markdown form (metadata, passages, size)', async () => {
    const a = await readArticle('huong-dan-ly-lich-tu-phap.docx', fixture('huong-dan-ly-lich-tu-phap.docx'));
    expect(parseArticle(`${a.id}.md`, formatArticle(a))).toEqual(a);
  });

  it.each([
    ['scanned.pdf', /no text layer.*OCR/],
    ['truncated.pdf', /not a readable PDF, damaged or cut short/],
    ['not-a-zip.docx', /not a Word \.docx file/],
  ])('refuses the broken file %s, naming it and the problem', async (name, problem) => {
    const err = await readArticle(`uploads/${name}`, fixture(name)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArticleError);
    expect((err as Error).message).toMatch(`uploads/${name}: `);
    expect((err as Error).message).toMatch(problem);
  });

  it('gives a file and title with no Latin letter an id of its own, so it is stored under a name the corpus reads', async () => {
    const body = (title: string) => Buffer.from(`# ${title}\n\n${'数字化转型让居民在网上办理行政手续，节省时间和路程。'.repeat(4)}`);
    const [a, b] = await Promise.all([readArticle('中文.md', body('数字政府')), readArticle('中文.md', body('电子签名'))]);
    expect(a.id).toMatch(/^bai-[0-9a-f]{10}$/);
    expect(b.id).toMatch(/^bai-[0-9a-f]{10}$/);
    expect(a.id).not.toBe(b.id);
  });

  it.each([
    ['ghi-chu.doc', Buffer.from('x'), /old Word \.doc/],
    ['anh.png', Buffer.from('x'), /unsupported file type ".png"/],
    ['latin1.txt', Buffer.from('Ti\xeau \xf0\xe8', 'latin1'), /not UTF-8/],
    ['rong.pdf', Buffer.alloc(0), /empty/],
  ])('refuses %s', async (name, bytes, problem) => {
    await expect(readArticle(name, bytes)).rejects.toThrow(problem);
  });
});
