import type { TurnRecord } from '../../core/turn-record.js';
import type { LogStore } from '../../core/ports/log-store.js';

const base = { userId: 'u-hmac', retrieved: [{ paragraphId: 'p', score: 0.5 }], model: 'test-model' } as const;

/**
 * Five turns over five days. Searchable text avoids % and _ except in t4, so the escaping of LIKE wildcards shows.
 * Citations: t1 cites article a1 twice, t3 a2, t4 a2 and a1, t5 a2 and a3.
 */
export const TURNS: readonly TurnRecord[] = [
  { ...base, turnId: 't1', createdAt: '2024-03-01T08:00:00.000Z', channel: 'zalo', conversationId: 'c1', status: 'answered',
    question: 'Làm sao đăng ký Chữ Ký số?', answer: 'Bạn nộp hồ sơ trên Cổng dịch vụ công.',
    citations: [{ paragraphId: 'a1#1', articleId: 'a1' }, { paragraphId: 'a1#2', articleId: 'a1' }], timings: { totalMs: 100, retrievalMs: 20 } },
  { ...base, turnId: 't2', createdAt: '2024-03-01T09:00:00.000Z', channel: 'webchat', conversationId: 'c1', status: 'no_answer',
    question: 'Thời tiết hôm nay thế nào?', answer: 'Xin lỗi, tôi CHƯA CÓ thông tin này.', citations: [], timings: { totalMs: 200 } },
  { ...base, turnId: 't3', createdAt: '2024-03-02T10:00:00.000Z', channel: 'zalo', conversationId: 'c2', status: 'curated' as TurnRecord['status'],
    question: 'còn cái đó thì sao?', rewrite: 'Chữ ký điện tử là gì?', answer: 'Là dữ liệu gắn với văn bản.',
    citations: [{ paragraphId: 'a2#1', articleId: 'a2' }], timings: { totalMs: 300 } },
  { ...base, turnId: 't4', createdAt: '2024-03-03T23:59:59.999Z', channel: 'botframework', conversationId: 'c3', status: 'answered',
    question: '100% trực tuyến_không?', answer: 'Có, toàn trình.',
    citations: [{ paragraphId: 'a2#3', articleId: 'a2' }, { paragraphId: 'a1#5', articleId: 'a1' }], timings: { totalMs: 50 } },
  { ...base, turnId: 't5', createdAt: '2024-03-05T00:00:00.000Z', channel: 'webchat', conversationId: 'c4', status: 'answered',
    question: 'Cấp lại căn cước ở đâu?', answer: 'Tại công an cấp xã.',
    citations: [{ paragraphId: 'a2#9', articleId: 'a2' }, { paragraphId: 'a3#1', articleId: 'a3' }], timings: { totalMs: 70 } },
];

/** Appends the five turns and marks them: feedback t1 up, t2 down, t4 up; t2 reviewed 'bad' and corrected. */
export async function seedTurns(store: LogStore): Promise<{ curatedId: string }> {
  for (const t of TURNS) await store.appendTurn(t);
  await store.setFeedback('t1', 'up');
  await store.setFeedback('t2', 'down');
  await store.setFeedback('t4', 'up');
  await store.reviewTurn('t2', { verdict: 'bad', note: 'ngoài phạm vi', by: 'reviewer' });
  const curated = await store.createCurated({ question: TURNS[1]!.question, answer: 'Hãy xem trang thời tiết.', citations: [],
    articleHashes: {}, createdBy: 'reviewer' }, 't2');
  return { curatedId: curated.id };
}
