import { describe, expect, it } from 'vitest';
import { itemAsked } from './item-asked.js';

describe('whether a catalogue or a source holds an item', () => {
  it.each([
    ['Danh mục dữ liệu mở của HN (Hà Nội) có dữ liệu giờ chạy xe buýt (giao thông vận tải) không?', 'dữ liệu giờ chạy xe buýt'],
    ['Trong danh mục dữ liệu mở của Hà Nội có bảng giá đất từng xã không, tôi tra ở đâu?', 'bảng giá đất từng xã'],
    // The inner "không" of the item stays in it.
    ['HN có số liệu tỉ lệ thanh toán không dùng tiền mặt không ạ?', 'số liệu tỉ lệ thanh toán không dùng tiền mặt'],
    ['KDL den HN co thong tin trai nghiem truc tuyen theo thoi gian thuc ko', 'thong tin trai nghiem truc tuyen theo thoi gian thuc'],
    // A limit by something.
    ['Chữ ký số miễn phí ở bộ phận một cửa có giới hạn độ tuổi không, người già như tôi có được cấp không?', 'giới hạn độ tuổi'],
    // No item asked: a verb after "có", or no closing "không".
    ['Danh mục dữ liệu mở của Hà Nội có chia sẻ cho công dân không?', undefined],
    ['Hà Nội có dữ liệu mở về giao thông.', undefined],
  ])('%j asks of %j', (question, label) => {
    expect(itemAsked(question)?.asked.label).toBe(label);
  });

  it.each([
    ['Thành phố đã ban hành Danh mục dữ liệu mở của Thành phố (tại Quyết định số 3478/QĐ-UBND ngày 04/7/2023).', false],
    ['Đây là những dữ liệu chuyên ngành sẽ được triển khai chia sẻ trong nội bộ cơ quan nhà nước và với công dân.', false],
    ['Dữ liệu giờ chạy xe buýt được công khai.', true],
    // One of the lexicon's wordings of the item names it too.
    ['Ưu tiên các ngành giáo dục, giao thông vận tải.', true],
  ])('asked of bus timetables, %j names the item: %s', (sentence, names) => {
    expect(itemAsked('Danh mục dữ liệu mở có dữ liệu giờ chạy xe buýt (giao thông vận tải) không?')!.heldIn(sentence)).toBe(names);
  });

  it('reads a limit as named only by a sentence that names what it goes by', () => {
    const limit = itemAsked('Chữ ký số miễn phí có giới hạn độ tuổi không?')!;
    expect(limit.heldIn('Hà Nội triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa.')).toBe(false);
    expect(limit.heldIn('Người dân từ đủ 18 tuổi, ở mọi độ tuổi, đều được cấp.')).toBe(true);
  });

  it('does not take a pair across a joining word for the item', () => {
    expect(itemAsked('Danh mục có bảng giá đất từng xã không?')!.heldIn('Đất xã được đo lại.')).toBe(false);
    expect(itemAsked('Danh mục có bảng giá đất từng xã không?')!.heldIn('Bảng giá đất được công bố.')).toBe(true);
  });
});
