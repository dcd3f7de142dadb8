import { describe, expect, it } from 'vitest';
import { residentsAllowedAsked } from './residents-allowed.js';

describe('whether residents may do something', () => {
  it.each([
    ['Mấy cuộc họp giao ban trực tuyến 3 cấp của thành phố, người dân có được vào xem trực tiếp không?', true],
    ['Dữ liệu mở của thành phố thì dân thường có được xem không hay chỉ cơ quan nhà nước dùng?', true],
    ['nguoi dan co duoc khai thac kho du lieu cua thanh pho khong', true],
    // What they gain, a figure of them, a service the city offers them: not asked so.
    ['Làm thủ tục bằng điện thoại thì dân được lợi gì, có khỏi phải mang giấy tờ không?', false],
    ['Thành phố phát cho dân được bao nhiêu chữ ký số rồi?', false],
    ['Thành phố có tính cho dân được tư vấn khám chữa bệnh từ xa không?', false],
  ])('%j: %s', (question, asked) => {
    expect(residentsAllowedAsked(question) !== undefined).toBe(asked);
  });

  it.each([
    ['Triển khai các cuộc họp giao ban Ban chỉ đạo từ Thành phố đến cấp xã.', false],
    ['Dữ liệu được chia sẻ trong nội bộ cơ quan nhà nước và với công dân.', true],
    ['Người dân, doanh nghiệp sẽ khai thác dữ liệu đó.', true],
    // "dẫn" is no "dân".
    ['Sở dẫn đầu cả nước.', false],
  ])('%j speaks of the residents: %s', (sentence, told) => {
    expect(residentsAllowedAsked('Người dân có được xem không?')!.heldIn(sentence)).toBe(told);
  });
});
