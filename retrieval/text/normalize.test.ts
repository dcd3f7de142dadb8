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

  // The definition: folding changes the text as NFC writes it. The fast reading must agree with it on any text.
  const byDefinition = (text: string): boolean => foldDiacritics(text) !== text.normalize('NFC');
  it.each([
    ['a\u0301'], ['\u0301'], ['ê\u0301'], ['Ệ'], ['ñ ç ö å'], ['en\u2000quad'], ['“Hà Nội” – 2024…'], ['한국어'], ['ﬁ'],
    ['Ω Å K'], ['x\u0308\u0323'], ['đ'], ['×÷ßæø'], ['Ǖǖ'], ['😀 emoji'], ['Ǆ'],
  ])('hasDiacritics(%j) agrees with folding against NFC', (input) => {
    expect(hasDiacritics(input)).toBe(byDefinition(input));
  });

  it('agrees with folding against NFC on random text of Latin letters, marks, punctuation and others', () => {
    const pool = [...'aeouydđĐAEOUYĂâêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵñçöåøß.,?!“”–… \n',
      '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u031b', '\u0306', '\u2000', '\u2001', '가', 'Ω', 'K', 'Å', 'ﬁ'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pool[Math.floor(next() * pool.length)]!).join('');
      expect(hasDiacritics(text), JSON.stringify(text)).toBe(byDefinition(text));
    }
  });

  it('folds đ and every mark', () => {
    expect(foldDiacritics('Đề án 06 về định danh điện tử')).toBe('De an 06 ve dinh danh dien tu');
  });
});
