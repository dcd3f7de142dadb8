import { describe, expect, it } from 'vitest';
import { warmUpSentences } from './warm-up-sentences.js';

const passages = (texts: readonly string[]): { text: string }[] => texts.map((text) => ({ text }));

describe('warmUpSentences', () => {
  it.each([
    { name: 'every passage when there are fewer than asked', texts: ['Một câu. Câu hai.', 'Hai câu nữa! Thêm.'], count: 5, want: ['Một câu.', 'Hai câu nữa!'] },
    { name: 'passages spread evenly, in corpus order', texts: ['A một.', 'B hai.', 'C ba.', 'D bốn.', 'E năm.', 'F sáu.'], count: 3, want: ['A một.', 'C ba.', 'E năm.'] },
    { name: 'none from an empty passage', texts: ['', 'Có chữ.'], count: 2, want: ['Có chữ.'] },
    { name: 'none when none is asked', texts: ['A một.'], count: 0, want: [] },
    { name: 'none from no passage', texts: [], count: 4, want: [] },
  ])('$name', ({ texts, count, want }) => {
    expect(warmUpSentences(passages(texts), count)).toEqual(want);
  });

  it('cuts a long opening sentence at a word, as a question would end', () => {
    const long = `${'chuyển đổi số '.repeat(30)}kết thúc.`;
    const [s] = warmUpSentences(passages([long]), 1);
    expect(s!.length).toBeLessThanOrEqual(200);
    expect(long.startsWith(s!)).toBe(true);
    expect(long[s!.length]).toBe(' ');
  });
});
