import { describe, expect, it } from 'vitest';
import { quoteNames } from './quote-names.js';

describe('whether the quote names what a partial answer lacks', () => {
  it.each([
    [['Giám đốc'], ['Phó Giám đốc Sở TT&TT Hải Phòng Vũ Đại Thắng cho biết…'], true],
    [['năm 2021'], ['DTI xếp thứ 24/63, tăng 16 bậc so với năm 2021.'], true],
    // Marks aside, as a whole word only.
    [['quận'], ['thí điểm ở một số quan, huyện'], true],
    [['Đà Nẵng'], ['Hà Nội xếp thứ 24/63.'], false],
    [['năm 2021'], ['Năm 2022 tăng 16 bậc; 20210 lượt.'], false],
    [['Giám đốc'], ['Phó Giám đốcSở'], false],
    [['Đà Nẵng', 'năm 2024'], ['Năm 2024, Hà Nội…'], true],
    [[], ['Năm 2024, Hà Nội…'], false],
  ])('%j in %j: %j', (labels, lines, named) => {
    expect(quoteNames(labels, lines)).toBe(named);
  });
});
