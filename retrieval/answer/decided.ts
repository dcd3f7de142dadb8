import { foldDiacritics } from '../text/normalize.js';

// Whether a decision was taken, asked yes or no: "Đề án … đã được phê duyệt chưa?", "đã ban hành danh mục … chưa?"
// (folded). The decision is what is asked only right after "đã", or after "được" and who decides: "việc ký số khi ban
// hành văn bản đã phổ biến chưa" asks whether signing is common, "đã nộp hồ sơ thông qua cổng" sent it via the portal.
// "chưa" closes the question, with only particles or whom the resident addresses after it ("…chưa có hướng dẫn thì làm
// sao?" asks how). Folded, "chua" is also chứa (contains): with marks typed, "chưa" and the verb keep theirs.
const ASKS = /\b(?:duoc(?: [a-z0-9&]+){0,3}|da) (phe duyet|duyet|thong qua|ban hanh)\b(?: [a-z0-9&]+){0,6} (chua)(?:\s+(?:a|vay|nhi|ha|the|ad|admin|bot|ban|mn|chau|em|anh|chi|bac))*\W*$/;
const ASKS_MARKED = /(?<!\p{L})(phê duyệt|duyệt|thông qua|ban hành)(?!\p{L}).*(?<!\p{L})chưa(?!\p{L})/u;
// A sentence that tells the decision: approved, issued, or passed by a body ("được HĐND … thông qua"); not "thông qua
// các ứng dụng" (via) nor a browser ("trình duyệt").
const DECIDED = /(?<!\p{L})(phê duyệt|ban hành|(?<!trình )duyệt)(?!\p{L})|(?<!\p{L})(?:được|đã|vừa)(?: [\p{L}\p{N}.&]+){0,6} thông qua(?!\p{L})/iu;

/** Whether the asking part asks if a plan or a document was approved or issued, yes or no. */
export function asksDecided(asked: string): boolean {
  const typed = asked.toLowerCase().normalize('NFC');
  const text = foldDiacritics(typed);
  return ASKS.test(text) && (text === typed || ASKS_MARKED.test(typed));
}

/** Whether a sentence tells a decision: approved, passed or issued. */
export function speaksOfDecision(sentence: string): boolean {
  return DECIDED.test(sentence);
}
