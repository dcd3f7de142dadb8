import { describe, expect, it } from 'vitest';
import { freeAsked, saysFree } from './free-asked.js';

describe('a free service asked about', () => {
  it.each([
    ['Ở Hải Phòng có cấp chữ ký số miễn phí cho dân không?', true],
    ['chu ky so mien phi lam o dau', true],
    ['Làm chữ ký số có tốn tiền không?', false],
    ['Làm lý lịch tư pháp qua VNeID không mất phí phải không?', true],
    ['Chữ ký số giờ không miễn phí nữa à?', false],
    ['Nếu không được miễn phí thì làm chữ ký số mất bao nhiêu tiền?', false],
    ['Làm chữ ký số phải trả phí hay miễn phí?', false],
    ['mấy tổ cđs có dc trả công j ko hay làm free z ad', false],
    ['Hà Nội có bao nhiêu dịch vụ công trực tuyến?', false],
  ])('%j → %s', (q, free) => {
    expect(freeAsked(q) !== undefined).toBe(free);
  });

  it('is said by a passage that says free of charge', () => {
    expect(saysFree('triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa')).toBe(true);
    expect(saysFree('sử dụng chữ ký số để phát hành văn bản trong các cơ quan nhà nước')).toBe(false);
    expect(saysFree('Cấp chữ ký số Miễn Phí cho người dân')).toBe(true);
    expect(saysFree('chu ky so mien phi cho nguoi dan')).toBe(true);
    expect(saysFree('Người dân được miễn lệ phí khi nộp hồ sơ trực tuyến.')).toBe(true);
  });
});
