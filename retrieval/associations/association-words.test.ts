import { describe, expect, it } from 'vitest';
import { associationWords } from './association-words.js';

describe('associationWords', () => {
  it.each([
    ['Người rành máy tính', ['nguoi', 'ranh', 'may', 'tinh', 'nguoi ranh', 'ranh may', 'may tinh']],
    ['nguoi ranh', ['nguoi', 'ranh', 'nguoi ranh']],
    ['ĐỒ NGHỀ?', ['do', 'nghe', 'do nghe']],
    ['Năm 2025, 21 chỉ tiêu', ['nam', '2025', '21', 'chi', 'tieu', 'nam 2025', '2025 21', '21 chi', 'chi tieu']],
    ['app', ['app']],
    ['', []],
  ])('%s', (text, words) => {
    expect(associationWords(text)).toEqual(words);
  });
});
