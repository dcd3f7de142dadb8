/** Vietnamese texts of the conversation around answers: greetings, help, handoff, feedback, buttons. */
export const CONVERSATION = {
  welcome:
    'Xin chào! Tôi là trợ lý chuyển đổi số. Tôi trả lời câu hỏi về chữ ký số, lý lịch tư pháp qua VNeID, ' +
    'dịch vụ công trực tuyến… dựa trên các bài viết chính thống, có trích dẫn nguồn. ' +
    'Xin đừng gửi số điện thoại, số căn cước hay thông tin cá nhân.',
  greeting: 'Xin chào bạn! Bạn cần hỏi gì về dịch vụ công trực tuyến hay chuyển đổi số? Ví dụ: "chữ ký số miễn phí làm ở đâu?"',
  thanks: 'Rất vui được giúp bạn! Nếu còn thắc mắc, bạn cứ hỏi tiếp nhé.',
  capabilities:
    'Tôi là trợ lý ảo, một chương trình tự động chứ không phải người thật. Tôi đọc các bài viết về chuyển đổi số và ' +
    'dịch vụ công (Hà Nội, Hải Phòng, VNeID, chữ ký số, Tổ công nghệ số cộng đồng) ' +
    'và trả lời bằng cách trích đúng đoạn trong bài, kèm nguồn. Khi bài viết không nói tới, tôi sẽ nói rõ và bạn có thể ' +
    'bấm "Gặp tư vấn viên" để Tổ công nghệ số cộng đồng trả lời.',
  handoff:
    'Tôi đã chuyển câu hỏi của bạn tới Tổ công nghệ số cộng đồng. Một thành viên sẽ trả lời bạn ngay tại đây, ' +
    'thường trong giờ hành chính. Bạn không cần gửi lại câu hỏi.',
  feedbackThanksUp: 'Cảm ơn bạn đã đánh giá! 👍',
  feedbackThanksDown: 'Cảm ơn bạn đã góp ý. Câu trả lời sẽ được xem lại. Bạn có thể bấm "Gặp tư vấn viên" để được người hỗ trợ.',
  unsupportedMedia: 'Tôi hiện chỉ đọc được tin nhắn chữ. Bạn gõ câu hỏi giúp tôi nhé, ví dụ: "làm lý lịch tư pháp trên VNeID thế nào?"',
  volunteerLead: 'Tổ công nghệ số cộng đồng trả lời bạn:',
  curatedLead: 'Câu trả lời đã được Tổ công nghệ số cộng đồng kiểm duyệt:',
  personalDataNotice:
    'Lưu ý: tin nhắn có số điện thoại, số giấy tờ, số thẻ hoặc email; tôi đã ẩn đi và không lưu lại. ' +
    'Bạn không cần gửi các thông tin đó để được trả lời.',
  rateLimited: 'Bạn đang gửi nhiều câu hỏi liên tiếp quá. Bạn chờ khoảng một phút rồi hỏi tiếp giúp tôi nhé.',
  error: 'Xin lỗi, tôi đang gặp trục trặc và chưa trả lời được. Bạn thử lại sau ít phút nhé.',
  buttons: {
    helpful: '👍 Hữu ích',
    notHelpful: '👎 Chưa đúng',
    human: 'Gặp tư vấn viên',
  },
  starterQuestions: ['Chữ ký số miễn phí làm ở đâu?', 'Làm lý lịch tư pháp trên VNeID thế nào?'],
} as const;

/** A volunteer's reply as the resident reads it, on every channel. */
export function volunteerReplyText(body: string): string {
  return `${CONVERSATION.volunteerLead}\n${body}`;
}
