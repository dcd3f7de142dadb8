import { describe, expect, it } from 'vitest';
import { spacedNumbers, unshouted, withoutListMarks } from './typed-form.js';

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

describe('a number typed into a word', () => {
  it.each([
    ['Kế hoạch 239của Hà Nội ban hành ngày nào', 'Kế hoạch 239 của Hà Nội ban hành ngày nào'],
    ['nghi quyet 03cua hai phong', 'nghi quyet 03 cua hai phong'],
    ['Hồi cuối năm2022', 'Hồi cuối năm 2022'],
    ['Học sinh cấp1', 'Học sinh cấp 1'],
    ['Năm2022 Hà Nội xếp thứ mấy', 'Năm 2022 Hà Nội xếp thứ mấy'],
    // Units, codes, dates, figures and capitals stay as typed.
    ['mạng 4G, 5G', 'mạng 4G, 5G'],
    ['cách 10km', 'cách 10km'],
    ['F0 được hỗ trợ gì', 'F0 được hỗ trợ gì'],
    ['COVID-19, 239/KH-UBND, 18-NQ/TU, 2021-2030, 81,7%', 'COVID-19, 239/KH-UBND, 18-NQ/TU, 2021-2030, 81,7%'],
    ['ngày 30/4nhé', 'ngày 30/4nhé'],
    // A word run into a name; names in camel case stay.
    ['Khách tới chơiHà Nội', 'Khách tới chơi Hà Nội'],
    ['Năm 2023 SởTT&TT Hà Nội', 'Năm 2023 Sở TT&TT Hà Nội'],
    ['HảiPhòng có gì', 'Hải Phòng có gì'],
    ['cài VNeID, iHanoi, ZaloPay, TP.HCM', 'cài VNeID, iHanoi, ZaloPay, TP.HCM'],
    // Names with a number, quotes and degrees are not words run together.
    ['Ai đã hợp tác với internet2', 'Ai đã hợp tác với internet2'],
    ['bài thơ “Cái mặt nạ” và 565 °C', 'bài thơ “Cái mặt nạ” và 565 °C'],
  ])('%j → %j', (typed, read) => {
    expect(spacedNumbers(typed)).toBe(read);
  });
});
