import { describe, expect, it } from 'vitest';
import type { Passage } from '../corpus/passages.js';
import { isInterviewerTurn, withInterviewAnswers } from './interview-answers.js';

const passage = (articleId: string, ordinal: number, text: string): Passage => ({ paragraphId: `${articleId}:${ordinal}`, articleId, ordinal, text });
// Article a: an interview (a question, its reply, a closing turn); article b: plain paragraphs.
const PASSAGES = [
  passage('a', 1, 'Nhân dịp năm mới, ông Hùng trả lời phỏng vấn.'),
  passage('a', 2, '- PV: Thưa ông, năm qua có gì nổi bật?'),
  passage('a', 3, '- Ông Hùng: Đúng vậy, năm qua nhận thức thay đổi mạnh.'),
  passage('a', 4, 'PV: Xin trân trọng cảm ơn ông!'),
  passage('b', 1, 'Hà Nội phủ cáp quang tới 93,15% hộ gia đình.'),
];
const hit = (doc: number, score: number) => ({ passage: PASSAGES[doc]!, doc, score });
const docs = (hits: readonly { doc: number }[]): number[] => hits.map((h) => h.doc);
const at = (h: ReturnType<typeof hit>, doc: number) => ({ ...h, passage: PASSAGES[doc]!, doc });

describe('an interviewer\'s turn', () => {
  it.each([
    ['- PV: Thưa đồng chí, …?', true],
    ['PV: Xin cảm ơn!', true],
    ['Phóng viên: Ông đánh giá thế nào?', true],
    ['Hỏi: Thủ tục ra sao?', true],
    ['- Đồng chí Nguyễn Việt Hùng: Đúng vậy…', false],
    ['Theo PV, năm qua…', false],
  ])('%j → %s', (text, turn) => {
    expect(isInterviewerTurn(text)).toBe(turn);
  });
});

describe('interviewers\' questions among the hits give way to their replies', () => {
  it.each([
    // The question is replaced at its rank, keeping its score.
    [[hit(1, 9), hit(4, 5)], [2, 4]],
    // Its reply already a hit: the reply moves up to the question's rank, once.
    [[hit(1, 9), hit(4, 5), hit(2, 3)], [2, 4]],
    // A closing turn has no reply after it (the next paragraph is another article's): it stays.
    [[hit(3, 9), hit(4, 5)], [3, 4]],
    // No interviewer's turn: unchanged.
    [[hit(4, 5), hit(0, 2)], [4, 0]],
  ])('%j → docs %j', (hits, expected) => {
    const out = withInterviewAnswers(hits, PASSAGES, at);
    expect(docs(out)).toEqual(expected);
    expect(out[0]!.score).toBe(hits[0]!.score);
  });
});
