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
    ['Nguyên nhân của các tồn tại, hạn chế nêu trên chủ yếu là do nhận thức của cấp ủy.', true],
    ['Ở cấp xã rất khó thu hút người có chuyên môn vì thu nhập thấp hơn.', true],
    ['Bởi lẽ, ở cấp phường rất khó thu hút người giỏi.', true],
    ['Lí do là thu nhập thấp.', true],
    ['Hạn chế một phần là do thiếu nhân lực.', true],
    // "Vì" opening a sentence gives the cause of what the one before said.
    ['Vì con người cần thời gian đào tạo, trưởng thành nhưng nếu không làm thì không bao giờ có kết quả.', true],
    ['“Vì thu nhập thấp nên khó tuyển người.”', true],
    // "do" alone is often "by"; "vì vậy" gives a consequence; "vì" before whom or what it serves is "for".
    ['Đó là một số nét nổi bật do ảnh hưởng của dịch COVID-19.', false],
    ['Kế hoạch do UBND Thành phố ban hành.', false],
    ['Kế hoạch này là do UBND Thành phố ban hành.', false],
    ['Vì vậy, thành phố đẩy mạnh chuyển đổi số.', false],
    ['Vì  vậy, thành phố đẩy mạnh chuyển đổi số.', false],
    ['Vì Nhân dân, doanh nghiệp phục vụ.', false],
    ['Thành phố hành động vì người dân phục vụ.', false],
    ['Vì lẽ đó, thành phố đẩy mạnh chuyển đổi số.', false],
    // A cause only named, not stated.
    ['Đây là những hạn chế cần sớm nhận diện rõ nguyên nhân và tìm ra giải pháp khắc phục.', false],
    ['Cần tìm hiểu nguyên nhân và đưa ra giải pháp.', false],
    ['Trường hợp vắng mặt không có lý do chính đáng thì bị nhắc nhở.', false],
  ])('%j: %s', (sentence, expected) => {
    expect(statesCause(sentence)).toBe(expected);
  });
});
