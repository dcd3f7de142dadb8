import { foldDiacritics } from '../text/normalize.js';
import type { Constraint } from './constraints.js';

// The resident asking whether they themselves should do something, in the message's last sentence (folded): "Tôi chỉ
// thỉnh thoảng mới nộp hồ sơ online thì có nên làm chữ ký số không?", "em có nên cài VNeID không" ("tớ" is left out: it
// folds to the "tổ" of a team). Not what an official advised others ("khuyên các cơ quan nên làm gì"), nor whether the
// city should ("có nên đợi đào tạo xong không").
const OWN_STEPS = String.raw`(?:co nen|nen) (?!lam (?:gi|j|sao)\b)(lam|dung|mua|dang ky|cai|bo|chon|gui|nhan|xin|chuyen|dau tu)\b`;
const ASKS_OWN = new RegExp(String.raw`\b(toi|minh|em|tui|chau|nha toi|nha minh)\b(?: [a-z0-9]+){0,14}? ${OWN_STEPS}`);

// …or the reader's opinion on it, opening the sentence: "Theo bạn nên đầu tư vào đâu?", "theo ad em có nên mua không".
const ASKS_OPINION = new RegExp(String.raw`^\s*theo (?:ban|ad|admin|anh|chi|bot)(?: thi)?(?: (?:toi|minh|em|tui))? ${OWN_STEPS}`);

// …or which of two to take, opening the sentence: "Có nên dùng chữ ký số miễn phí của nhà nước hay mua của nhà mạng?".
const ASKS_CHOICE = /^\s*(?:co )?nen (dung|mua|lam|chon|dang ky|cai|gui)\b.* hay\b/;

// …or, in any sentence of the message, the resident weighing it ("Tôi có một quán cà phê nhỏ, đang phân vân có nên bỏ hẳn
// tiền mặt…"), when the last sentence asks of that choice ("Làm vậy có mất khách lớn tuổi không?"); not when it asks
// something of its own ("…băn khoăn có nên làm chữ ký điện tử cho em không. Hà Nội muốn đến 2025 có bao nhiêu phần trăm…").
const WEIGHS = /\b(?:phan van|ban khoan|dan do|luong lu)\b(?: [a-z0-9]+){0,3}? co nen\b/;
const OF_THAT_CHOICE = /\b(?:lam vay|lam the|nhu vay|neu vay|vay thi|the thi)\b/;

const ADVICE: Constraint = { key: 'loi khuyen', label: 'lời khuyên cho trường hợp riêng của bạn' };

/**
 * Whether a message asks advice on the resident's own choice: the articles report what a city does and plans, and
 * advise no one. Undefined when it does not; the constraint to name in a partial reply when it does.
 */
export function personalAdviceAsked(message: string): Constraint | undefined {
  // Without the lexicon's bracketed wordings ("online (trực tuyến)"), and any other punctuation inside a sentence.
  const sentences = foldDiacritics(message.toLowerCase().normalize('NFC').replace(/\([^)]*\)/g, ' ')).split(/(?<=[.?!])\s+/)
    .map((s) => s.replace(/[^a-z0-9.?!]+/g, ' ')).filter((s) => s.trim());
  const last = sentences.at(-1) ?? '';
  const weighs = sentences.some((s) => WEIGHS.test(s) && ASKS_OWN.test(s)) && (WEIGHS.test(last) || OF_THAT_CHOICE.test(last));
  return weighs || ASKS_OWN.test(last) || ASKS_OPINION.test(last) || ASKS_CHOICE.test(last) ? ADVICE : undefined;
}
