import { foldDiacritics } from '../text/normalize.js';

// Whether something was reached, asked yes or no: "đã đạt … chưa?", "có thực sự lọt vào top 5 không?", "có lọt được top
// 5 … không?", "đạt mục tiêu …
// chưa?". "đạt" (reach) is told from "đặt" (set: "có đặt mục tiêu … không?" asks the goal) only with its marks; folded,
// only the words that fold to nothing else count.
const REACHED_FOLDED = /\b(lot vao|lot top|lot duoc (?:vao )?top|vao duoc top|hoan thanh muc tieu|da hoan thanh|thuc su|that su)\b/;
// Not as a purpose: "Để đạt mục tiêu thì Hà Nội siết quản lý … phải không?" asks what is done for it.
const REACHED_MARKED = /(?<!\p{L})(?<!(?:để|nhằm|muốn) )(đã đạt|đạt được|có đạt|đạt mục tiêu|đạt chỉ tiêu)(?!\p{L})/u;
// Particles, and whom the resident addresses, may close it ("…đã hoàn thành hết chưa hả cháu?"); so may the other side of
// the choice, a plan still ("…đã đạt được 25% chưa hay mới là mục tiêu?", "…chưa hay vẫn chỉ là kế hoạch").
const YES_NO_END = /\b(chua|khong|ko|hay chua|hay khong)(?: hay (?:moi|chi|van|con)(?: (?:chi|con|dang|moi))? (?:la |o |nam (?:o|tren) )?(?:muc tieu|ke hoach|chi tieu|du kien|tren giay|de ra|dat ra))?(\s+(a|vay|nhi|ha|the|thoi|ad|admin|bot|ban|mn|moi nguoi|chau|con|bac|co|chu|anh|chi|em|ong|ba|cu))*\W*$/;
// The goal itself asked about ("Hà Nội muốn lọt vào top mấy?", "có phấn đấu đạt 50% không?"): the target answers it.
const ASKS_GOAL = /\b(muon|phan dau|dat ra|de ra|du kien|se|huong toi|co ke hoach|nham)\b/;

/** Whether the asking part of a message asks if a goal was actually reached, yes or no. */
export function asksReached(asked: string): boolean {
  const lower = asked.toLowerCase().normalize('NFC').trim();
  const text = foldDiacritics(lower);
  return (REACHED_FOLDED.test(text) || REACHED_MARKED.test(lower)) && YES_NO_END.test(text) && !ASKS_GOAL.test(text);
}

// A goal set ("phấn đấu", "mục tiêu", "hướng tới", "đến năm 2025", "sẽ"); articles always have their marks.
const GOAL = /(?<!\p{L})(phấn đấu|mục tiêu|hướng tới|chỉ tiêu|đặt ra|định hướng|dự kiến|tầm nhìn|sẽ|(?:đến|vào|tới) năm \d{4})(?!\p{L})/iu;
// A result told or measured: then the sentence may say whether it was reached. Not any "đã": "đã ban hành Nghị quyết 03
// … đến năm 2025" tells that the goal was set, not that it was met.
// "hoàn thành" after a goal word ("đặt mục tiêu hoàn thành 21 chỉ tiêu") is the goal's verb, not a result.
const DONE = /(?<!\p{L})(đã đạt|đạt được|đã hoàn thành|(?<!(?:mục tiêu|phấn đấu|nhằm|sẽ|để|cần|phải) )hoàn thành|vượt|xếp thứ|đứng thứ|kết quả|đến nay|hiện nay|hiện đã|đã có|đã cấp|đã phủ|đã lọt|tăng \d+ bậc)(?!\p{L})/iu;

/** Whether a sentence gives a goal only, saying nothing of whether it was reached. */
export function statesGoalOnly(sentence: string): boolean {
  return GOAL.test(sentence) && !DONE.test(sentence);
}

// A result told in words ("đã để lại nhiều thành quả", "bước đầu đạt hiệu quả", "là một trong năm địa phương dẫn đầu").
const TOLD = /(?<!\p{L})(đã|thành công|hiệu quả|thành quả|dẫn đầu|đứng đầu)(?!\p{L})/iu;

/**
 * Whether the quoted sentences, together, give a goal and no result: a lead-in that neither sets nor measures anything
 * ("CĐS là quá trình thường xuyên, liên tục.") does not say it was reached; one with a figure ("là một trong 5 địa
 * phương dẫn đầu") or a result told in words (TOLD) might, so it counts as a possible result.
 */
export function givesGoalOnly(sentences: readonly string[]): boolean {
  const neutral = (s: string): boolean => !GOAL.test(s) && !DONE.test(s) && !/\d/.test(s) && !TOLD.test(s);
  return sentences.some(statesGoalOnly) && sentences.every((s) => statesGoalOnly(s) || neutral(s));
}
