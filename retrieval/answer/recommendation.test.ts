import { describe, expect, it } from 'vitest';
import { asksRecommendation } from './recommendation.js';

describe('a question asking which shop, brand or model to pick', () => {
  it.each([
    ['Tiệm cơm nào ngon gần bến xe?', true],
    ['Máy ảnh hãng nào bền hơn, Canon hay Sony?', true],
    ['Mua giày thể thao ở đâu rẻ?', true],
    ['Chỗ nào bán bánh cuốn ngon nhất Hải Phòng', true],
    ['Mua nồi cơm điện loại nào tốt?', true],
    ['Phần mềm ghi chú miễn phí mà tốt là gì?', true],
    ['tiem com nao ngon gan ben xe', true],
    ['bun cha o dau ngon nhat', true],
    ['Hà Nội mùa thu đi chơi ở đâu đẹp?', true],
    ['mạng xã hội nào đang hot nhất với giới trẻ bây giờ', true],
    ['Điện thoại thông minh nào dưới 5 triệu mà pin tốt?', true],
    ['Tư vấn giúp laptop cho giáo viên tầm 15 triệu với.', true],
    ['Theo bạn nên đầu tư vào đâu?', true],
    ['Theo ad thì mình có nên mua vàng không?', true],
    // What the articles tell, or a word with another reading.
    ['Tư vấn thủ tục làm chữ ký số ở đâu?', false],
    ['Hà Nội nên đầu tư vào đâu để phát triển kinh tế số?', false],
    ['Nên cài ứng dụng nào để làm lý lịch tư pháp?', false],
    ['Ứng dụng nào tốt để làm lý lịch tư pháp online?', false],
    ['Người dân nên chọn hình thức nào để làm lý lịch tư pháp?', false],
    ['Doanh nghiệp nhỏ nên chọn nền tảng nào để chuyển đổi số?', false],
    ['Con đường nào bền vững cho chuyển đổi số Hải Phòng?', false],
    ['Chữ ký số nên mua ở đâu?', false],
    ['Hà Nội đạt kết quả tốt nhất ở chỉ số nào?', false],
    ['Quận nào làm chuyển đổi số tốt?', false],
    ['chuyen doi so ha noi nam 2022 co khoi dau tot khong', false],
    ['Ha Noi xep hang nao cao hon Hai Phong ve DTI', false],
    ['quan nao o ha noi lam tot chu ky so', false],
    ['Các ngành làm chuyển đổi số để hình thành nên cái gì?', false],
    ['Người đi chơi, tham quan đến Hà Nội thì được hỗ trợ gì qua mạng?', false],
    ['Hộ nào có thu nhập dưới 5 triệu được hỗ trợ điện thoại?', false],
    ['Điện thoại nào dưới 2 triệu được hỗ trợ cho hộ nghèo?', false],
    ['Chủ đề hot nhất về chuyển đổi số ở Hà Nội năm nay là gì?', false],
  ])('%j: %s', (question, expected) => {
    expect(asksRecommendation(question)).toBe(expected);
  });
});
