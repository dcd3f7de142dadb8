import { describe, expect, it } from 'vitest';
import { homeVisitAsked } from './home-visit.js';

describe('whether a service comes to the resident\'s home', () => {
  it.each([
    ['Bố mẹ tôi đã ngoài 75 tuổi. Phường có cử người đến tận nhà cấp chữ ký số miễn phí cho người cao tuổi không?', true],
    ['Người già như tôi ra bộ phận một cửa có được ưu tiên làm trước không, hay cán bộ đến tận nhà làm giúp?', true],
    ['Làm thẻ căn cước cho bà có được làm tại nhà không?', true],
    // A figure of homes reached, a question of something else where "hay" is "often", and how to do it.
    ['Bao nhiêu phần trăm nhà ở Hà Nội đã kéo được cáp quang về tận nhà rồi?', false],
    ['Cái tổ hay đến tận nhà hướng dẫn dân dùng điện thoại có vai trò thế nào?', false],
    ['Làm thế nào để kích hoạt định danh mức 2, phải ra công an phường hay làm tại nhà được?', false],
    // Home in the story only.
    ['Cán bộ đến tận nhà hướng dẫn. Năm 2024 đánh dấu điều gì đặc biệt không?', false],
  ])('%j: %s', (question, asked) => {
    expect(homeVisitAsked(question) !== undefined).toBe(asked);
  });

  it.each([
    ['Hà Nội triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa của các sở, ngành.', false],
    ['Tổ công nghệ số cộng đồng đến từng nhà hướng dẫn bà con.', true],
    ['Người dân làm việc tại nhà, học trực tuyến và giao hàng tận nơi.', true],
  ])('%j speaks of the home: %s', (sentence, told) => {
    expect(homeVisitAsked('Có cán bộ đến tận nhà làm giúp không?')!.heldIn(sentence)).toBe(told);
  });
});
