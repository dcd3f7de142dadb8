import { describe, expect, it } from 'vitest';
import { documentKindAsked, successorAsked } from './document-kind.js';

describe('when, or by what number, a document named by its kind was issued', () => {
  it.each([
    ['Đề án xây dựng thành phố thông minh do Sở TT&TT trình được UBND thành phố phê duyệt vào ngày nào, theo quyết định số mấy?',
      'đề án xây dựng thành phố thông minh'],
    // The first kind named is the document asked of.
    ['Chương trình số hóa riêng của Hà Nội được duyệt bằng quyết định số mấy, ký ngày nào ạ?', 'chương trình số hóa riêng'],
    ['Danh mục dữ liệu mở của Hà Nội được ban hành theo quyết định số mấy?', 'quyết định'],
    // A signature is no signing ("chữ ký số"); a numbered document is pinned elsewhere; "văn bản" names no kind.
    ['Chương trình cấp chữ ký số miễn phí tại bộ phận một cửa kéo dài đến bao giờ thì kết thúc?', undefined],
    ['Kế hoạch 239 ban hành ngày nào?', undefined],
    ['Văn bản của Thành ủy Hà Nội về thành phố thông minh ký ngày nào?', undefined],
    // No date or number asked.
    ['Đề án xây dựng thành phố thông minh có chiến lược gì?', undefined],
  ])('%j asks of %j', (question, label) => {
    expect(documentKindAsked(question)?.asked.label).toBe(label);
  });

  it.each([
    ['Ngày 27/9/2023, UBND TP.Hà Nội đã ban hành Kế hoạch số 239/KH-UBND về việc CĐS, xây dựng TP.Hà Nội thông minh.', false],
    ['Ngày 06/9/2021, thành phố Hà Nội đã ban hành Quyết định 4098/QĐ-UBND phê duyệt "Chương trình Chuyển đổi số thành phố Hà Nội".', false],
    ['Sở TT&TT Hà Nội đang trình thành phố Đề án xây dựng thành phố thông minh.', true],
  ])('asked of the smart-city scheme, %j names a scheme: %s', (sentence, names) => {
    expect(documentKindAsked('Đề án xây dựng thành phố thông minh được phê duyệt vào ngày nào?')!.heldIn(sentence)).toBe(names);
  });
});

describe('a new document replacing a numbered one', () => {
  it.each([
    ['Sau nam 2025 Ha Noi co ban hanh nghi quyet moi ve chuyen doi so thay cho Nghi quyet 18-NQ/TU khong?', 'nghi quyet mới'],
    ['Hà Nội có kế hoạch mới thay thế Kế hoạch 239 chưa?', 'kế hoạch mới'],
    ['Nghị quyết 18-NQ/TU ban hành ngày nào?', undefined],
  ])('%j asks of %j', (question, label) => {
    expect(successorAsked(question)?.asked.label).toBe(label);
  });

  it.each([
    ['Thường vụ Thành ủy cũng ban hành Nghị quyết số 18-NQ/TU về CĐS, xây dựng thành phố Hà Nội thông minh đến năm 2025.', false],
    ['Thành ủy ban hành Nghị quyết số 25-NQ/TU thay cho Nghị quyết 18-NQ/TU.', true],
  ])('%j names a successor: %s', (sentence, names) => {
    expect(successorAsked('Có nghị quyết mới thay cho Nghị quyết 18-NQ/TU không?')!.heldIn(sentence)).toBe(names);
  });
});
