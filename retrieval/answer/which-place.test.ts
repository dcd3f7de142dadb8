import { describe, expect, it } from 'vitest';
import { namesPlaceAsked } from './which-place.js';

describe('a sentence that names the province asked for', () => {
  const q = 'Ngoài Hà Nội ra thì còn tỉnh nào làm thử cấp lý lịch tư pháp qua VNeID?';
  it.each([
    ['Trên cơ sở thành công của Hà Nội và Thừa Thiên - Huế, Thủ tướng tổ chức Hội nghị.', true],
    // Only the province the question names, or none: it does not say which.
    ['Hà Nội là một trong những thành phố được giao thí điểm cấp lý lịch tư pháp.', false],
    ['Hạ tầng cáp quang phủ tới 100% xã, phường, thị trấn.', false],
  ])('%j: %s', (sentence, expected) => {
    expect(namesPlaceAsked(q)!(sentence)).toBe(expected);
  });

  // The province it names by an abbreviation counts as named, read from the question as expanded.
  it.each([
    ['Hà Nội xếp thứ nhất Bảng xếp hạng chung về chỉ số công nghiệp CNTT.', false],
    ['TP.HCM đứng đầu về chỉ số thương mại điện tử.', true],
  ])('after an abbreviated province, %j: %s', (sentence, expected) => {
    expect(namesPlaceAsked('HN đứng thứ 2 về chỉ số TMĐT, v tỉnh nào đứng thứ nhất ạ',
      'HN (Hà Nội) đứng thứ 2 về chỉ số TMĐT (thương mại điện tử), v tỉnh nào đứng thứ nhất ạ')!(sentence)).toBe(expected);
  });

  it('asks nothing of a sentence when no province is asked for', () => {
    expect(namesPlaceAsked('Hà Nội có bao nhiêu dịch vụ công?')).toBeUndefined();
    expect(namesPlaceAsked('Cơ quan nào tham mưu cho thành phố?')).toBeUndefined();
  });
});
