import { describe, expect, it } from 'vitest';
import { levelAsked } from './level-asked.js';

describe('the level a figure is asked of', () => {
  const ALL = 'Hải Phòng thực hiện cung cấp 1.232 dịch vụ công trực tuyến; đảm bảo 100% dịch vụ công trực tuyến đủ điều kiện.';
  it.each([
    // Counting them all does not count those at the level asked.
    ['Trong số dịch vụ công của Hải Phòng có bao nhiêu dịch vụ đạt mức độ 4?', ALL, false],
    ['hp co bao nhieu dvc muc 4', ALL, false],
    ['Hải Phòng có bao nhiêu dịch vụ công mức đọ 4?', 'Thành phố có 500 dịch vụ công trực tuyến mức độ 4.', true],
    // Named in a list, or with its scale's shorter name.
    ['Hà Nội có bao nhiêu dịch vụ mức 4?', 'Có 1.000 dịch vụ công trực tuyến mức độ 3 và 4.', true],
    ['Hà Nội có bao nhiêu dịch vụ mức 4?', 'Có 1.000 dịch vụ công trực tuyến mức độ 3, 4.', true],
    ['Hà Nội có bao nhiêu dịch vụ mức 4?', 'Có 1.000 dịch vụ công trực tuyến mức 3.', false],
    ['Bao nhiêu người có tài khoản định danh điện tử mức 2?', 'Đã kích hoạt 2 triệu tài khoản định danh mức 2.', true],
    // No level asked: every sentence passes; nor is a figure read as one ("mức 4,5%").
    ['Hải Phòng có bao nhiêu dịch vụ công trực tuyến?', ALL, true],
    ['Tăng trưởng ở mức 4,5% thì kinh tế số đóng góp bao nhiêu?', ALL, true],
  ] as const)('%j answered by %j: %s', (asked, sentence, expected) => {
    expect(levelAsked(asked)(sentence)).toBe(expected);
  });
});
