import { describe, expect, it } from 'vitest';
import { asksNext, asksStillNow } from './still-now.js';

describe('asked whether something still holds today', () => {
  it.each([
    ['Ông Nguyễn Việt Hùng bây giờ còn làm Giám đốc Sở không, ai đang thay?', true],
    ['Ông Vũ Đại Thắng hiện giờ còn làm phó giám đốc không hay đã chuyển đi nơi khác?', true],
    ['ong hung con giu chuc giam doc so ko', true],
    ['Giám đốc Sở đã nghỉ hưu chưa?', true],
    // A figure the resident cites, asked whether it still holds; a figure asked, or a figure told, is not.
    ['Bây giờ Hải Phòng có bao nhiêu dịch vụ công trực tuyến rồi, vẫn là 1.232 à?', true],
    ['ty le van la 45% ha', true],
    ['Hải Phòng có bao nhiêu dịch vụ công trực tuyến?', false],
    ['Năm 2023 Hà Nội vẫn là 1 trong 5 địa phương dẫn đầu, đúng không?', false],
    // The office asked, not whether it is still held.
    ['Ông Nguyễn Việt Hùng giữ chức vụ gì?', false],
    ['Ai là Giám đốc Sở TT&TT Hà Nội?', false],
    // Still, of something other than a person or an office.
    ['Con em đi học ở Hà Nội thì sổ điểm đã chuyển sang bản trên máy chưa?', false],
    ['Học sinh giờ có còn lạ lẫm với học online không?', false],
    ['Bà con hỏi tôi ngoài cái đó ra thành phố còn làm mô hình gì tương tự nữa không.', false],
    ['Ông Vũ Đại Thắng bây giờ còn ở Sở không?', false],
    ['Ông Vũ Đại Thắng bây giờ còn làm ở Sở không?', true],
    ['Ông Nguyễn Việt Hùng còn làm gì khác nữa không?', false],
    ['Ông Hùng còn nói gì về dữ liệu không?', false],
    // Who finds it hard is not who replaces him; the resident's own retirement asks nothing of the office.
    ['Giám đốc Sở nói ai thấy khó thì liên hệ đâu?', false],
    ['Tôi đã nghỉ hưu rồi, Giám đốc Sở có chương trình hỗ trợ người già không?', false],
    // A system or an app still in use.
    ['Sổ sức khỏe điện tử ở HP bây giờ còn dùng được không ạ?', true],
    // Still allowed.
    ['nhà nào muốn đóng tiền điện bằng tiền mặt có còn được không', true],
    ['làm CCCD cho con được không', false],
    // Still open to look things up or log in.
    ['App quản lý tiêm chủng Hải Phòng thời COVID giờ còn vào tra cứu được không?', true],
    ['tai khoan VNeID cu gio con dang nhap duoc ko', true],
    ['ba con vao tra cuu duoc khong', false],
    // Without a word of now, what one may still do after a step (the review's case).
    ['Hồ sơ nộp rồi thì còn tra cứu được không?', false],
    ['so suc khoe dien tu con su dung nua khong', true],
    ['Có nhóm nào hỗ trợ bà con dùng công nghệ không?', false],
    ['co nhom nao ho tro ba con dung cong nghe khong', false],
  ])('%j → %s', (asked, expected) => {
    expect(asksStillNow(asked)).toBe(expected);
  });
});

describe('asked when an event comes next', () => {
  it.each([
    ['Phiên đối thoại trực tuyến lần tiếp theo trên cổng TTĐT Hải Phòng khi nào diễn ra?', true],
    ['Hội nghị đợt tới tổ chức lúc nào vậy?', true],
    ['phien doi thoai lan tiep theo bao gio dien ra', true],
    // The resident's own next time, or the one held.
    ['Lần tới tôi đi làm thủ tục thì mang giấy gì?', false],
    ['Phiên đối thoại trực tuyến ở Hải Phòng diễn ra khi nào?', false],
    // Folded, "lần tới" is also "lần tôi": only "tiếp theo", "kế tiếp" say it.
    ['lan toi di lam thu tuc khi nao thi xong', false],
    // No event named, or the resident's own next time (the review's cases).
    ['Lần tới tôi đi làm thủ tục thì khi nào có kết quả?', false],
    ['Hồ sơ lần đầu bị trả về, lần tiếp theo nộp lại thì bao giờ có kết quả?', false],
    ['Kỳ tới Hà Nội tổ chức những hoạt động gì?', false],
    ['Đợt tới có những tổ chức nào tham gia?', false],
  ])('%j → %s', (asked, expected) => {
    expect(asksNext(asked)).toBe(expected);
  });
});
