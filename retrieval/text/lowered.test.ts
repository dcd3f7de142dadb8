import { describe, expect, it } from 'vitest';
import { lowered } from './lowered.js';

describe('lowered', () => {
  it.each([
    ['CHÀO AD', 'chào ad'],
    ['Cảm Ơn Ạ :D', 'cảm ơn ạ :d'],
    ['ĐĂNG KÝ T_T', 'đăng ký t_t'],
    ['đã thường', 'đã thường'],
    // "İ" lowers to two characters: kept, and every other letter still lowered in place.
    ['İSTANBUL Hà Nội', 'İstanbul hà nội'],
    ['😀 XIN CHÀO', '😀 xin chào'],
    // A symbol with a lower-case form stays the symbol it is (Ⓜ, an emoji).
    ['CẢM ƠN Ⓜ️', 'cảm ơn Ⓜ️'],
    ['', ''],
  ])('%j → %j', (text, want) => {
    expect(lowered(text)).toBe(want);
    expect(lowered(text)).toHaveLength(text.length);
  });
});
