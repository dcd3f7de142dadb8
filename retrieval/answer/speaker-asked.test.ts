import { describe, expect, it } from 'vitest';
import { speakerAsked } from './speaker-asked.js';

describe('who spoke, hosted or answered', () => {
  it.each([
    ['buổi đối thoại CĐS HP hôm 27/12 ai dẫn chương trình v, dân có đc gửi câu hỏi trực tiếp ko', 'tên người dẫn chương trình'],
    ['Ai là người phát biểu ở Ngày Chuyển đổi số quốc gia về chuyện lấy dân làm gốc?', 'tên người phát biểu'],
    ['bài phỏng vấn dịp Tết Ất Tỵ là ai trả lời vậy ạ?', 'tên người trả lời'],
    ['ai noi ket qua chuyen doi so la nen tang', 'tên người noi'],
    // Whether anyone did, not who.
    ['Bên Hải Phòng có ai nói gì về chuyện này không?', undefined],
    ['Tôi gửi email mà chưa ai trả lời.', undefined],
    ['Ai phụ trách chuyển đổi số ở Hà Nội?', undefined],
  ])('%j asks %j', (question, label) => {
    expect(speakerAsked(question)?.asked.label).toBe(label);
  });

  it.each([
    ['Cuộc đối thoại trực tuyến do Cổng thông tin điện tử thành phố cùng Sở Thông tin và Truyền thông Hải Phòng tổ chức vào chiều 27/12.', false],
    ['Thủ tướng Chính phủ Phạm Minh Chính nhấn mạnh người dân là trung tâm.', true],
    // A name the question already gives is not the speaker asked for.
    ['Ông Nguyễn Việt Hùng cho biết thêm.', false],
  ])('%j names the speaker: %s', (sentence, names) => {
    expect(speakerAsked('Ngoài ông Nguyễn Việt Hùng, ai phát biểu ở buổi đối thoại?')!.heldIn(sentence)).toBe(names);
  });
});
