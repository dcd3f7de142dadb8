import { describe, expect, it } from 'vitest';
import { readDocumentHeader } from './document-header.js';
import type { DocBlock } from './source-document.js';

const p = (text: string): DocBlock => ({ kind: 'paragraph', text });
const h = (text: string): DocBlock => ({ kind: 'heading', level: 1, text });
const none = { title: undefined, publication: undefined, date: undefined };
const BODY = p('Công dân từ đủ 18 tuổi được cấp chữ ký số miễn phí.');

describe('readDocumentHeader', () => {
  it.each<[string, DocBlock[], { title?: string; publication?: string; date?: string }]>([
    ['a decision printed line by line', [h('UBND THÀNH PHỐ HÀ NỘI'), p('Số: 2345/QĐ-UBND'), h('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc'),
      p('Hà Nội, ngày 27 tháng 9 năm 2023'), h('QUYẾT ĐỊNH'), h('Về việc cấp chữ ký số miễn phí'), BODY],
    { title: 'Quyết định 2345/QĐ-UBND về việc cấp chữ ký số miễn phí', publication: 'UBND THÀNH PHỐ HÀ NỘI', date: '2023-09-27' }],
    ['a header laid out as a two-column table (old tone marks, "Hoà")', [{ kind: 'table', header: false, rows: [
      ['ỦY BAN NHÂN DÂN TỈNH BẮC NINH Số: 12/KH-UBND', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc ---------------'],
      ['', 'Bắc Ninh, ngày 3 tháng 1 năm 2024']] }, h('KẾ HOẠCH'), p('Chuyển đổi số năm 2024'), BODY],
    { title: 'Kế hoạch 12/KH-UBND Chuyển đổi số năm 2024', publication: 'ỦY BAN NHÂN DÂN TỈNH BẮC NINH', date: '2024-01-03' }],
    ['a guide with a body and a date but no document type', [p('SỞ TƯ PHÁP THÀNH PHỐ HẢI PHÒNG'), p('Hải Phòng, ngày 5 tháng 3 năm 2024'), h('Hướng dẫn'), BODY],
      { publication: 'SỞ TƯ PHÁP THÀNH PHỐ HẢI PHÒNG', date: '2024-03-05' }],
  ])('%s', (_name, blocks, expected) => {
    const header = readDocumentHeader(blocks);
    expect({ title: header.title, publication: header.publication, date: header.date }).toEqual(Object.assign({}, none, expected));
    expect(header.blocks.at(-1)).toEqual(BODY);
    expect(header.blocks.length).toBeLessThan(blocks.length);
  });

  it.each<[string, DocBlock[]]>([
    ['a news article opening with an upper-case headline', [h('CHUYỂN ĐỔI SỐ Ở HÀ NỘI'), BODY]],
    ['a first paragraph that mentions a date in passing', [p('Hà Nội, ngày 5 tháng 3 năm 2024, Sở TT&TT đã tổ chức hội nghị về chuyển đổi số.'), BODY]],
    ['an impossible date', [p('Hà Nội, ngày 31 tháng 2 năm 2024'), BODY]],
  ])('leaves %s alone', (_name, blocks) => {
    const header = readDocumentHeader(blocks);
    expect(header.blocks).toEqual(blocks.filter((b) => header.blocks.includes(b)));
    expect(header.publication).toBeUndefined();
    expect(header.title).toBeUndefined();
    expect(header.date).toBeUndefined();
  });
});
