import type { QuestionType } from '../core/answer-result.js';

/** Every fixed Vietnamese text the bot sends. Kept here so wording is reviewed in one place. */
export const REPLIES = {
  answerLead: 'Theo các bài viết mà tôi có:',
  /**
   * A partial answer opens by saying what the articles do not tell, then quotes what they do. Where the articles name
   * what is lacking somewhere (`named`: Hải Phòng, of which a paragraph on Hà Nội says nothing; "Phó Giám đốc…" asked of
   * the director; "…so với năm 2021" asked of 2021), they do speak of it: the lead says only that they do not give what
   * was asked of it.
   */
  partialLead: (lacking: { readonly missing?: string; readonly unmet?: readonly string[]; readonly named?: boolean }): string =>
    lacking.unmet?.length
      ? `Các bài viết mà tôi có ${lacking.named ? 'không nêu rõ điều bạn hỏi về' : 'không nói đến'} ${lacking.unmet.join(', ')} nên tôi không trả lời chắc được. Điều gần nhất mà bài viết nói:`
      : `${lacking.missing ?? ''} Điều gần nhất mà bài viết nói:`.trim(),
  /**
   * After the answer to one question of a message that asked several: the one the articles do not answer. The
   * resident's words are echoed without "[n]" marks, which in a reply are citations.
   */
  notAnswered: (question: string): string =>
    `Còn câu "${question.replace(/\[\s*\d+\s*\]/g, ' ').replace(/\s+/g, ' ').trim()}": các bài viết mà tôi có chưa nói đến nên tôi không trả lời được.`,
  sourcesHeading: 'Nguồn:',
  /** After a quote that says "hiện nay", "đến nay"…: the figure is as of the article, not today. */
  asOf: (when: string, publication: string): string => `(tính đến ${when}, theo bài của ${publication})`,
  paragraphLabel: 'đoạn',
  noAnswer:
    'Xin lỗi, các bài viết mà tôi có chưa nói về câu hỏi này nên tôi không muốn đoán. ' +
    'Tôi trả lời các câu hỏi về chuyển đổi số và dịch vụ công trực tuyến (ví dụ: chữ ký số miễn phí, ' +
    'lý lịch tư pháp qua VNeID, dịch vụ công ở Hà Nội, Hải Phòng). Bạn thử hỏi lại theo cách khác, ' +
    'hoặc nhờ Tổ công nghệ số cộng đồng nơi bạn ở hỗ trợ.',
  emptyInput: 'Bạn chưa nhập câu hỏi. Hãy gõ câu hỏi bằng tiếng Việt, ví dụ: "Làm lý lịch tư pháp trên VNeID thế nào?"',
  noWords:
    'Tôi chưa đọc được câu hỏi từ tin nhắn này (chỉ có biểu tượng hoặc ký hiệu). ' +
    'Bạn gõ câu hỏi bằng chữ giúp tôi nhé, ví dụ: "chữ ký số miễn phí làm ở đâu?"',
  truncated: (limit: number): string => `(Tin nhắn dài quá ${limit} ký tự nên tôi chỉ đọc phần câu hỏi và đoạn kể ngay trước nó.)`,
  /** Asked whether a goal was reached; the articles only set it. */
  goalOnly: 'Các bài viết chỉ nêu đây là mục tiêu đặt ra, chưa cho biết đã đạt được hay chưa.',
  /** Asked whether a plan or a document was approved or issued; the quoted sentences do not speak of it. */
  notDecided: 'Các bài viết không cho biết việc này đã được phê duyệt hay ban hành chưa.',
  /** Asked whether something still holds today (an office, a system in use); the articles tell only their own time. */
  stillNow: 'Các bài viết chỉ cho biết tình hình vào lúc bài được viết, không cho biết bây giờ còn như vậy hay không.',
  /** Asked when an event comes next; the articles tell of the ones held. */
  nextEvent: 'Các bài viết chỉ kể những lần đã diễn ra, không cho biết lần tiếp theo khi nào.',
  missing: {
    figure: 'Các bài viết không nêu con số cụ thể cho câu hỏi này.',
    date: 'Các bài viết không nêu thời gian cụ thể cho câu hỏi này.',
    place: 'Các bài viết không nêu rõ địa điểm thực hiện.',
    address: 'Các bài viết không nêu địa chỉ cụ thể.',
    steps: 'Các bài viết không hướng dẫn từng bước thực hiện; Tổ công nghệ số cộng đồng nơi bạn ở có thể hướng dẫn chi tiết.',
    papers: 'Các bài viết không nêu hồ sơ, giấy tờ hay điều kiện cần có cho việc này; bộ phận một cửa hoặc Tổ công nghệ số cộng đồng nơi bạn ở có thể hướng dẫn.',
    person: 'Các bài viết không nêu rõ người phụ trách.',
    fee: 'Các bài viết không nêu mức phí, lệ phí hay số tiền cho việc này.',
    hours: 'Các bài viết không nêu giờ làm việc.',
    phone: 'Các bài viết không nêu số điện thoại liên hệ.',
    duration: 'Các bài viết không nêu việc này mất bao lâu.',
    link: 'Các bài viết không nêu đường dẫn hay địa chỉ trang web.',
  } satisfies Record<Exclude<QuestionType, 'other'>, string>,
} as const;
