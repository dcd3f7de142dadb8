import { describe, expect, it } from 'vitest';
import { listAsked } from './list-asked.js';

describe('a list asked of the bot', () => {
  it.each([
    ['Cháu liệt kê giúp bác đủ hết 77 nhiệm vụ trong Kế hoạch 239 được không?', true],
    ['hn đang tập trung mấy trụ cột cđs v, kể ra đc hok', true],
    ['Thành phố tính dựng mấy cái trung tâm chỉ huy gì đó, kể tên giùm', true],
    ['Đề án 06 gồm bao nhiêu nhóm tiện ích cho dân, liệt kê giúp mình với', true],
    // Who listed, not a list asked.
    ['Khi liệt kê hạn chế của Hà Nội, tác giả đánh giá năng lực doanh nghiệp thế nào?', false],
    ['Ông Giám đốc Sở có liệt kê các trụ cột mà Hà Nội đang tập trung, trong đó có cụm nào lạ?', false],
    ['Hà Nội có mấy trụ cột chuyển đổi số?', false],
    // Which things a whole is made of asks its items.
    ['Cụ thể liên thông 3 cấp gồm những thủ tục nào vậy?', true],
    ['ke hoach 239 bao gom cac chi tieu gi', true],
    ['Hồ sơ gồm những giấy tờ gì?', false],
  ])('%j: %s', (asked, expected) => {
    expect(listAsked(asked) !== undefined).toBe(expected);
  });

  it.each([
    ['Với kế hoạch này, Thành phố đặt mục tiêu hoàn thành 21 chỉ tiêu và 77 nhiệm vụ vào năm 2025.', false],
    ['TP Hà Nội đang tập trung vào 3 trụ cột, đó là: Chính phủ số, kinh tế số, xã hội số.', true],
    ['Hình thành trung tâm điều hành, trung tâm quy hoạch, trung tâm dữ liệu.', true],
    // Clauses between commas are no list.
    ['Ngày 27/9/2023, UBND TP.Hà Nội đã ban hành Kế hoạch số 239/KH-UBND về việc CĐS, xây dựng TP.Hà Nội thông minh đến năm 2025, định hướng năm 2030.', false],
  ])('%j lists: %s', (sentence, expected) => {
    expect(listAsked('kể ra giúp mình')!.heldIn(sentence)).toBe(expected);
  });
});
