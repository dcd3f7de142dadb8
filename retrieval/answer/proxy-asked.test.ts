import { describe, expect, it } from 'vitest';
import { proxyAsked } from './proxy-asked.js';

describe('whether one may apply for someone else', () => {
  it.each([
    ['LLTP qua VNeID có làm hộ cho ng nhà dc ko hay chỉ tự làm cho bản thân thôi ạ', true],
    ['Tôi nộp thay cho bố được không?', true],
    ['Xin lý lịch tư pháp có được ủy quyền không?', true],
    // A passport, a household business: "hộ" of another word.
    ['Làm hộ chiếu online trên cổng dịch vụ công các bước thế nào?', false],
    ['Muốn đăng ký hộ kinh doanh online thì làm thế nào?', false],
    ['Con cháu đăng ký hộ cả, thành phố có hệ thống gì cho dân tự đăng ký không?', false],
  ])('%j: %s', (question, asked) => {
    expect(proxyAsked(question) !== undefined).toBe(asked);
  });

  it.each([
    ['Bây giờ, trung bình một ngày có 700 - 800 trường hợp đề nghị cấp lý lịch tư pháp qua VNeID.', false],
    ['Người dân có thể ủy quyền cho người thân nộp hồ sơ.', true],
  ])('%j speaks of acting for another: %s', (sentence, told) => {
    expect(proxyAsked('Có làm hộ cho người nhà được không?')!.heldIn(sentence)).toBe(told);
  });
});
