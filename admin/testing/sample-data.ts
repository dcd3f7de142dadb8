import type { TurnRecord } from '../../core/turn-record.js';
import type { ArticleDetail } from '../../core/ports/admin.js';

/** Articles and turns for tests and screenshots: realistic Vietnamese questions, some unanswered, one hostile. */
export const SAMPLE_ARTICLES: ArticleDetail[] = [
  { id: 'vneid-ly-lich', title: 'Cấp phiếu lý lịch tư pháp trên VNeID', publication: 'Báo Hải Phòng', date: '2024-05-02', sourceFile: 'vneid-ly-lich.md', paragraphs: 3, origin: 'bundled',
    format: 'MD', sizeBytes: 1840, version: 'a1b2c3d4e5f60718', revision: 0,
    // As the real corpus gives them: each paragraph carries the heading above it; there are no heading-only blocks.
    blocks: [{ paragraphId: 'vneid-ly-lich#1', ordinal: 1, heading: 'Thủ tục', text: 'Người dân đăng nhập VNeID mức 2, chọn Thủ tục hành chính, rồi chọn Cấp phiếu lý lịch tư pháp.' },
      { paragraphId: 'vneid-ly-lich#2', ordinal: 2, heading: 'Thủ tục', text: 'Phí cấp phiếu là 200.000 đồng, được giảm 50% khi nộp trực tuyến.' },
      { paragraphId: 'vneid-ly-lich#3', ordinal: 3, heading: 'Nhận kết quả', text: 'Kết quả được trả qua bưu điện hoặc nhận tại Sở Tư pháp.' }] },
  { id: 'chu-ky-so', title: 'Chữ ký số miễn phí cho người dân', publication: 'Cổng TTĐT thành phố', date: '2024-06-10', sourceFile: 'chu-ky-so.pdf', paragraphs: 2, origin: 'added',
    format: 'PDF', sizeBytes: 37483, version: '0f1e2d3c4b5a6978', revision: 1,
    blocks: [{ paragraphId: 'chu-ky-so#1', ordinal: 1, text: 'Chữ ký số công cộng được cấp miễn phí tại bộ phận một cửa cấp xã.' },
      { paragraphId: 'chu-ky-so#2', ordinal: 2, text: 'Người dân mang căn cước công dân gắn chip và điện thoại thông minh.' }] },
];

export const XSS_QUESTIONS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];

let n = 0;
export function sampleTurn(over: Partial<TurnRecord> & { question: string }): TurnRecord {
  n++;
  return {
    turnId: `turn-${String(n).padStart(3, '0')}`,
    createdAt: '2024-06-15T03:00:00.000Z',
    channel: 'webchat',
    userId: `user-${n}`,
    conversationId: `conv-${n}`,
    status: 'answered',
    answer: 'Bạn có thể làm trên VNeID [1].',
    citations: [],
    retrieved: [],
    timings: { totalMs: 120 + n, retrievalMs: 15 },
    model: 'extractive-v1',
    ...over,
  };
}

/** A small log: answered with citations, unanswered variants of one topic, feedback, two channels, two days. */
export function sampleTurns(): TurnRecord[] {
  const cite = [{ paragraphId: 'vneid-ly-lich#1', articleId: 'vneid-ly-lich' }, { paragraphId: 'vneid-ly-lich#2', articleId: 'vneid-ly-lich' }];
  return [
    sampleTurn({ question: 'Làm lý lịch tư pháp trên VNeID thế nào?', citations: cite, retrieved: [{ paragraphId: 'vneid-ly-lich#1', score: 0.91 }, { paragraphId: 'vneid-ly-lich#2', score: 0.74 }, { paragraphId: 'chu-ky-so#1', score: 0.12 }],
      answer: 'Đăng nhập VNeID mức 2, chọn Cấp phiếu lý lịch tư pháp [1]. Phí 200.000 đồng, giảm 50% khi nộp trực tuyến [2].', conversationId: 'conv-a', createdAt: '2024-06-14T02:00:00.000Z' }),
    sampleTurn({ question: 'còn phí bao nhiêu', rewrite: 'Phí làm lý lịch tư pháp trên VNeID bao nhiêu?', citations: [cite[1]!], conversationId: 'conv-a', createdAt: '2024-06-14T02:01:00.000Z',
      answer: 'Phí cấp phiếu là 200.000 đồng [1].', retrieved: [{ paragraphId: 'vneid-ly-lich#2', score: 0.88 }] }),
    sampleTurn({ question: 'Đổi bằng lái xe ở đâu?', status: 'no_answer', answer: 'Xin lỗi, tôi chưa có thông tin về câu hỏi này.', channel: 'zalo' }),
    sampleTurn({ question: 'doi bang lai xe o dau', status: 'no_answer', answer: 'Xin lỗi, tôi chưa có thông tin về câu hỏi này.', channel: 'zalo' }),
    sampleTurn({ question: 'Cách đổi bằng lái xe thế nào', status: 'no_answer', answer: 'Xin lỗi, tôi chưa có thông tin về câu hỏi này.' }),
    sampleTurn({ question: 'Chữ ký số miễn phí làm ở đâu?', citations: [{ paragraphId: 'chu-ky-so#1', articleId: 'chu-ky-so' }], answer: 'Tại bộ phận một cửa cấp xã [1].', channel: 'zalo' }),
    sampleTurn({ question: '=HYPERLINK("http://evil.example","bấm vào")', status: 'invalid_input', answer: '-Câu hỏi chưa rõ, bạn hỏi lại nhé.' }),
    sampleTurn({ question: XSS_QUESTIONS[0]!, status: 'no_answer', answer: 'Xin lỗi, tôi chưa hiểu.' }),
    sampleTurn({ question: XSS_QUESTIONS[1]!, status: 'no_answer', answer: 'Xin lỗi, tôi chưa hiểu.' }),
  ];
}
