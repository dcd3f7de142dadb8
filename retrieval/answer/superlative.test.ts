import { describe, expect, it } from 'vitest';
import { ranksOrCompares, superlativeAsked } from './superlative.js';

describe('which one is first, most or least', () => {
  it.each([
    ['Trong khoảng 10 nghìn chữ ký số miễn phí đã cấp thì quận huyện nào cấp nhiều nhất?', 'huyện nào cấp nhiều nhất'],
    ['HN đứng thứ 2 mấy năm liền, vậy tỉnh nào đứng thứ nhất?', 'tỉnh nào đứng thứ nhất'],
    ['Nam 2022 HN tang 16 bac la nho chi so thanh phan nao tang manh nhat vay?', 'phan nao tang manh nhat'],
    // The most of something, named between ("nhiều tiền nhất").
    ['Trong các lĩnh vực ưu tiên, lĩnh vực nào đc đầu tư nhiều tiền nhất?', 'vực nào đc đầu tư nhiều tiền nhất'],
    // When is asked, not which one.
    ['Hà Nội muốn tới năm nào thì vào nhóm đứng đầu cả nước?', undefined],
    ['Khi nào Hà Nội đứng đầu cả nước về chuyển đổi số?', undefined],
    // Every one, at least, an update: nothing singled out.
    ['Tính ra nhà nào ở HN cũng có ít nhất 1 cái điện thoại cảm ứng ko?', undefined],
    ['Mấy nhóm có kênh nhắn tin chính thức nào để cập nhật tình hình không?', undefined],
    ['Hà Nội đứng thứ mấy về chỉ số DTI?', undefined],
  ])('%j → %j', (asked, label) => {
    expect(superlativeAsked(asked)?.label).toBe(label);
  });

  it.each([
    ['Hà Nội trở thành một trong 5 địa phương dẫn đầu cả nước về CĐS vào năm 2025.', true],
    ['Thành phố cũng tiếp tục đứng thứ 2 trong 7 năm liên tiếp về Chỉ số thương mại điện tử Việt Nam.', false],
    ['Đến nay, đã cấp khoảng 10 nghìn chữ ký số miễn phí cho công dân.', false],
    ['Cần thống nhất dữ liệu, nhất là dữ liệu dân cư, trên một nền tảng duy nhất.', false],
  ])('%j ranks: %s', (sentence, expected) => {
    expect(ranksOrCompares(sentence)).toBe(expected);
  });
});
