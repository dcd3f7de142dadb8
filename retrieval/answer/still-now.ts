import { foldDiacritics } from '../text/normalize.js';

// Whether someone still holds an office, or who holds it now: "…bây giờ còn làm Giám đốc Sở không?", "…hay đã chuyển
// công tác?", "ai đang thay?" (folded text). The post is named after "còn làm": "ông … còn làm gì nữa" asks what else he
// does. A news article tells who held an office when it was written, never whether they hold it today.
const OFFICES = 'giam doc|chu tich|bi thu|chanh van phong|truong phong|truong ban|bo truong|thu truong|thu tuong';
const POST = `(?:pho )?(?:${OFFICES}|lanh dao|chuc|o so|viec o|cong tac o)`;
const STILL = new RegExp(String.raw`\bcon (?:(?:lam|giu|dam nhiem|la|dung dau) ${POST}|duong chuc|tai vi|cong tac)\b|\bai (?:dang |hien dang |bay gio )?(?:thay|ke nhiem)\b|\bda (?:chuyen cong tac|chuyen di|nghi huu|ve huu|thoi chuc|nghi viec)\b`);
// …of an office, or of someone by name: "đã chuyển sang bản trên máy chưa" (the school records) asks nothing of anyone,
// and "bà con hỏi tôi thành phố còn làm mô hình gì nữa không" names no one.
const OFFICE = new RegExp(`\\b(${OFFICES})\\b`);
const NAMED = /(?<!\p{L})(?:[ôÔ]ng|[bB]à) \p{Lu}/u;
// The resident speaking of themselves right before: "tôi đã nghỉ hưu", "mẹ tôi đã về hưu".
const SELF = /\b(?:toi|minh|em|tui|chau|bo toi|me toi|ong toi|ba toi)\s*$/;

// Whether something is still in use: "Sổ sức khỏe điện tử bây giờ còn dùng được không?" (folded), or still allowed
// ("đóng tiền điện bằng tiền mặt có còn được không"). With marks typed, only "còn" (still), not "bà con dùng…" (people
// use).
// Or still open to a resident today: "App … giờ còn vào tra cứu được không?" (with a word of now: "Hồ sơ nộp rồi thì còn
// tra cứu được không?" asks what one may do after, not whether it still holds).
const IN_USE = /\bcon (dung|su dung|hoat dong|ap dung|hieu luc|duy tri)( duoc)?( nua)? (khong|ko|k)\b|\bco con duoc( nua)? (khong|ko|k)\b|\b(?:gio|bay gio|hien nay|hien gio|den nay|nay) con (?:vao )?(tra cuu|truy cap|dang nhap|vao)( duoc)?( nua)? (khong|ko|k)\b/g;

// Whether a figure the resident cites still holds ("…bao nhiêu dịch vụ công trực tuyến rồi, vẫn là 1.232 à?"), folded:
// the article gives it as it stood when written.
const STILL_FIGURE = /\bvan (?:la|con|chi|o muc|dung o|giu) (?:khoang |muc |o )?\d[\d.,]*(?: ?%| [a-z]+)?(?: (?:a|ha|ak|ah|nhi|sao|khong|ko|chu|thoi))*\s*[?!.]*\s*$/;

// When an event comes next ("Phiên đối thoại lần tiếp theo khi nào diễn ra?"): the articles report the ones held, never
// the next. An event is named (a dialogue, a meeting, a conference), and what follows is not the resident's own next
// time ("lần tới tôi đi làm thủ tục…", "lần tiếp theo nộp lại…"). Read with marks when typed: folded, "lần tới" is also
// "lần tôi" (the time I…).
const NEXT = /(?<!\p{L})(?:lần|đợt|kỳ|buổi|phiên) (?:tiếp theo|tới|kế tiếp|sau)(?!\p{L})(?! (?:tôi|em|mình|tui|nộp|làm)(?!\p{L}))/u;
const NEXT_FOLDED = /\b(?:lan|dot|ky|buoi|phien) (?:tiep theo|ke tiep)\b(?! (?:toi|em|minh|tui|nop|lam)\b)/;
const EVENT = /\b(doi thoai|hoi nghi|hoi thao|ky hop|phien hop|cuoc hop|buoi hop|su kien|hoi cho|trien lam)\b/;
const WHEN_HELD = /\b(khi nao|bao gio|luc nao|ngay nao|hom nao|thang nao|dien ra)\b/;

/**
 * Whether the asking part asks if something still holds today: a person's office, or who holds it now; a system or an
 * app still in use; a figure the resident cites. A news article tells how things stood when it was written, never
 * whether they still do.
 */
export function asksStillNow(asked: string): boolean {
  const typed = asked.toLowerCase().normalize('NFC');
  const text = foldDiacritics(typed);
  const marked = typed !== text;
  const still = STILL.exec(text);
  if (still && (OFFICE.test(text) || NAMED.test(asked.normalize('NFC')))) {
    // With marks typed, "ai thấy" (who finds) is not "ai thay" (who replaces).
    const finds = marked && /\bthay\b/.test(still[0]) && !typed.slice(still.index).includes('thay');
    // The resident's own retirement or move ("Tôi đã nghỉ hưu rồi, Giám đốc Sở có…") asks nothing of the office.
    const ownMove = SELF.test(text.slice(0, still.index));
    if (!finds && !ownMove) return true;
  }
  if (STILL_FIGURE.test(text)) return true;
  // Folding keeps every index (NFC, one mark a letter): the typed word is where the folded one is.
  return [...text.matchAll(IN_USE)].some((m) => {
    // Where "con" is in the match (a word of now may come first).
    const at = m.index + m[0].search(/\bcon\b/);
    return marked ? typed.startsWith('còn', at) : !/\b(ba|cac|nhung|cua|cho|voi) $/.test(text.slice(0, at));
  });
}

/** Whether the asking part asks when an event comes next ("…lần tiếp theo khi nào diễn ra?"). */
export function asksNext(asked: string): boolean {
  const typed = asked.toLowerCase().normalize('NFC');
  const text = foldDiacritics(typed);
  return WHEN_HELD.test(text) && EVENT.test(text) && (typed !== text ? NEXT.test(typed) : NEXT_FOLDED.test(text));
}
