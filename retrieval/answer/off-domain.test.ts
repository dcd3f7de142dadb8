import { describe, expect, it } from 'vitest';
import { offDomainWords } from './off-domain.js';
import { tokenize } from '../text/tokenize.js';

// The articles' words, keyed as the index keys them (syllables and pairs, marked and folded): "thời tiết" is not among
// them; "phim" and "bóng đá" are, as if an article on a film and a match had been added.
const keys = (text: string): string[] => {
  const tokens = tokenize(text);
  return [...tokens.flatMap((t) => [t.exact, t.folded]), ...tokens.slice(1).flatMap((t, i) => [`${tokens[i]!.exact} ${t.exact}`, `${tokens[i]!.folded} ${t.folded}`])];
};
const corpus = new Set(['Việt Nam', 'Hà Nội', 'phim', 'bóng đá'].flatMap(keys));
const vocabulary = { has: (term: string): boolean => corpus.has(term) };

describe('offDomainWords', () => {
  it.each([
    ['Ai là ca sĩ hát hay nhất Việt Nam?', true, ['ca sĩ']],
    ['ke cho minh mot cau chuyen cuoi di', false, ['chuyện cười']],
    ['Dự báo thời tiết cuối tuần ở Hà Nội thế nào?', true, ['thời tiết']],
    ['Đội tuyển Việt Nam đá trận tiếp theo khi nào?', true, ['đội tuyển', 'đá trận']],
    // Words the articles use are theirs to answer: an added article on the subject makes it in scope.
    ['Có phim nào về chuyển đổi số không?', true, []],
    ['Trận bóng đá chuyển đổi số có không?', true, []],
    // With marks typed, compared with them: "phó giám đốc" is not "phở".
    ['Phó giám đốc sở là ai?', true, []],
    ['pho ngon o dau', false, ['phở']],
    // Whole words, within a clause: "tỷ số" is not "tỷ, số liệu".
    ['Có bao nhiêu tỷ, số liệu ở đâu?', true, []],
    ['Thủ tục đăng ký chữ ký số ở đâu?', true, []],
  ])('%j → %j', (q, accented, words) => {
    expect(offDomainWords(q, accented, vocabulary)).toEqual(words);
  });
});
