import { describe, expect, it } from 'vitest';
import { asksWhy, givesReason, statesCause } from './reason.js';

describe('a question asking why', () => {
  it.each([
    ['Tại sao Hà Nội chuyển đổi số còn chậm?', true],
    ['Sao ở phường xã khó kiếm người giỏi máy tính về làm thế?', true],
    ['vi sao phai thue dich vu', true],
    ['Nguyên nhân của những hạn chế là gì?', true],
    // "ra sao", "làm sao", "thì sao" ask how or what about; "ngôi sao" is a star.
    ['Kế hoạch 310 được đánh giá ra sao?', false],
    ['Làm sao để có chữ ký số?', false],
    ['Còn Hải Phòng thì sao?', false],
    ['Ngôi sao của chuyển đổi số là ai?', false],
  ])('%j: %s', (q, expected) => {
    expect(asksWhy(q)).toBe(expected);
  });
});

describe('a sentence that gives a cause', () => {
  it.each([
    ['Ở cấp xã rất khó thu hút người có chuyên môn vì thu nhập thấp hơn.', true],
    ['Nguyên nhân chủ yếu là do nhận thức của cấp ủy.', true],
    ['Hà Nội đã cấp khoảng 10 nghìn chữ ký số miễn phí.', false],
  ])('%j: %s', (sentence, expected) => {
    expect(givesReason(sentence)).toBe(expected);
  });
});

describe('a sentence that states a cause in so many words', () => {
  it.each([
    ['Nguyên nhân chủ yếu là do nhận thức của cấp ủy.', true],
    ['Ở cấp xã rất khó thu hút người có chuyên môn vì thu nhập thấp hơn.', true],
    ['Bởi lẽ, ở cấp phường rất khó thu hút người giỏi.', true],
    // "do" alone is often "by", and "vì vậy" gives a consequence.
    ['Đó là một số nét nổi bật do ảnh hưởng của dịch COVID-19.', false],
    ['Kế hoạch do UBND Thành phố ban hành.', false],
    ['Vì vậy, thành phố đẩy mạnh chuyển đổi số.', false],
  ])('%j: %s', (sentence, expected) => {
    expect(statesCause(sentence)).toBe(expected);
  });
});
