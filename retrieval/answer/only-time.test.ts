import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { asksOnlyWhen } from './only-time.js';

describe('a question of nothing but a time', () => {
  it.each([
    ['thế còn năm ngoái?', true],
    ['năm 2022 thì sao?', true],
    ['2022', true],
    ['còn tháng trước thì sao nhỉ', true],
    ['thế còn?', false],
    ['năm 2022 Hà Nội xếp thứ mấy?', false],
    ['còn Hải Phòng thì sao?', false],
    ['dịch vụ công năm ngoái', false],
    ['còn 239 thì sao?', false],
  ])('%j: %s', (q, only) => {
    expect(asksOnlyWhen(tokenize(q))).toBe(only);
  });
});
