import { describe, expect, it } from 'vitest';
import { areaAsked } from './area-asked.js';

describe('the part of the city a figure is asked of', () => {
  const CITY = 'Tỷ lệ hộ gia đình có sử dụng ít nhất 01 điện thoại thông minh đạt 122,7%.';
  it.each([
    ['Tỷ lệ hộ có smartphone ở các huyện ngoại thành HN là bao nhiêu?', CITY, false],
    ['Tỷ lệ hộ có smartphone ở các huyện ngoại thành là bao nhiêu?', 'Ở các huyện ngoại thành, 90% hộ có điện thoại thông minh.', true],
    ['ty le ho o nong thon co smartphone la bao nhieu', CITY, false],
    // Where the resident lives is not what is asked.
    ['Nhà tôi ở ngoại thành, mạng chập chờn lắm. Đến 2025 Hà Nội muốn phủ cáp quang tới bao nhiêu hộ?', CITY, true],
    ['Tỷ lệ hộ có smartphone ở Hà Nội là bao nhiêu?', CITY, true],
    // Folded, "nói thành phố" and "Hà Nội thành" hold "noi thanh"; with marks, only "nội thành" names the inner city.
    ['Cháu nghe nói thành phố có chương trình, đặt mục tiêu tăng bao nhiêu?', CITY, true],
    ['Kế hoạch biến Hà Nội thành thành phố thông minh đặt ra bao nhiêu chỉ tiêu?', CITY, true],
    ['Tỷ lệ hộ ở nội thành có smartphone là bao nhiêu?', CITY, false],
  ] as const)('%j answered by %j: %s', (asked, sentence, expected) => {
    expect(areaAsked(asked)(sentence)).toBe(expected);
  });
});
