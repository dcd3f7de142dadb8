import type { Passage } from '../corpus/passages.js';
import { foldDiacritics, hasDiacritics } from '../text/normalize.js';
import { splitSentences } from './sentences.js';

// "Tại sao…", "Vì sao…", "Sao ở phường khó tuyển người?", "lý do", "nguyên nhân": a cause is asked. With marks typed,
// only "sao" is why (folded it is also sáo, sạo); "ra sao", "làm sao", "thì sao" ask how or what about, not why.
const WHY_MARKED = /(?<!\p{L})(tại sao|vì sao|sao lại|lý do|nguyên nhân|vì đâu|do đâu)(?!\p{L})|^sao(?!\p{L})/iu;
const WHY_FOLDED = /\b(tai sao|vi sao|sao lai|ly do|nguyen nhan|vi dau|do dau)\b|^sao\b/;

/** Whether the asking part of a message asks why. */
export function asksWhy(asked: string): boolean {
  const text = asked.trim().normalize('NFC');
  return hasDiacritics(text) ? WHY_MARKED.test(text) : WHY_FOLDED.test(foldDiacritics(text.toLowerCase()));
}

// A cause given: "vì thu nhập thấp", "do nhận thức", "bởi lẽ", "nguyên nhân là". Articles always have their marks.
const BECAUSE = /(?<!\p{L})(vì|do|bởi|nguyên nhân|lý do)(?!\p{L})/iu;

/** Whether a sentence gives a cause. */
export function givesReason(sentence: string): boolean {
  return BECAUSE.test(sentence);
}

// A cause stated in so many words, for choosing the sentence to quote:
// - "nguyên nhân" or "lý do" followed by what it is ("Nguyên nhân … chủ yếu là do nhận thức…", "Lí do là…"); not one only
//   named ("cần nhận diện rõ nguyên nhân và tìm ra giải pháp", "không có lý do chính đáng");
// - "bởi lẽ", "bởi vì", "là vì", "chủ yếu do", "một phần là do", "chính vì";
// - "vì" before what happened, inside a sentence ("khó thu hút người giỏi vì thu nhập thấp") or opening it ("Vì con người
//   cần thời gian đào tạo…", the cause of what the sentence before said), but not "vì" for whom or what ("Vì Nhân dân…",
//   "vì người dân", "vì lợi ích"), nor "vì vậy" (so), nor "Vì lẽ đó".
// "do" alone is as often "by" ("do UBND ban hành", "là do Sở chủ trì").
const CAUSE_STATED = new RegExp([
  '(?:nguyên nhân|lý do|lí do)(?:(?!\\s(?:và|cần|để)\\s)[^.;:!?]){0,80}?\\s(?:là|do|bởi|vì|nằm ở|đến từ)(?!\\p{L})',
  '(?<!\\p{L})(?:bởi lẽ|bởi vì|là vì|chính vì|(?:chủ yếu|phần lớn|một phần|chính|chỉ)(?: là)? do)(?!\\p{L})',
  '(?:(?<=\\p{L}\\s)|^[\\s"“\'‘(-]*)vì(?!\\s+(?:vậy|thế|sao|lẽ|lợi ích|mục tiêu|mục đích|nhân dân|người dân|cộng đồng|doanh nghiệp|sự)(?!\\p{L}))(?!\\p{L})',
].join('|'), 'iu');

/** Whether a sentence states a cause in so many words (see CAUSE_STATED). */
export function statesCause(sentence: string): boolean {
  return CAUSE_STATED.test(sentence);
}

// Kept by the passage object: the same for every question asking why.
const causes = new WeakMap<Passage, boolean>();

/** Whether one of a passage's sentences gives a cause. */
export function passageGivesReason(passage: Passage): boolean {
  let gives = causes.get(passage);
  if (gives === undefined) causes.set(passage, (gives = splitSentences(passage.text).some(givesReason)));
  return gives;
}
