import { describe, expect, it } from 'vitest';
import { chunkText, toPlainText } from './reply-parts.js';

describe('toPlainText', () => {
  it.each([
    ['**Bước 1:** nộp hồ sơ', 'Bước 1: nộp hồ sơ'],
    ['__gạch__ chân', 'gạch chân'],
    ['## Thủ tục\nNội dung', 'Thủ tục\nNội dung'],
    ['Dùng `VNeID` để đăng nhập', 'Dùng VNeID để đăng nhập'],
    ['```\nmã\n```', 'mã'],
    ['a\n\n\n\nb', 'a\n\nb'],
    ['Giá #1 vẫn giữ', 'Giá #1 vẫn giữ'],
    ['a\r\nb', 'a\nb'],
  ])('%j → %j', (input, expected) => {
    expect(toPlainText(input)).toBe(expected);
  });
});

describe('chunkText', () => {
  it.each<[string, string, number, string[]]>([
    ['short text is one chunk', 'Xin chào.', 20, ['Xin chào.']],
    ['splits after a sentence', 'Một hai ba. Bốn năm sáu.', 15, ['Một hai ba.', 'Bốn năm sáu.']],
    ['prefers a paragraph break', 'Đoạn một dài.\n\nĐoạn hai. Tiếp.', 25, ['Đoạn một dài.', 'Đoạn hai. Tiếp.']],
    ['falls back to a word boundary', 'không có dấu câu nào ở đây cả', 12, ['không có dấu', 'câu nào ở', 'đây cả']],
    ['does not split a decimal number', 'Phí 1.5 triệu đồng nhé', 12, ['Phí 1.5', 'triệu đồng', 'nhé']],
    ['cuts a word longer than a message', 'https://dichvucong.gov.vn/p/home', 10, ['https://di', 'chvucong.g', 'ov.vn/p/ho', 'me']],
  ])('%s', (_name, input, max, expected) => {
    expect(chunkText(input, max)).toEqual(expected);
  });
});
