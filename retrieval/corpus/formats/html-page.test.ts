import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePassages } from '../passages.js';
import { readArticle } from '../read-article.js';

// A ward portal's article page as such sites print them (top bar, menu, breadcrumbs, related-news boxes nested in the
// text, attribute values holding ">", paragraphs left unclosed, a sidebar and a footer), read through the ingestion
// entry point: what the regex reader got wrong (issue 15) is read right by the parser.
const PAGE = readFileSync(join(import.meta.dirname, '../../../test/fixtures/documents/cong-thong-tin-phuong.html'));

describe('an HTML page read for ingestion', async () => {
  const article = await readArticle('cong-thong-tin-phuong.html', PAGE);
  const texts = articlePassages(article).map((p) => p.text);
  const all = texts.join('\n');

  it('keeps the article\'s paragraphs, each unclosed <p> its own, in order', () => {
    expect(texts).toEqual([
      'Từ tháng 8/2024, người dân trên địa bàn phường có thể đề nghị cấp phiếu lý lịch tư pháp ngay trên ứng dụng VNeID, không phải đến trụ sở.',
      'Bước một: đăng nhập ứng dụng VNeID bằng tài khoản định danh điện tử mức 2, chọn mục Thủ tục hành chính.',
      'Bước hai: chọn Cấp phiếu lý lịch tư pháp, điền tờ khai và nộp lệ phí trực tuyến theo quy định.',
      'Một',
      'Hai',
    ]);
  });

  it.each([
    ['an <aside> nested in an <aside>, and the text after it', ['Quảng cáo', 'Tin cùng chuyên mục', 'Xem thêm']],
    ['">" inside attribute values', ['200.000', '>', 'Tin tức']],
    ['menu, breadcrumbs, sidebar, share buttons, footer', ['Dịch vụ công', 'Tin mới', 'Chia sẻ', 'Bản quyền']],
    ['a figure with its caption, a comment, scripts and styles', ['thao tác', 'chú thích', 'dataLayer', 'Không phải bài viết', 'float']],
  ])('leaves out %s', (_name, leaks) => {
    for (const leak of leaks) expect(all).not.toContain(leak);
  });

  it('reads title, site and date from the page', () => {
    expect(article).toMatchObject({ id: 'cong-thong-tin-phuong', title: 'Hướng dẫn cấp phiếu lý lịch tư pháp trên VNeID',
      publication: 'Cổng thông tin điện tử phường Dịch Vọng', date: '2024-08-12', sourceBytes: PAGE.length });
  });
});
