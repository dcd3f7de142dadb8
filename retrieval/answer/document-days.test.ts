import { describe, expect, it } from 'vitest';
import { withoutOtherDocumentDays } from './document-days.js';

describe('the days of other documents', () => {
  const RESOLUTION = 'bam sat cac nhiem vu cua nghi quyet so 18-nq/tu ngay 30/12/2022 cua thanh uy ha noi';
  const PLANS = 'cac nhiem vu duoc giao tai ke hoach so 174/kh-ubnd ngay 27/7/2021 va ke hoach so 239/kh-ubnd ngay 27/9/2023';
  it.each([
    // Another kind of document: its day is not the plan's.
    ['Quy hoạch Thủ đô được Thủ tướng phê duyệt ngày nào?', RESOLUTION, false],
    ['Nghị quyết 18 ban hành ngày nào?', RESOLUTION, true],
    ['Nghị quyết của Thành ủy về thành phố thông minh ban hành ngày nào?', RESOLUTION, true],
    // Of the same kind, by its number.
    ['Kế hoạch 239 ban hành ngày nào?', PLANS, true],
    // No document named: every day is kept.
    ['Hà Nội bắt đầu làm việc này từ ngày nào?', RESOLUTION, true],
  ] as const)('%j keeps a day of %j: %s', (question, sentence, kept) => {
    expect(/\d{1,2}\/\d{1,2}\/\d{4}/.test(withoutOtherDocumentDays(question)(sentence))).toBe(kept);
  });

  it('keeps only the asked one of two plans', () => {
    expect(withoutOtherDocumentDays('Kế hoạch 174 ban hành ngày nào?')(PLANS)).toMatch(/174\/kh-ubnd ngay 27\/7\/2021/);
    expect(withoutOtherDocumentDays('Kế hoạch 174 ban hành ngày nào?')(PLANS)).not.toMatch(/27\/9\/2023/);
  });
});
