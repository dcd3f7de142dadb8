import { describe, expect, it } from 'vitest';
import { asksRecommendation } from './recommendation.js';

describe('a question asking which product, shop or school to pick', () => {
  it.each([
    ['Tiệm cơm nào ngon gần bến xe?', true],
    ['Máy ảnh hãng nào bền hơn, Canon hay Sony?', true],
    ['Mua giày thể thao ở đâu rẻ?', true],
    ['Chỗ sửa điện thoại uy tín nhất Hải Phòng', true],
    ['Có nên mua xe điện lúc này không?', true],
    ['Con tôi nên chọn trường cấp ba nào?', true],
    ['Phần mềm ghi chú miễn phí mà tốt là gì?', true],
    ['tiem com nao ngon gan ben xe', true],
    ['co nen mua xe dien luc nay khong', true],
    // What the articles can answer, or a word with another reading.
    ['Nên cài ứng dụng nào để làm lý lịch tư pháp?', false],
    ['Hà Nội đạt kết quả tốt nhất ở chỉ số nào?', false],
    // Which one did well, not which to pick.
    ['Quận nào làm chuyển đổi số tốt?', false],
    ['Làm thủ tục nào xin giấy xác nhận cư trú?', false],
    ['Các ngành làm chuyển đổi số để hình thành nên cái gì?', false],
    ['den nga tu nao re trai', false],
    ['Năm 2023 Hà Nội xếp hạng DTI cao hơn năm nào?', false],
  ])('%j: %s', (question, expected) => {
    expect(asksRecommendation(question)).toBe(expected);
  });
});
