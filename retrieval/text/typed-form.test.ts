import { describe, expect, it } from 'vitest';
import { unshouted, withoutListMarks } from './typed-form.js';

describe('list marks and quotes around a question', () => {
  it.each([
    ['- Hồi Covid Hải Phòng họp bằng cách nào?', 'Hồi Covid Hải Phòng họp bằng cách nào?'],
    ['• Chữ ký số làm ở đâu\n• Mất bao lâu', 'Chữ ký số làm ở đâu\nMất bao lâu'],
    ['"Thành phố có giúp hộ kinh doanh không"', 'Thành phố có giúp hộ kinh doanh không'],
    // Inside a sentence a dash is kept: a range, a name.
    ['Giai đoạn 2021 - 2025 có mấy nhiệm vụ?', 'Giai đoạn 2021 - 2025 có mấy nhiệm vụ?'],
    ['Thừa Thiên - Huế làm thử khi nào?', 'Thừa Thiên - Huế làm thử khi nào?'],
  ])('%j → %j', (text, read) => {
    expect(withoutListMarks(text)).toBe(read);
  });
});

describe('a message typed in capitals', () => {
  const keep = (w: string): boolean => ['CKS', 'UBND'].includes(w);
  it.each([
    ['MUỐN CÓ NGƯỜI LÀM SỐ HÓA THÌ HẢI PHÒNG NÊN LÀM GÌ?', 'Muốn có người làm số hóa thì hải phòng nên làm gì?'],
    ['CKS MIỄN PHÍ LÀM Ở ĐÂU. UBND QUẬN CÓ CẤP KHÔNG', 'CKS miễn phí làm ở đâu. UBND quận có cấp không'],
    // Abbreviations in an ordinary message, and short messages, are as typed.
    ['UBND quận có cấp CKS không?', 'UBND quận có cấp CKS không?'],
    ['HN CÓ APP', 'HN CÓ APP'],
  ])('%j → %j', (text, read) => {
    expect(unshouted(text, keep)).toBe(read);
  });
});
