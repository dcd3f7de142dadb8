import { describe, expect, it } from 'vitest';
import { continuesGoal } from './continues-goal.js';

const GOAL_2025 = 'Mục tiêu tổng quát đến năm 2025, thực hiện CĐS phát triển Thủ đô theo hướng thông minh, hiện đại.';
const GOAL_2030 = 'Đến năm 2030, xây dựng Thủ đô cơ bản trở thành thành phố thông minh, hiện đại.';

describe('continuesGoal', () => {
  it.each([
    // The striving after a period's heading is the same goal.
    [GOAL_2025, 'Hà Nội phấn đấu thuộc nhóm các địa phương dẫn đầu cả nước về CĐS.', true],
    [GOAL_2030, 'Hà Nội duy trì và phấn đấu vị trí cao trong nhóm các địa phương dẫn đầu.', true],
    ['Mục tiêu đến năm 2025, hoàn thành chính quyền số.', 'Thành phố đặt mục tiêu 100% hồ sơ được số hóa.', true],
    ['Giai đoạn 2021-2025, thành phố tập trung vào hạ tầng số.', 'Thành phố phấn đấu phủ sóng 5G giai đoạn 2021-2025.', true],
    // Its own year named again still carries on.
    [GOAL_2025, 'Đến năm 2025, Hà Nội phấn đấu dẫn đầu cả nước.', true],
    // Another period opens the next goal.
    [GOAL_2025, 'Đến năm 2030, Hà Nội phấn đấu trở thành thành phố thông minh.', false],
    // Not a striving: a fact, a figure reached.
    [GOAL_2025, 'Năm qua, chỉ số DTI của Hà Nội tăng 16 bậc.', false],
    [GOAL_2025, 'Kết quả là nhiều hệ thống đã được vận hành.', false],
    // The chosen sentence does not open on a period's goal.
    ['Hà Nội đã cấp khoảng 10 nghìn chữ ký số miễn phí đến năm 2024.', 'Thành phố phấn đấu cấp thêm.', false],
    ['Mục tiêu của thành phố là dẫn đầu cả nước.', 'Hà Nội phấn đấu thuộc nhóm dẫn đầu.', false],
    // "phấn đấu" is a word, not part of another.
    [GOAL_2025, 'Các phấn đấutrước đây.', false],
  ])('%s → %s: %s', (sentence, next, expected) => {
    expect(continuesGoal(sentence, next)).toBe(expected);
  });
});
