import { describe, expect, it } from 'vitest';
import { redactPersonalData } from './redact.js';

describe('redactPersonalData', () => {
  it.each([
    ['sđt của tôi 0912345678', 'sđt của tôi [số điện thoại]'],
    ['gọi 091 234 5678 nhé', 'gọi [số điện thoại] nhé'],
    ['+84912345678', '[số điện thoại]'],
    ['CCCD 001203012345 cần làm gì', 'CCCD [số giấy tờ] cần làm gì'],
    ['CMND 123456789', 'CMND [số giấy tờ]'],
    ['email an.nguyen@gmail.com', 'email [email]'],
    ['thẻ 4111 1111 1111 1111', 'thẻ [số thẻ]'],
    ['Kế hoạch 239/KH-UBND năm 2023 có 21 chỉ tiêu', 'Kế hoạch 239/KH-UBND năm 2023 có 21 chỉ tiêu'],
    ['đạt 81,7% và 1.232 dịch vụ', 'đạt 81,7% và 1.232 dịch vụ'],
  ])('%j → %j', (input, out) => {
    expect(redactPersonalData(input)).toBe(out);
  });
});

