import { describe, expect, it } from 'vitest';
import { documentContentsAsked } from './document-contents.js';

describe('what a numbered document says, asked', () => {
  const CITED = 'Trong năm 2024, Sở sẽ triển khai các nhiệm vụ được UBND Thành phố giao tại Kế hoạch số 174/KH-UBND ngày 27/7/2021 và Kế hoạch số 239/KH-UBND ngày 27/9/2023.';
  it.each([
    // Cited only: it does not say what the plan holds.
    ['Kế hoạch 174/KH-UBND năm 2021 của Hà Nội gồm những nội dung cụ thể gì?', CITED, false],
    ['kh 174 noi ve viec gi', CITED, false],
    // Told: what it is about follows its reference.
    ['Kế hoạch 239 có nội dung gì?', 'Ngày 27/9/2023, UBND TP.Hà Nội đã ban hành Kế hoạch số 239/KH-UBND về việc CĐS, xây dựng TP.Hà Nội thông minh.', true],
    ['Kế hoạch 310/KH-UBND của Hà Nội nói về việc gì?', 'Sở cũng trình TP ban hành Kế hoạch 310/KH-UBND về triển khai thí điểm mô hình chuyển đổi số điển hình.', true],
    ['Quyết định 749 gồm những gì?', 'Ngày 3/6/2020 Chính phủ đã ban hành Quyết định 749 về Chương trình chuyển đổi số quốc gia; trong đó có ba trụ cột.', true],
    // Another document told is not the one asked.
    ['Kế hoạch 174/KH-UBND nội dung', 'Kế hoạch 310/KH-UBND về triển khai thí điểm mô hình chuyển đổi số.', false],
  ] as const)('%j told by %j: %s', (question, sentence, expected) => {
    expect(documentContentsAsked(question)!.heldIn(sentence)).toBe(expected);
  });

  it.each([
    // Not its contents: when it was issued.
    'Kế hoạch 174/KH-UBND ban hành ngày nào?',
    // No number: which document is meant is for the retrieval to find.
    'Chương trình chuyển đổi số quốc gia gồm những gì?',
    // Two numbered documents: which one's contents is not clear.
    'Kế hoạch 174 và Kế hoạch 239 có nội dung gì?',
  ])('%j asks no one document\'s contents', (question) => {
    expect(documentContentsAsked(question)).toBeUndefined();
  });
});
