import { describe, expect, it } from 'vitest';
import { personalAdviceAsked } from './personal-advice.js';

describe('advice asked on the resident\'s own choice', () => {
  it.each([
    ['Tôi chỉ thỉnh thoảng mới nộp hồ sơ online thì có nên làm chữ ký số không?', true],
    ['em co nen cai VNeID ko', true],
    // As read, with the lexicon's wordings in brackets.
    ['Tôi chỉ thỉnh thoảng mới nộp hồ sơ online (trực tuyến) thì có nên làm chữ ký số (CKS) không?', true],
    // Which of two to take.
    ['Co nen dung chu ky so mien phi cua nha nuoc hay mua cua nha mang cho chac?', true],
    ['Ông giám đốc sở bảo làm số hóa nên đi kiểu ào ào hay từ từ?', false],
    // "Tổ" (a team) folds as "tớ" would: a team's choice is not the resident's.
    ['To cong nghe so co nen mua them may tinh khong?', false],
    // What was advised to others, or what the city should do.
    ['Giám đốc Sở Nội vụ có khuyên các cơ quan nên làm gì không?', false],
    ['Nếu thiếu người giỏi thì có nên đợi đào tạo xong hết rồi mới bắt tay vào chuyển đổi số không?', false],
    // The resident's doubt told first, then another question asked.
    ['Mình đang băn khoăn có nên làm chữ ký điện tử cho em không. Bạn cho mình hỏi Hà Nội đặt mục tiêu bao nhiêu phần trăm?', false],
    // The resident weighing a choice, then asking of it.
    ['Tôi có một quán cà phê nhỏ ở Cầu Giấy, đang phân vân có nên bỏ hẳn tiền mặt, chỉ nhận quét mã QR không. Làm vậy có mất khách lớn tuổi không?', true],
    ['Tôi đang phân vân có nên bỏ hẳn tiền mặt. Hà Nội có bao nhiêu chợ 4.0?', false],
    // What to do, asked of the steps, is no choice to advise on.
    ['Tôi nên làm gì để có chữ ký số?', false],
    // The reader's opinion on the resident's own money or purchase.
    ['Tôi có 200 triệu tiền nhàn rỗi. Gửi tiết kiệm thì lãi thấp. Theo bạn nên đầu tư vào đâu?', true],
    ['theo ad em co nen mua chu ky so cua nha mang khong', true],
    ['Em có ít vốn, em có nên đầu tư vào cổ phiếu công nghệ không?', true],
    ['Theo bạn Hà Nội có nên đầu tư thêm cho hạ tầng số không?', false],
  ])('%j: %s', (message, expected) => {
    expect(personalAdviceAsked(message) !== undefined).toBe(expected);
  });
});
