import { foldDiacritics, hasDiacritics } from './normalize.js';

// "Tui mở tiệm bên Hoài Đức, nghe nói làm chữ ký số hổng tốn tiền. Có thiệt hông?": what the resident heard is what the
// question points back to; who they are, before it, is the story.
export const HEARSAY = /(?<![\p{L}])(?:nghe (?:nói|bảo|đồn|tin|người ta)|nghe (?:một |mấy )?(?:anh|chị|ông|bà|bạn|người|cô|chú)(?: \p{L}+){0,5}? (?:nói|bảo|kể)|thấy (?:(?:ai đó|có người|người ta|mọi người|trên mạng) )?(?:bảo|nói|báo|viết)|người ta (?:bảo|nói)|(?:hàng xóm|bạn bè|mọi người) (?:bảo|nói)|đọc (?:báo|tin) thấy|nghe noi|nghe bao|nghe don|thay bao|thay noi|nguoi ta (?:bao|noi))(?![\p{L}])/iu;

// Asking whether what the story says is true ("Có đúng là top 3 không hay tôi nghe nhầm?", "Ông ấy nói vậy có đúng
// không?", "Nhờ bot phân xử giúp"): the claim, in the sentence before, is what is asked about, even where the asking
// sentence repeats some of its words. The word of truth closes the check or opens what is checked ("có thật là…"): "có
// chuẩn bị", "có thiệt hại", "có đúng hạn" ask other things. "có phải" alone is also "must" ("có phải đăng ký trước
// không"). A sentence typed without marks is read folded, with fewer forms: "co dung" is also "có dùng".
const VERIFYING_MARKED = /(?<![\p{L}])(?:có (?:đúng|thật|thiệt|chuẩn) (?:là|vậy|thế|như vậy|như thế)|(?:đúng|thật|thiệt|chuẩn) (?:không|ko|hông|hem|chưa|chứ)|có phải (?:là|vậy|thế|như vậy|như thế)|(?:nghe|nhớ) (?:nhầm|lộn|sai)|phân xử)(?![\p{L}])/iu;
const VERIFYING_FOLDED = /\b(?:co (?:dung|that|thiet|chuan) (?:la|vay|the|nhu vay|nhu the)|(?:dung|that|thiet|chuan) (?:khong|ko|hong|hem|chu)|co phai (?:la|vay|the|nhu vay|nhu the)|(?:nghe|nho) (?:nham|lon|sai)|phan xu)\b/;
/** The phrases of such a check, which say how sure the resident is and nothing of the subject (query.ts weighs them 0). */
export const DOUBT_PHRASES = ['có đúng', 'có thật', 'đúng không', 'thật không', 'nghe nhầm', 'nghe lộn', 'nghe sai', 'nhớ nhầm', 'nhớ lộn',
  'nhớ sai', 'phân xử'];
/** Whether a sentence asks whether a claim is true (see above). */
export function verifiesClaim(sentence: string): boolean {
  return hasDiacritics(sentence) ? VERIFYING_MARKED.test(sentence) : VERIFYING_FOLDED.test(foldDiacritics(sentence.toLowerCase()));
}
// What a claim looks like, when only a check (not a pointer) takes the sentence before in: something heard or said, or a
// figure. "Tôi sống ở quận Cầu Giấy. Chữ ký số có thật là miễn phí không?" checks what the articles say, not the story.
const SAYING = /(?<![\p{L}])(?:bảo|nói|kể|đọc|đồn|cho rằng|khẳng định|thông báo|đưa tin|viết|bao|noi|doc|don)(?![\p{L}])|\p{N}/iu;
export const isClaim = (sentence: string): boolean => HEARSAY.test(sentence) || SAYING.test(sentence);
