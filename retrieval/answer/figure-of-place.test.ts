import { describe, expect, it } from 'vitest';
import { figureOfPlaceAsked } from './figure-of-place.js';

describe('a figure asked of a province', () => {
  const NATIONAL = 'Việt Nam đã tận dụng hiệu quả ưu thế về mức độ người dân sử dụng điện thoại di động (150%) và mạng Internet (70%).';
  it.each([
    ['Ở Hải Phòng tỷ lệ người dùng internet bao nhiêu %?', NATIONAL, false],
    // The country asked, or the province naming only the article.
    ['Tỷ lệ người Việt dùng internet là bao nhiêu theo bài về Hải Phòng?', NATIONAL, true],
    ['Cả nước tỷ lệ dùng internet bao nhiêu?', NATIONAL, true],
    // The country as what the province is compared with, yes or no: still asked of the province. The difference asked
    // needs the country's figure too.
    ['Ở Hải Phòng tỷ lệ người dùng internet bao nhiêu %, có cao hơn mức 70% cả nước ko?', NATIONAL, false],
    ['Tỷ lệ dùng internet ở Hải Phòng cao hơn cả nước bao nhiêu?', NATIONAL, true],
    // The city's own figure, though the country is in an index's name.
    ['Hà Nội đứng thứ mấy về chỉ số thương mại điện tử?', 'Thành phố cũng tiếp tục đứng thứ 2 trong 7 năm liên tiếp về Chỉ số thương mại điện tử Việt Nam.', true],
    ['Hải Phòng có bao nhiêu dịch vụ công trực tuyến?', 'Hải Phòng cung cấp 1.232 dịch vụ công trực tuyến, cao nhất cả nước.', true],
    // The country named with a capital, and the provinces and cities of the country, are still the country's.
    ['Ở Hải Phòng tỷ lệ người dùng internet bao nhiêu %?', 'Cả nước có 70% người dùng Internet.', false],
    ['Ở Hải Phòng có bao nhiêu xã dùng một cửa điện tử?', 'Toàn quốc, 63 tỉnh, thành phố đã có một cửa điện tử.', false],
    // Typed without marks, no province is read: the limit of placesIn.
    ['o hai phong ty le nguoi dung internet bao nhieu', NATIONAL, true],
  ])('%j, %j: %s', (question, sentence, expected) => {
    expect(figureOfPlaceAsked(question)(sentence)).toBe(expected);
  });
});

describe('a figure asked of the whole country and no province', () => {
  const HANOI = 'Chuyển đổi số của Hà Nội đạt nhiều kết quả khả quan';
  const SMARTPHONES = 'Tỷ lệ thuê bao di động sử dụng smartphone trên tổng số thuê bao điện thoại di động đạt 81,7%.';
  it.each([
    // A sentence of a province's article that does not name the country gives the province's figure.
    [SMARTPHONES, HANOI, false],
    [SMARTPHONES, undefined, true],
    ['Hải Phòng cung cấp 1.232 dịch vụ công trực tuyến.', undefined, false],
    ['Thành phố có 93,15% hộ gia đình dùng cáp quang.', undefined, false],
    // Naming the country, or something national, it is the country's wherever it stands.
    ['Việt Nam đã tận dụng hiệu quả ưu thế về mức độ người dân sử dụng điện thoại di động (150%).', 'Hải Phòng: Chuyển đổi số', true],
    ['Chương trình Chuyển đổi số quốc gia được phê duyệt theo Quyết định 749/QĐ-TTg.', HANOI, true],
    ['Cả nước có 70% người dùng Internet.', HANOI, true],
  ])('%j in %j: %s', (sentence, context, expected) => {
    expect(figureOfPlaceAsked('cả nước tỉ lệ dùng đt di động là bn?', true)(sentence, context)).toBe(expected);
  });
});
