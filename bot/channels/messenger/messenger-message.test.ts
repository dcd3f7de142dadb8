import { describe, expect, it } from 'vitest';
import { MESSENGER_MAX_TEXT, messengerParts, quickReplies, quickReplyTitle } from './messenger-message.js';

describe('quickReplyTitle', () => {
  it.each([
    ['👍 Hữu ích', '👍 Hữu ích'],
    ['Gặp tư vấn viên', 'Gặp tư vấn viên'],
    ['Làm căn cước gắn chip ở đâu?', 'Làm căn cước gắn ch…'],
    ['12345678901234567890', '12345678901234567890'],
    ['  Xin chào  ', 'Xin chào'],
  ])('%j → %j', (title, expected) => {
    expect(quickReplyTitle(title)).toBe(expected);
    expect(Array.from(quickReplyTitle(title)).length).toBeLessThanOrEqual(20);
  });
});

describe('quickReplies', () => {
  it('keeps the payload whole, drops empty or oversized ones, and offers at most 13', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({ title: `Câu ${i}`, payload: `Câu hỏi số ${i}` }));
    const kept = quickReplies([{ title: '', payload: 'x' }, { title: 'Dài', payload: 'x'.repeat(1001) }, ...many]);
    expect(kept).toHaveLength(13);
    expect(kept[0]).toEqual({ content_type: 'text', title: 'Câu 0', payload: 'Câu hỏi số 0' });
  });
});

describe('messengerParts', () => {
  it('sends a short answer as one message with its quick replies', () => {
    expect(messengerParts('**Trả lời** ngắn.', [{ title: '👍 Hữu ích', payload: '👍 Hữu ích' }])).toEqual([
      { text: 'Trả lời ngắn.', quick_replies: [{ content_type: 'text', title: '👍 Hữu ích', payload: '👍 Hữu ích' }] }]);
  });
  it('splits a long answer at 2,000 characters between sentences, sources last, quick replies on the last part only', () => {
    const sentence = 'Người dân nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia. ';
    const text = `${sentence.repeat(60).trim()}\n\nNguồn:\n[1] Cổng dịch vụ công`;
    const parts = messengerParts(text, [{ title: '👎 Chưa đúng', payload: '👎 Chưa đúng' }]);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(MESSENGER_MAX_TEXT);
    expect(parts.slice(0, -1).every((p) => p.quick_replies === undefined && p.text.endsWith('.'))).toBe(true);
    expect(parts.at(-1)!.text).toContain('Nguồn:');
    expect(parts.at(-1)!.quick_replies).toHaveLength(1);
  });
});
