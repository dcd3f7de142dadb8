import { describe, expect, it } from 'vitest';
import { differenceAsked, tellsDifference } from './difference.js';

describe('a difference asked', () => {
  it.each([
    ['dịch vụ công mức độ 3 với mức độ 4 khác nhau chỗ nào vậy', 'khác nhau chỗ nào'],
    ['Chữ ký số khác gì chữ ký điện tử?', 'khác gì'],
    ['chu ky so voi chu ky dien tu khac nhau the nao', 'khac nhau the nao'],
    ['Điểm khác biệt là gì?', 'Điểm khác biệt là gì'],
    // Different things, another one, or a remark: no difference asked.
    ['mình làm giấy tờ trên mạng hay bị nhảy qua lại giữa mấy trang khác nhau rất mệt', undefined],
    ['Ngoài Hà Nội còn tỉnh nào khác làm thử không?', undefined],
    ['thấy hai nơi làm thủ tục trên mạng khác nhau một trời một vực, Hải Phòng làm thế nào?', undefined],
  ])('%j → %j', (asked, label) => {
    expect(differenceAsked(asked)?.label).toBe(label);
  });
});

describe('a sentence telling a difference', () => {
  it.each([
    ['Dịch vụ công mức độ 4 khác mức độ 3 ở chỗ cho phép thanh toán trực tuyến.', true],
    ['Chữ ký số có giá trị pháp lý cao hơn chữ ký điện tử thông thường.', true],
    ['Chất lượng cung cấp dịch vụ công trực tuyến mức độ 3 và 4 còn thấp.', false],
  ])('%j → %s', (sentence, tells) => {
    expect(tellsDifference(sentence)).toBe(tells);
  });
});
