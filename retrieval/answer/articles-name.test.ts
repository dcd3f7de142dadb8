import { describe, expect, it } from 'vitest';
import { SparseIndex } from '../sparse/sparse-index.js';
import { fieldTerms } from '../sparse/terms.js';
import { tokenize } from '../text/tokenize.js';
import { articlesName } from './articles-name.js';

const sparse = SparseIndex.build([
  'Phó Giám đốc Sở TT&TT Hải Phòng Vũ Đại Thắng cho biết…',
  'Chỉ số DTI năm 2022 xếp thứ 24/63, tăng 16 bậc so với năm 2021.',
].map((text) => fieldTerms(tokenize(text))));

describe('whether the articles name a phrase', () => {
  it.each([
    // Inside a longer name, or only as what a figure is compared against, it is still named.
    ['Giám đốc', true],
    ['năm 2021', true],
    ['Hải Phòng', true],
    // Marks aside.
    ['hai phong', true],
    ['Thắng', true],
    ['Đà Nẵng', false],
    ['năm 2019', false],
    ['tên ứng dụng', false],
    ['', false],
  ])('%j: %j', (phrase, named) => {
    expect(articlesName(phrase, sparse)).toBe(named);
  });
});
