import { describe, expect, it } from 'vitest';
import { articleBlocks } from './document-article.js';
import type { DocBlock } from './source-document.js';

const p = (text: string): DocBlock => ({ kind: 'paragraph', text });

describe('articleBlocks', () => {
  it.each<[string, DocBlock[], string[]]>([
    ['a list with its lead-in line is one passage', [p('Các bước như sau:'), { kind: 'list', ordered: true, items: ['Đăng nhập.', 'Nộp hồ sơ.'] }],
      ['Các bước như sau: 1. Đăng nhập. 2. Nộp hồ sơ.']],
    ['paragraphs numbered 1., 2., 3. (as a PDF prints steps) join into one', [p('1. Đăng nhập.'), p('2. Nộp hồ sơ.'), p('3. Nhận kết quả.'), p('Sau đó chờ.')],
      ['1. Đăng nhập. 2. Nộp hồ sơ. 3. Nhận kết quả.', 'Sau đó chờ.']],
    ['a numbering that skips is not one list', [p('1. Một.'), p('3. Ba.')], ['1. Một.', '3. Ba.']],
    ['bullets join', [p('- Căn cước.'), p('- Ảnh.')], ['• Căn cước. • Ảnh.']],
    ['table rows read with their column names', [{ kind: 'table', header: true, rows: [['Đối tượng', 'Lệ phí', ''], ['Công dân', '100.000 đồng', 'x'], ['Sinh viên', '', '']] }],
      ['Đối tượng: Công dân; Lệ phí: 100.000 đồng; x', 'Đối tượng: Sinh viên']],
    ['a table without a header row', [{ kind: 'table', header: false, rows: [['Hà Nội', '30 phường'], ['Huế', '']] }], ['Hà Nội | 30 phường', 'Huế']],
  ])('%s', (_name, blocks, expected) => {
    expect(articleBlocks(blocks).map((b) => b.text)).toEqual(expected);
  });

  it('keeps headings as headings, the context of the paragraphs below them', () => {
    expect(articleBlocks([{ kind: 'heading', level: 2, text: 'Điều 1' }, p('Nội dung.')])).toEqual([{ kind: 'heading', text: 'Điều 1' }, { kind: 'paragraph', text: 'Nội dung.' }]);
  });

  it('cuts a very long list between items', () => {
    const items = Array.from({ length: 30 }, (_, i) => `Bước thứ ${i + 1} của thủ tục rất dài, với nhiều chi tiết cần đọc kỹ trước khi làm.`);
    const out = articleBlocks([{ kind: 'list', ordered: true, items }]);
    expect(out.length).toBeGreaterThan(1);
    expect(out.every((b) => b.text.length <= 1300)).toBe(true);
    expect(out.map((b) => b.text).join(' ')).toContain('30. Bước thứ 30');
  });
});
