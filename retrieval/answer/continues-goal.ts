import { yearsNamed } from './years-named.js';

// A goal stated for a period, opening on it ("Mục tiêu tổng quát đến năm 2025, …", "Đến năm 2030, xây dựng …"): plans
// state a period's goal over several sentences, the striving often in the one after the heading's own ("Hà Nội phấn
// đấu thuộc nhóm các địa phương dẫn đầu…").
const STATES_GOAL = /^(?:mục tiêu(?: \p{L}+){0,3},? )?(?:đến|tới|trong|giai đoạn)(?: năm)? \d{4}/iu;
const STRIVES = /(?<!\p{L})(?:phấn đấu|đặt mục tiêu|hướng tới mục tiêu|hướng đến mục tiêu)(?!\p{L})/iu;

/**
 * Whether the next sentence carries on the goal a sentence states for its period: it strives, and names no year the
 * stated one does not (one opening on another period, "Đến năm 2030, …", is the next goal, not this one's).
 */
export function continuesGoal(sentence: string, next: string): boolean {
  if (!STATES_GOAL.test(sentence.trim()) || !STRIVES.test(next)) return false;
  const own = yearsNamed(sentence);
  return yearsNamed(next).every(([from, to]) => own.some(([a, b]) => a === from && b === to));
}
