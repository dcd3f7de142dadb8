import { describe, expect, it } from 'vitest';
import { cleanText, foldDiacritics, hasDiacritics, syllableKeys } from './normalize.js';

describe('syllableKeys', () => {
  it.each([
    ['hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['Hoá', 'hóa'],
    ['kí', 'ký'],
    ['lí', 'lý'],
    ['quí', 'quý'],
    ['mĩ', 'mỹ'],
    ['hoà'.normalize('NFD'), 'hòa'],
  ])('%s and %s share an exact key', (a, b) => {
    expect(syllableKeys(a).exact).toBe(syllableKeys(b).exact);
  });

  it.each([
    ['ma', 'má'],
    ['ma', 'mà'],
    ['dân', 'dẫn'],
    ['y', 'i'],
  ])('%s and %s differ exactly', (a, b) => {
    expect(syllableKeys(a).exact).not.toBe(syllableKeys(b).exact);
  });

  it.each([
    ['Đường', 'duong'],
    ['chữ', 'chu'],
    ['ký', 'ki'],
    ['Nguyễn', 'nguyen'],
    ['2024', '2024'],
  ])('%s folds to %s', (s, folded) => {
    expect(syllableKeys(s).folded).toBe(folded);
  });
});

describe('text helpers', () => {
  it.each([
    ['  chữ\u200b ký\u0000 số  ', 'chữ ký số'],
    ['ho\u0300a', 'hòa'],
    ['a\t\tb', 'a b'],
  ])('cleanText(%j) = %j', (input, out) => {
    expect(cleanText(input)).toBe(out);
  });

  it.each([
    ['chu ky so', false],
    ['chữ ký số', true],
    ['đi', true],
    ['VNeID 2024', false],
  ])('hasDiacritics(%j) = %s', (input, out) => {
    expect(hasDiacritics(input)).toBe(out);
  });

  it('folds đ and every mark', () => {
    expect(foldDiacritics('Đề án 06 về định danh điện tử')).toBe('De an 06 ve dinh danh dien tu');
  });
});
