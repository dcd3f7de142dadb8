import { describe, expect, it } from 'vitest';
import { asksDecided, speaksOfDecision } from './decided.js';

describe('a decision asked as taken', () => {
  it.each([
    ['Đề án xây dựng thành phố thông minh do Sở trình đã được thành phố phê duyệt chưa?', true],
    ['Thành phố đã ban hành danh mục dữ liệu mở chưa?', true],
    ['de an da duoc thong qua chua ad', true],
    // Not yes or no, or not a decision.
    ['Đề án được phê duyệt năm nào?', false],
    ['Các cơ quan đã ký văn bản bằng chữ ký số chưa?', false],
    ['Ở Hải Phòng việc ký số khi ban hành văn bản đã phổ biến chưa?', false],
    // Folded alike, but with marks: via, contains; and a "chưa" that does not close the question.
    ['Tôi đã nộp hồ sơ thông qua cổng dịch vụ công được chưa?', false],
    ['Quyết định đã được ban hành chứa những nội dung gì?', false],
    ['Kế hoạch đã được phê duyệt chưa có hướng dẫn thì làm sao?', false],
  ])('%j → %s', (asked, expected) => {
    expect(asksDecided(asked)).toBe(expected);
  });

  it.each([
    ['Sở TT&TT Hà Nội đang trình thành phố Đề án xây dựng thành phố thông minh.', false],
    ['UBND thành phố đã phê duyệt Đề án vào tháng 9.', true],
    ['Thành phố đã ban hành danh mục dữ liệu mở.', true],
    ['Chương trình vừa được HĐND TP. Hà Nội thông qua tại Kỳ họp thứ 10.', true],
    // Via, and a browser, are no decision.
    ['Người dân tra cứu thông qua các ứng dụng trên điện thoại.', false],
    ['Mở trình duyệt trên máy tính.', false],
  ])('%j speaks of the decision: %s', (sentence, expected) => {
    expect(speaksOfDecision(sentence)).toBe(expected);
  });
});
