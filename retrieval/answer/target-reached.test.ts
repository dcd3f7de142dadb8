import { describe, expect, it } from 'vitest';
import { asksReached, givesGoalOnly, statesGoalOnly } from './target-reached.js';

describe('a goal asked as reached', () => {
  it.each([
    ['Đến nay Hà Nội đã đạt mục tiêu 50% dân số trưởng thành có chữ ký số chưa?', true],
    ['Năm 2025 Hà Nội có thực sự lọt vào top 5 địa phương dẫn đầu không?', true],
    ['Rốt cuộc năm 2025 Hà Nội có lọt được top 5 chuyển đổi số cả nước không?', true],
    // Leaking is not reaching (the review's case).
    ['Dữ liệu của dân có lọt được ra ngoài không?', false],
    ['Đến năm 2025 Hải Phòng đã thật sự đạt 100% thủ tục trực tuyến chưa ạ?', true],
    ['ha noi da lot vao top 5 chua', true],
    // Whom the resident addresses closes it as a particle does.
    ['21 chỉ tiêu trong kế hoạch đến giờ đã hoàn thành hết chưa hả cháu?', true],
    ['Hà Nội đã đạt mục tiêu đó chưa mọi người?', true],
    // The goal itself asked: set, not reached ("đặt" is not "đạt"; unmarked they fold alike and are not read).
    ['Thành phố có đặt mục tiêu đến năm 2025 bao nhiêu phần trăm thủ tục làm online không?', false],
    ['thanh pho co dat muc tieu 50% khong', false],
    ['Hà Nội muốn lọt vào top mấy?', false],
    ['Hà Nội có phấn đấu lọt vào top 5 không?', false],
    // A purpose: what is done to reach it is asked.
    ['Để đạt mục tiêu thì Hà Nội siết quản lý bưu chính, viễn thông phải không?', false],
    ['Hà Nội làm thế này có đạt mục tiêu không?', true],
    // Not yes or no.
    ['Hà Nội đã đạt được những kết quả gì?', false],
    // The choice's other side, a plan still, closes it too.
    ['HP đã đạt được kinh tế số 25% GRDP chưa hay mới là mục tiêu', true],
    ['Hà Nội đã đạt mục tiêu 50% dân có chữ ký số chưa hay vẫn chỉ là kế hoạch thôi ạ?', true],
    ['Hà Nội đã đạt được 25% chưa hay mới trên giấy', true],
    // Any other choice is still a question of its own ("…chưa hay còn thiếu chỗ nào?" asks where).
    ['Hà Nội đã đạt được 25% chưa hay còn thiếu ở đâu?', false],
  ])('%j → %s', (asked, expected) => {
    expect(asksReached(asked)).toBe(expected);
  });

  it.each([
    ['Về xã hội số, phấn đấu 50% dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân.', true],
    ['Thành phố hướng tới mục tiêu trở thành một trong 5 địa phương dẫn đầu cả nước về CĐS vào năm 2025.', true],
    ['Ngày 26/10/2021, Thành ủy đã ban hành Nghị quyết 03-NQ/TU về chuyển đổi số đến năm 2025, định hướng 2030.', true],
    // A result told, or measured.
    ['Đến nay, Hà Nội đã cấp khoảng 10 nghìn chữ ký số miễn phí.', false],
    ['Năm 2022, Hà Nội xếp thứ 8 về chỉ số DTI.', false],
    ['Cáp quang đã phủ 93,15% hộ gia đình, vượt mục tiêu đề ra.', false],
    // Completing is the goal's verb after a goal word, a result without one.
    ['Với kế hoạch này, Thành phố đặt mục tiêu hoàn thành 21 chỉ tiêu và 77 nhiệm vụ vào năm 2025.', true],
    ['Thành phố hoàn thành 21 chỉ tiêu vào năm 2025.', false],
    // Neither a goal nor a result.
    ['CĐS là quá trình thường xuyên, liên tục.', false],
  ])('%j gives a goal only: %s', (sentence, expected) => {
    expect(statesGoalOnly(sentence)).toBe(expected);
  });

  const LEAD = 'CĐS là quá trình thường xuyên, liên tục.';
  const GOAL = 'Hà Nội quyết tâm hiện thực hóa mục tiêu trở thành một trong 5 địa phương dẫn đầu vào năm 2025.';
  it.each([
    [[LEAD, GOAL], true],
    [[GOAL], true],
    // A lead-in alone sets nothing.
    [[LEAD], false],
    // A result beside the goal, told or only measured, may say it was reached.
    [[GOAL, 'Đến nay, Hà Nội xếp thứ 8 về chỉ số DTI.'], false],
    [[GOAL, 'Hà Nội là một trong 5 địa phương dẫn đầu.'], false],
    // A result told in words, without a figure.
    [[GOAL, 'Hà Nội bước đầu đạt hiệu quả tích cực.'], false],
    [[GOAL, 'Sự quyết liệt đó đã để lại nhiều thành quả.'], false],
  ])('%j together give a goal only: %s', (sentences, expected) => {
    expect(givesGoalOnly(sentences)).toBe(expected);
  });
});
