import { foldDiacritics, hasDiacritics } from './normalize.js';
import { HEARSAY, isClaim, verifiesClaim } from './claims.js';
import { isCourtesy, withoutCourtesy } from './courtesy.js';

/** One sentence of a resident's message, and whether it is the part that asks. */
export interface MessageSentence {
  readonly text: string;
  readonly asking: boolean;
  /**
   * Taken into the question because an asking sentence points back to it ("…Kế hoạch 310. Kế hoạch này đã thành công
   * chưa?"): it names what is asked about, but what is asked, and of which place or year, is the asking sentence's.
   */
  readonly referred?: true;
  /**
   * Referred for what it says of someone the question names again ("mẹ tôi"): its words count, but a place or year in
   * it is the resident's story ("Bố tôi sống ở quận Cầu Giấy…"), not a particular of the question.
   */
  readonly subjectOnly?: true;
}

/**
 * Residents often tell their situation first and ask last ("Tôi 60 tuổi, con đi làm xa… Vậy làm lý lịch tư pháp trên
 * VNeID thế nào?"). The asking sentence says what they want; the rest is context: kept, but weighed down.
 */
export const CONTEXT_WEIGHT = 0.35;

// Sentence ends in a chat message: ! ? … ; or a dot with a space after it (not "TP. Hà Nội", not "3."), a newline.
// Only a single capital ("Q. Ba Đình", an initial), a title or kind of place that opens a name (TP, TX, TT, GS, TS, BS,
// KS, BV, ĐH, CĐ, CA, CT, SN, KP) or two capitals before a number ("SN. 25") are read as an abbreviation's dot: a place
// typed short ends sentences ("…thuyết trình về HP. Thành ủy HP có…", "…quét mã QR. Tôi…").
// A number closing a sentence ("…học sinh lớp 9. Năm 2022…", "…vào năm 2025. Có đúng không?", "…chợ 4.0. Ở Hà Nội…")
// ends it when a capital follows, and so does a date ("…trước ngày 01/10. Thành ủy…"); a list's "1. " does not. A
// date or a number of two digits or more closing a sentence ends it before an unmarked question in lower case too
// ("…trước ngày 01/10. lam lltp mat bao lau").
// A sentence typed without its full stop ends where the next opens on "Tôi", "Em", "Mình" in capitals after a word in
// lower case ("…lien thong may cap Tôi hỏi giùm bố tôi."): the resident speaking of themself; so does one that opens on
// a plea, thanks, a wish to whoever reads ("…co app gi Chúc các anh chị…", not "lễ Chúc thọ") or where to reply ("…co
// app gi Mong được giải đáp để tôi còn hướng dẫn lại.", "…mấy ngày Có gì nhắn qua Zalo giúp tôi"). Not after a word
// that takes the pronoun as its object, which residents capitalise to be polite ("đăng ký cho Cháu thế nào?").
const BREAK = /(?<=[!?…;]|(?<!(?:^|[\s(])(?:[A-ZĐ]|TP|TX|TT|GS|TS|BS|KS|BV|ĐH|CĐ|CA|CT|SN|KP)|\d)(?<!(?:^|[\s(])[A-ZĐ]{2}(?=\.\s+\d))\.)\s+|(?<=\p{L}\s\d{1,4}(?:[.,]\d{1,3}|\/\d{1,4})*\.)\s+(?=\p{Lu})|(?<=\p{L}\s\d[\d/.,]*\d\.)\s+(?=\p{Ll})|(?<=\p{Ll})(?<!(?<!\p{L})(?:cho|giúp|giùm|dùm|hộ|với|của|và|là|về|như|bởi|hỏi|tới|đến|gửi|bảo|nhờ|mời|thì|mà|cả|vs|cua|giup|gium|dum|ho|voi|va|la|ve|nhu|boi|hoi|toi|den|gui|bao|nho|moi|thi|ma|ca))\s+(?=(?:Tôi|Em|Mình|Tui|Tớ|Cháu|Anh chị|Mong|Rất mong|Kính mong|Xin|Làm ơn|Nhờ|Trả lời|Cảm ơn|Cám ơn|Chúc (?:các|cả|mọi|ad|admin|anh|chị|bạn|em|cô|chú|bác|quý)|Hỏi vậy|Hỏi thế|Trân trọng)[\s.!]|$)|\n+/u;

// "có … không" and "đã … chưa" ask when they close a clause ("có làm tại nhà không?", "đã có chưa ạ, …"); inside one
// they are a statement ("cô giáo bảo phụ huynh không cần giữ…").
const CLAUSE_END = '(?:\\s+(?:a|ad|nhi|vay|v|z|ha|the|nhe|ban|anh|chi|em|nua|mn|ak))*\\s*(?:[,;:.!?…]|$)';

// Asking forms, on folded lower-case text. "mấy" is checked apart: folded it is also máy (machine), may (luck).
const ASKING = new RegExp(
  [
    '\\?', 'bao nhieu', 'bao lau', 'bao gio', 'khi nao', 'luc nao', 'o dau', 'tai dau', 'cho nao', 'noi nao', 'the nao',
    'lam sao', 'cach nao', 'la gi', 'cai gi', 'nhung gi', 'dieu gi', 'viec gi', 'gi (a|vay|nhi|the)', 'la ai', 'ai la',
    'tai sao', 'vi sao', 'co phai', 'duoc khong', 'hay khong', 'hay chua', `co .{1,60} khong${CLAUSE_END}`,
    `da .{1,60} chua${CLAUSE_END}`,
    'khong( a| nhi| vay| ha| the)?$', 'chua( a| nhi| vay| ha)?$', 'thu may', 'nhu nao',
    // "…đánh giá … ra sao", "Ai nói…", "ngành nào trước": asking without a question mark, as unmarked questions often
    // are ("ai cũng" is everyone; "ai biết", "ai giúp", "ai trả lời giúp" appeal to whoever reads).
    'ra sao', '^ai(?! (cung|biet|co the|giup|chi giup|tra loi|ranh)\\b)', 'nao truoc',
    // "nguyên nhân chính là do đâu", "vì đâu mà chậm": asking why.
    `(do|vi) dau${CLAUSE_END}`, '(do|vi) dau ma',
    // "những trụ nào vậy, …", "tỉnh nào ạ": which one, closing a clause ("ngày nào cũng" was masked before); "cần đáp
    // ứng những yêu cầu gì", "thành phố sẽ làm gì": what, closing one ("không biết gì" was masked before).
    `nao${CLAUSE_END}`, `gi${CLAUSE_END}`,
    // Chat spellings: "làm j", "ntn", a closing "ko", "k", "hông" (không).
    `j${CLAUSE_END}`, 'ntn', 'lam j', `(ko|k|hok)${CLAUSE_END.replace('(?:[,;:.!?…]|$)', '$')}`,
  // Whole words on both sides: "la gi" (là gì) must not be read in "là giáo viên", nor "o dau" in "ở đầu ngõ".
  ].map((p) => (p === '\\?' ? p : `\\b(?:${p})(?![a-z0-9])`)).join('|'),
);

// Saying that one asks, rather than asking: "cho mình hỏi…", "tôi muốn biết…". Such a sentence asks when it is all
// there is; beside a sentence with a question mark it may be the story's ("…nên muốn biết để làm online cho tiện.").
const SAYS_ASKING = /\b(xin hoi|cho (minh|em|toi|chau|con|anh|chi|tui|tao) hoi|muon hoi|hoi (ve|la|chut)|muon biet|can biet)\b/;
// A request is one too ("nhờ bot phân xử giúp", "đề nghị cung cấp số hiệu…", "tra giúp mình…", "Cho mình biết…"), read
// with its marks when it has them: unmarked, "tra hồ sơ" is "tra ho" and "nhớ tra" is "nho tra". "cho … biết" asks at
// the start of a clause ("Tôi cho con biết rồi" tells).
const REQUEST_MARKED = /(?<![\p{L}])(?:phân xử|đề nghị (?:cung cấp|cho biết)|(?:tra|giải thích|tìm) (?:giúp|dùm|hộ (?:mình|tôi|em|cháu|với))|nhờ (?:bạn|bot|ad|admin|anh|chị|em) (?:tra|giải thích|phân xử|cho biết|tìm))(?![\p{L}])|(?:^|[,:;]\s*)(?:(?:xin|làm ơn|vui lòng|bạn|ad|bot)\s+)?cho (?:mình|em|tôi|cháu|tui) biết(?![\p{L}])/iu;
const REQUEST_FOLDED = /\b(?:phan xu|de nghi (?:cung cap|cho biet)|(?:tra|giai thich|tim) (?:giup|dum)|nho (?:ban|bot|ad|admin) (?:tra|giai thich|phan xu|cho biet|tim))\b|(?:^|[,:;]\s*)(?:(?:xin|lam on|vui long|ban|ad|bot)\s+)?cho (?:minh|em|toi|chau|tui) biet\b/;
const requests = (lower: string): boolean => (hasDiacritics(lower) ? REQUEST_MARKED.test(lower) : REQUEST_FOLDED.test(foldDiacritics(lower)));

// Saying what one asks about: "hỏi về lý lịch tư pháp", "muốn biết chuyện chữ ký số".
const TOPIC_ASKED = /(?<!\p{L})(?:hỏi|hoi|biết|biet)\s+(?:về|ve|chuyện|chuyen|vụ|vu|việc|viec|thủ tục|thu tuc|cách|cach)(?!\p{L})/iu;

// "mấy năm nay", "mấy hôm trước", "mấy lần rồi": the past few years, days, times. A story's "mấy" before a span of time
// and "nay", "qua", "trước", "rồi", "gần đây" counts nothing and asks nothing.
// "mấy cái này", "mấy việc đó" (these things): a plural before a pointer, no question.
const THESE = /(?<![\p{L}])(?:mấy|may)(?: \p{L}+){1,2} (?:này|đó|ấy|kia|nay|do|ay)(?![\p{L}])/giu;
// So does one after "qua" or "suốt" (through, all along) opening a clause of its own with what the span was of: "Qua
// mấy năm dịch, bọn trẻ có quen học qua máy không?" ("Qua mấy ngày có kết quả?" asks how long).
export const FEW_TIMES = /(?<![\p{L}])(?:(?:qua|suốt|suot) (?:mấy|may) (?:năm|tháng|tuần|hôm|bữa|ngày|đợt|nam|thang|tuan|hom|bua|ngay|dot)(?= \p{L}+(?: \p{L}+)?,)|(?:mấy|may) (?:năm|tháng|tuần|hôm|bữa|ngày|lần|đợt|nam|thang|tuan|hom|bua|ngay|lan|dot) (?:nay|qua|trước|rồi|gần đây|vừa rồi|truoc|roi|gan day|vua roi))(?![\p{L}])/giu;

// "cái gì cũng số hóa", "ai cũng biết", "đâu cũng có": a question word before "cũng" means every thing, one, place;
// so with who does it between ("việc gì tôi cũng phải làm thay mẹ"), or what about ("làm cái gì về mạng mẽ cũng chậm"),
// but not a purpose or a condition ("làm gì để ai cũng dùng được" asks).
const ANY_AT_ALL = /(?<![\p{L}])(cái gì|gì|ai|đâu|nào|bao giờ|cai gi|gi|dau|nao|bao gio)(?: (?:tôi|em|mình|tui|nó|họ|người ta|ta|toi|minh|no|ho)| (?:về|ve)(?: (?!(?:để|de|thì|thi|mà|ma)(?![\p{L}]))\p{L}+){1,2})? cũng(?![\p{L}])/giu;

// "chưa bao giờ", "không bao giờ" (never) and "bao giờ cũng" (always) say when, they do not ask it; so does "chưa làm bao
// giờ" (never done it) closing a clause.
export const NEVER_ALWAYS = /(?<![\p{L}])((chưa|không|chẳng|chua|khong|chang|ko)(?: \p{L}+){0,2} bao (giờ|gio)(?=\s*(?:[,.;!…]|$))|(chưa|không|chẳng|chua|khong|chang|ko) bao (giờ|gio)|bao (giờ|gio) (cũng|cung))(?![\p{L}])/giu;

// "chẳng có đồng nào", "không có đồng phụ cấp nào", "tôi không rành gì": none at all, not which one, nothing, not what.
// Not across "thì", "mà", "để": "Chưa có VNeID thì làm gì" asks what to do then.
// "chữ nghĩa không được bao nhiêu" (not much) asks no figure.
// So does "chưa được hưởng bao nhiêu." (not yet much), a verb between, ending its clause without a question mark; not
// "không biết … bao nhiêu", which asks politely.
const NOT_MUCH = /(?<![\p{L}])((?:không|chẳng|chả|ko|khong|chang|cha)\s+(?:được|có|còn|duoc|co|con)\s+|(?:không|chẳng|chả|chưa|ko|khong|chang|cha|chua)\s+(?:(?:được|có|còn|duoc|co|con)\s+)?(?!(?:biết|biet|rõ|ro|hỏi|hoi)(?![\p{L}]))\p{L}+\s+(?=(?:bao nhiêu|bao nhieu)\s*(?:[,;.!…]|$)))(?:bao nhiêu|bao nhieu)(?![\p{L}])/giu;
// Now one way, now the other: "mạng lúc được lúc không", "chỗ có chỗ không" tells, asks nothing.
const NOW_AND_THEN = /(?<![\p{L}])(lúc|khi|chỗ|hôm|nơi|bữa|luc|cho|hom|noi|bua) (\p{L}+) \1 (?:không|chưa|khong|chua|ko)(?![\p{L}])/giu;
const NONE_AT_ALL = /(?<![\p{L}])((?:không|chẳng|chả|chưa|ko|khong|chang|cha|chua)(?:\s+(?!(?:thì|thi|mà|ma|để|de)(?![\p{L}]))\p{L}+){0,4}\s+)(?:nào|nao|gì|gi)(?![\p{L}])/giu;

// Someone else's question, told: "Con tôi cứ hỏi bao giờ nhà mình có 5G.", "Mẹ tôi thắc mắc làm sao để cài app.", "Cả
// xóm bàn tán chuyện này để làm gì." Asked with marks, only "hỏi" (folded, it is also hội: an association).
// So is what the resident wonders about themself in their story, after a comma ("Tôi đang lo quá, không biết mình có
// làm sai gì không."): beside a question of its own after it, the story's. An opening "Không biết …" asks politely.
const TOLD_ASKING_MARKED = /(?<!\p{L})(hỏi|thắc mắc|bàn tán|bàn luận|tranh luận|(?<=,\s*)(?:không|chẳng|chả|ko) biết (?:mình|tôi|em|tui|con|cháu))(?!\p{L})/u;
const TOLD_ASKING_FOLDED = /\b(hoi|thac mac|ban tan|ban luan|tranh luan|(?<=,\s*)(?:khong|chang|ko) biet (?:minh|toi|em|tui|con|chau))\b/;

/**
 * How one sentence asks: with a question mark or an asking form, with a form only inside someone else's question it
 * tells ('told'), only by saying it asks or with "mấy", or not at all.
 */
function askingCue(sentence: string): 'form' | 'told' | 'says' | 'may' | undefined {
  const lower = withoutAi(sentence).toLowerCase().trim().replace(FEW_TIMES, '~').replace(THESE, '~').replace(ANY_AT_ALL, '~').replace(NEVER_ALWAYS, '~')
    .replace(NONE_AT_ALL, '$1~').replace(NOT_MUCH, '$1~').replace(NOW_AND_THEN, '~');
  // With marks typed, "đền chùa" (pagoda) does not end in "chưa" (yet): words that fold to an asking particle but
  // are not it are masked before folding.
  // Likewise "bảo giờ" ("con tôi bảo giờ người ta…": says that now) is not "bao giờ" (when), and "ở đầu ngõ" (at the
  // lane's end) is not "ở đâu" (where).
  // "về tay không" (empty-handed) ends on "không" and asks nothing; "bấm thử mấy lần" (tried a few times) is not "thứ
  // mấy" (which rank). "bại não" (the brain) does not end in "nào" (which).
  const marked = hasDiacritics(lower) ? lower.replace(/(?<!\p{L})(chùa|chúa|chua|chủa|khống|bảo|báo|bão|bạo|bào|đầu|dầu|đấu|đậu|dấu|thử|não|náo|về tay không)(?!\p{L})/gu, '~') : lower;
  const folded = foldDiacritics(marked).replace(/[.!…]+$/, '');
  const form = folded.search(ASKING);
  if (form >= 0) {
    if (folded.includes('?') || SAYS_ASKING.test(folded) || requests(lower)) return 'form';
    const at = hasDiacritics(lower) ? marked.search(TOLD_ASKING_MARKED) : folded.search(TOLD_ASKING_FOLDED);
    const told = at >= 0 ? foldDiacritics(marked.slice(0, at)).length : -1;
    return told >= 0 && told < form ? 'told' : 'form';
  }
  if (SAYS_ASKING.test(folded) || requests(lower)) return 'says';
  return (hasDiacritics(lower) ? /(^|\s)mấy(\s|$)/.test(lower) : /\bmay\b/.test(folded)) ? 'may' : undefined;
}

/** "AI" in capitals is the technology, which lower case would read as "ai" (who): "chính sách gì cho AI?". */
export function withoutAi(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])AI(?![\p{L}\p{N}])/gu, 'trí tuệ nhân tạo');
}

/** Whether one sentence asks something (a question mark, or a Vietnamese asking form). */
export function isAsking(sentence: string): boolean {
  return askingCue(sentence) !== undefined;
}

/** Whether a message is courtesy only: greetings, thanks, leave to ask, appeals for help, in every sentence and clause. */
export function onlyCourtesy(text: string): boolean {
  const parts = text.split(BREAK).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
  return parts.length > 0 && parts.every((part) => part.split(/(?<=,)\s*/).every((clause) => isCourtesy(clause.trim())));
}

/** The message without its greetings, thanks and requests (see withoutCourtesy), its sentences joined. */
export function withoutCourtesyText(text: string): string {
  return courtesyFree(text).join(' ');
}

// One answer reads its message several times (its marks, its separate questions, its asking part), and the courtesy
// grammar is the dearest part: the sentences without courtesy are worked out once per text (bounded, as the other
// per-text memos are).
const courtesyFreeMemo = new Map<string, readonly string[]>();
function courtesyFree(text: string): readonly string[] {
  let parts = courtesyFreeMemo.get(text);
  if (!parts) {
    if (courtesyFreeMemo.size >= 1_000) courtesyFreeMemo.clear();
    parts = withoutCourtesy(sentencesOf(text));
    courtesyFreeMemo.set(text, parts);
  }
  return parts;
}

// What introduces a question before a colon: leave to ask ("…nên hỏi thẳng ở đây:"), a form's label ("Nội dung:").
// So does whom it is sent to, opening the message ("Gửi admin trang Hà Nội Số:", "Kính thưa quý cơ quan:"), whose names
// are no place or office asked about.
const INTRODUCES = /(?<!\p{L})(?:hỏi|hoi|nội dung|noi dung|q|tiêu đề|tieu de|thắc mắc|thac mac|fw|fwd)(?!\p{L})|^\s*(?:kính\s+|kinh\s+)?(?:gửi|gui|thưa|thua)\s+(?:các\s+|cac\s+)?(?:admin|ad|ban|bạn|quý|quy|trang|page|fanpage|cơ quan|co quan|anh|chị|chi|cán bộ|can bo|bộ phận|bo phan|ủy ban|uỷ ban|uy ban|ubnd|tổ|to|em|cô|co|chú|chu|bác|bac|ông|ong|bà|ba|lãnh đạo|lanh dao|đồng chí|dong chi)(?!\p{L})/iu;

/** The message's sentences, split at their breaks and at a colon that introduces the question (atColon). */
function sentencesOf(text: string): string[] {
  // Emoji opening a sentence ("🙏🙏 Cho em hỏi ạ: …") say how the resident feels, nothing of what is asked.
  return withoutSignature(withoutMentions(withoutStretch(text))).split(BREAK).flatMap(afterUnmarkedStory).flatMap(afterUnmarkedQuestion).flatMap(atColon).map((s) => s.trim().replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u, ''))
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

// A name signing a letter on its last line ("…cảm ơn.\nNguyễn Văn Hùng, tổ 5"): a family name and one to three more
// capitalised words, or any two to four with where the sender lives after a comma or dash. Not a province alone ("Hải
// Phòng" on a line of its own adds the place asked about).
const FAMILY_NAMES = 'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Đoàn|Trịnh|Trương|Đinh|Lưu|Mai|Cao|Tạ|Nguyen|Tran|Le|Pham|Hoang|Huynh|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Ly|Dao|Doan|Trinh|Truong|Dinh|Luu';
// Either case: a signature's address may open its own line ("Xóm 3, xã Nghĩa Hưng").
const bothCases = (words: readonly string[]): string => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).join('|');
const WHERE_SENT = `(?:${bothCases(['tổ', 'to', 'khu phố', 'khu pho', 'kp', 'phường', 'phuong', 'xã', 'xa', 'thôn', 'thon', 'xóm', 'xom', 'ấp', 'ap',
  'số nhà', 'so nha', 'ngõ', 'ngo', 'quận', 'quan', 'huyện', 'huyen'])})\\s+(?=\\d|\\p{Lu})[^\\n?]{0,40}`;
const SIGNED_AS = `(?:(?:${bothCases(['người gửi', 'nguoi gui', 'người hỏi', 'nguoi hoi', 'họ tên', 'ho ten', 'họ và tên', 'ho va ten'])})\\s*:\\s*)?`;
// An address on a line of its own after the name ("Trần Thị Mai\nXóm 3, xã Nghĩa Hưng").
const ADDRESS_LINE = `(?:\\n\\s*${WHERE_SENT})?`;
// How to reach the sender after the name: "- SĐT: 09xx xxx xxx".
const CONTACT = `(?:\\s*[,–-]\\s*(?:${bothCases(['sđt', 'sdt', 'đt', 'dt', 'số điện thoại', 'email', 'zalo'])}|SĐT|ĐT)\\s*:?[^\\n]{0,30})?`;
// The family name comes with a middle name ("Nguyễn Văn Hùng", "Trần Thị Mai"), which no province or district has.
const MIDDLE_NAMES = 'Văn|Thị|Hữu|Đức|Ngọc|Thanh|Quang|Xuân|Kim|Công|Đình|Bá|Trọng|Van|Thi|Huu|Duc|Ngoc|Dinh|Trong';
const SIGNATURE = new RegExp(`\\n[-–—~ \\t]*${SIGNED_AS}(?:${FAMILY_NAMES})\\s+(?:${MIDDLE_NAMES})(?:\\s+\\p{Lu}\\p{Ll}*){1,2}`
  + `(?:\\s*[,–-]\\s*${WHERE_SENT})?${CONTACT}${ADDRESS_LINE}[\\s.]*$`, 'u');
/**
 * Letters held for feeling ("ơiiii", "ạaaa", "điiii") back to one: no Vietnamese word repeats a letter three times, nor
 * follows a marked vowel with its bare letter twice.
 */
// A page or person tagged ("@Phường Dịch Vọng Hậu Làm lý lịch…"): the capitalised run after "@", up to a word in
// lower case, or up to the capitalised word that opens the question (one followed by a word in lower case).
const MENTION = /(?<![\p{L}\d])@\p{Lu}[\p{L}\d]*(?:\s+\p{Lu}[\p{L}\d]*)*/gu;
function withoutMentions(text: string): string {
  return text.replace(MENTION, (run, at: number) => {
    const words = run.split(/\s+/);
    // Before a marked question in lower case, the run's last word opens it ("@Phường Dịch Vọng Hậu Làm lý lịch…").
    const rest = text.slice(at + run.length);
    return words.length > 2 && /^\s+\p{Ll}/u.test(rest) && hasDiacritics(rest) ? words.at(-1)! : '';
  });
}
function withoutStretch(text: string): string {
  // Both patterns need a lower-case letter typed twice in a row, which most messages never have: they are not run there.
  if (!DOUBLED.test(text)) return text;
  return text.replace(/(\p{Ll})(\p{Ll})\2+(?!\p{L})/gu, (all, held: string, bare: string) => (held !== bare && foldDiacritics(held) === bare ? held : all))
    // Vowels only: "cccd", "tttt", "www" are abbreviations, not held letters.
    .replace(/(\p{Ll})\1{2,}/gu, (all, letter: string) => (/[aeiouy]/.test(foldDiacritics(letter)) ? letter : all));
}

const DOUBLED = /(\p{Ll})\1/u;

// A form's fields about the sender ("Họ tên: …", "SĐT: …") and a mail app's line ("Gửi từ iPhone của tôi", "Sent from
// Zalo") say who sent it, nothing of what is asked; where they live ("Địa chỉ: …") stays, as a story's place.
const SENDER_LINE = /^[ \t]*(?:họ tên|họ và tên|ho ten|ho va ten|sđt|sdt)[ \t]*:[^\n?]{0,40}$|\n[ \t]*(?:gửi từ|gui tu|sent from) [^\n?]{0,30}$/gimu;
function withoutSignature(text: string): string {
  return text.replace(SENDER_LINE, '').replace(SIGNATURE, '');
}

// Words residents capitalise inside a question: offices, titles, documents, places ("ai là Giám đốc Sở…", "có bao nhiêu
// Tổ công nghệ số"), so a capital there starts no sentence. By first syllable, lower case.
const TITLE_HEADS = new Set(('thủ đề kế nghị quyết chính sở bộ ủy uỷ tổ cổng chương thành trung nhà đảng giám phó chủ ban văn '
  + 'công tỉnh quận phường xã huyện cục viện trường bệnh ngân hội đoàn mặt liên cơ dịch hệ ứng trợ').split(' '));
// Words that take what follows as their object or complement ("làm giúp Em", "ở Thành phố"): no sentence starts after them.
const TAKES_NEXT = /(?<![\p{L}])(?:cho|giúp|giùm|dùm|hộ|với|của|và|là|về|như|bởi|hỏi|tới|đến|gửi|bảo|nhờ|mời|thì|mà|cả|ở|tại|theo|trên|trong|từ|vs|cua|giup|gium|dum|ho|voi|va|la|ve|nhu|boi|hoi|toi|den|gui|bao|nho|moi|thi|ma|ca|o|tai|tren|trong|tu)$/iu;
// After a word all in lower case ("…huyện Hải Phòng họp…" is a name, not a break at "Phòng").
const MAX_BREAKS_TRIED = 6;
const STORY_MARKED_SHARE = 0.25;
// A sentence opening on the resident ("Em chạy Grab…", "Tôi là giáo viên…"), after when ("Hôm qua tôi ra phường…") or as
// whose kin or home ("Nhà mình…", "Con tôi…"). With marks, or "e" first: unmarked "toi", "minh" are also tối, Minh, and
// "em" after a noun is a child ("Trẻ em…", "Các em học sinh…").
const OPENS_ON_SELF = /^(?:(?:hôm qua|hôm nay|hôm trước|sáng nay|chiều nay|tối qua|năm ngoái|năm nay|tuần trước|tháng trước|dạo này|hiện|hiện nay|bây giờ|giờ|trước đây|lúc trước|mấy hôm nay|nhà|bố|mẹ|ba|má|vợ|chồng|con|ông|bà|hom qua|hom nay|nam ngoai|bay gio|nha),?\s+)?(?:tôi|em|mình|tui|tớ|cháu|e)(?![\p{L}])/iu;
// What cannot be a question without the story: a favour asked ("Nhờ bạn xem giúp…", "Hướng dẫn chi tiết giúp mình"), a
// sentence going on from the last ("Hay chỉ lo cho công ty lớn?"), or a fragment ("Thủ tục", "Rất gấp").
const LEANS_ON_BEFORE = /^(?:nhờ|nho|xin|làm ơn|lam on|giúp|giup|cho|mong|rất mong|kính mong|vui lòng|vui long|hướng dẫn|huong dan|chỉ|tư vấn|tu van|giải đáp|giai dap|hay|hoặc|hoac|còn|con|với|voi|và|va|thế|the|vậy|vay|mà|ma)(?![\p{L}])/iu;
// At most this many words, a sentence between a question and what it points to may be a remark (see namedBack).
const REMARK_WORDS = 8;
// "Hay…", "Hoặc…" opening a question: or.
const ALTERNATIVE = /^(?:hay|hoặc|hoac)(?![\p{L}])/iu;
const QUESTION_WORDS = 4;
const SPEAKS_OF_SELF = /(?<![\p{L}])(?:tôi|em|mình|tui|tớ|cháu|con|toi|minh|chau|e)(?![\p{L}])/iu;
const CAPITAL_THEN_WORD = /(?<=(?<![\p{L}\d])[\p{Ll}\d]+)\s+(?=(\p{Lu}\p{Ll}*)\s+\p{Ll})/gu;
/**
 * A story typed without marks or stop, then a question typed with marks ("hom qua e mat vi roi ca can cuoc lan the atm
 * Kế hoạch 239/KH-UBND ban hành ngày nào?", "em 17 tuoi thang sau la du 18 roi Hải Phòng có bao nhiêu…"): where the
 * marks start with a capital, the question starts, even at an office or title residents capitalise inside a question,
 * and with a capitalised word just before ("HN áp dụng…"). The unmarked part must tell of the resident ("e", "em",
 * "tôi") in four words or more, ask nothing and not lead into what follows ("…o Hà Nội"), and the marked part must ask
 * in four words or more, so that an unmarked name or code opening the question ("kh 310 Hà Nội là gì?") stays in it.
 */
function afterUnmarkedStory(part: string): string[] {
  const words = [...part.matchAll(/[\p{L}\p{N}]+/gu)];
  // The story may hold a few marked words a chat word brought ("trc" read as "trước", "ko" as "không"): the question
  // starts at the first marked word, capitalised or after a capitalised one ("HN áp dụng…"), after at least four words
  // of the story's own letters (abbreviations and numbers, "Q 1 TP HCM", count for neither side) of which at most a
  // quarter are marked.
  let storyWords = 0;
  let markedBefore = 0;
  const marked = words.findIndex((w, i) => {
    const isMarked = hasDiacritics(w[0]);
    const opensAnew = /^\p{Lu}/u.test(w[0]) || (i > 0 && /^\p{Lu}/u.test(words[i - 1]![0]));
    if (isMarked && storyWords >= 4 && opensAnew && markedBefore <= storyWords * STORY_MARKED_SHARE) return true;
    if (/^\p{Ll}/u.test(w[0]) || /^\p{Lu}\p{Ll}*$/u.test(w[0])) {
      storyWords++;
      if (isMarked) markedBefore++;
    }
    return false;
  });
  if (marked < 4) return [part];
  const opens = /^\p{Lu}/u.test(words[marked - 1]![0]) ? marked - 1 : marked;
  // A question starts anew with a capital; marks in lower case may be the unmarked question's own last words, or those
  // a chat word brought ("…o hai phong thi lam ntn", "…mien phi như Hà Nội thì làm ở đâu?").
  if (!/^\p{Lu}/u.test(words[opens]![0]) || words.length - opens < 4) return [part];
  const before = part.slice(0, words[opens]!.index);
  const after = part.slice(words[opens]!.index);
  if (opens < 4 || !SPEAKS_OF_SELF.test(before) || TAKES_NEXT.test(before.trim()) || askingCue(before) !== undefined
    || askingCue(after) !== 'form') return [part];
  return [before.trim(), after];
}

/**
 * An unmarked question typed without its stop, then what the resident adds in a sentence of its own ("ha noi co bao
 * nhieu dich vu cong Tại em đang làm hồ sơ…", "…mất mấy ngày Con tôi ở Đức nhờ hỏi giúp."): a capital after a word in
 * lower case starts the next sentence once the words before it have asked. Not at an office or title residents
 * capitalise inside a question, nor after a word that takes it as its object.
 */
function afterUnmarkedQuestion(part: string): string[] {
  // A few capitals are tried at most: each reads the words before it again.
  let tried = 0;
  for (const m of part.matchAll(CAPITAL_THEN_WORD)) {
    if (++tried > MAX_BREAKS_TRIED) break;
    const before = part.slice(0, m.index);
    const after = part.slice(m.index + m[0].length);
    if (TITLE_HEADS.has(m[1]!.toLowerCase()) || TAKES_NEXT.test(before) || wordCount(after) < 3) continue;
    // The resident's next sentence after an unmarked question; or a question with its mark starting anew after a story
    // typed without its stop ("hom qua e mat vi roi ca can cuoc Làm lý lịch… mất mấy ngày?"): words that tell of the
    // resident ("e", "tôi") and ask nothing. "Ở khu vực lăng Bác có phủ sóng 5G chưa?" is one question.
    const next = !part.includes('?') && SPEAKS_OF_SELF.test(after);
    const anew = SPEAKS_OF_SELF.test(before) && after.includes('?');
    if (!next && !anew) continue;
    const cue = askingCue(before);
    if (!(next && cue === 'form') && !(anew && cue === undefined && askingCue(after) === 'form')) continue;
    return [before, ...afterUnmarkedQuestion(after)];
  }
  return [part];
}

/**
 * "Tôi đã tìm khắp nơi mà không thấy, nên hỏi thẳng ở đây: Hà Nội có bao nhiêu…?", "Nội dung: …", "Câu hỏi của tôi là:
 * …": what comes before a colon, when it asks nothing, introduces the question (asks leave, or is a form's label) and
 * what follows asks, is said around the question, a sentence of its own. A topic before it ("Lý lịch tư pháp qua VNeID:
 * mất bao lâu?") stays in the question.
 */
function atColon(sentence: string): string[] {
  const at = sentence.search(/:\s/);
  if (at < 0) return [sentence];
  const before = sentence.slice(0, at + 1);
  const after = sentence.slice(at + 1);
  const cue = askingCue(before);
  return (cue === undefined || cue === 'says') && INTRODUCES.test(before) && askingCue(after) !== undefined ? [before, after] : [sentence];
}

/** The message's sentences, each marked asking or not; a message of one sentence always asks. */
export function messageSentences(text: string): MessageSentence[] {
  return readMessage(text).sentences;
}

/** The message's sentences, and whether every one was read as asking only because none asks in a way we know. */
export function readMessage(text: string): { sentences: MessageSentence[]; guessed: boolean } {
  let read = readMemo.get(text);
  if (!read) {
    if (readMemo.size >= 1_000) readMemo.clear();
    read = readMessageOnce(text);
    readMemo.set(text, read);
  }
  // A copy of the list, so that no caller changes what the next one reads.
  return { sentences: [...read.sentences], guessed: read.guessed };
}

// Read once per text, like its sentences without courtesy (courtesyFree).
const readMemo = new Map<string, { readonly sentences: readonly MessageSentence[]; readonly guessed: boolean }>();

function readMessageOnce(text: string): { sentences: MessageSentence[]; guessed: boolean } {
  const parts = courtesyFree(text);
  if (parts.length <= 1) return { sentences: parts.map((s) => ({ text: s, asking: true })), guessed: false };
  // A resident who marks a question with "?" closes the others with it too: then a sentence without one, asking only
  // with "mấy", uses it as "a few" ("Con tôi bảo thành phố đang làm mấy mô hình thanh toán…"), and one only saying it
  // asks is the story's ("…nên muốn biết để làm online cho tiện."); a message that then asks nothing else of its own is
  // read whole (see focusTerms).
  // Someone else's question it tells ("Con tôi cứ hỏi bao giờ nhà mình có 5G.") is the story's too, beside the
  // resident's own with its question mark.
  // So does one that asks with a form after it ("…nói mấy chữ chuyển đổi số… Người ta bảo Hà Nội dựa vào mấy cái trụ.
  // Là những trụ nào vậy, …"): a "mấy" before the question is the story's.
  const questionMark = parts.some((s) => s.includes('?'));
  // Leave to ask that introduces the question after it ("Nay tôi có điều băn khoăn muốn hỏi:") asks nothing itself.
  const cues = parts.map((s, i) => {
    const cue = askingCue(s);
    return cue === 'says' && i < parts.length - 1 && /:\s*$/.test(s) ? undefined : cue;
  });
  // The noun phrase a pointer names ("giấy này"), by the referred sentence it points to.
  const narrowed = new Map<number, string>();
  const marked = parts.map((s, i): MessageSentence => {
    const cue = cues[i];
    // Saying one asks ("…nên muốn hỏi trước cho rõ.") before a question is the story's too, unless it says what about
    // ("Tôi muốn hỏi về lý lịch tư pháp. Hà Nội làm thế nào?").
    const formAfter = (cue === 'may' || cue === 'told' || (cue === 'says' && !TOPIC_ASKED.test(s))) && cues.slice(i + 1).includes('form');
    return { text: s, asking: cue === 'form' || (cue !== undefined && !(questionMark && !s.includes('?')) && !formAfter) };
  });
  // A question offering another choice ("…có tính cả chuyện nông thôn mới không. Hay chỉ lo phố xá thôi?") goes on from
  // the one before, which asks with it though typed with a stop.
  for (let i = 1; i < marked.length; i++) {
    if (marked[i]!.asking && ALTERNATIVE.test(marked[i]!.text) && !marked[i - 1]!.asking && cues[i - 1] !== undefined) {
      marked[i - 1] = { ...marked[i - 1]!, asking: true };
    }
  }
  // Nothing asks in a way we know: then no sentence is context, rather than guessing which one is; but for sentences
  // that open on the resident ("Em chạy Grab, cả ngày ngoài đường. TP HN chú trọng phát triển hạ tầng gì trong bưu
  // chính…"), which tell their situation, when another sentence does not.
  if (!marked.some((s) => s.asking)) {
    const told = marked.map((s) => OPENS_ON_SELF.test(s.text));
    // Not when the other is only a request or goes on from what came before, leaning on the story for its subject
    // ("…cần trích nghị quyết 18 mà không nhớ ngày ra. Nhờ bạn xem giúp ngày ban hành với ạ.", "…hay chỉ lo cho công ty lớn?"),
    // or names nothing ("Tôi là nhà báo, cần dẫn ngày … ký Kế hoạch 239 … Anh chị cho xin thông tin với.").
    const some = told.includes(true) && marked.some((s, i) => !told[i] && !LEANS_ON_BEFORE.test(s.text) && wordCount(s.text) >= QUESTION_WORDS
      && !pointsBack(s.text));
    return { sentences: marked.map((s, i) => ({ text: s.text, asking: !(some && told[i]) })), guessed: true };
  }
  // A question that points back ("Đó là nghị quyết số mấy?", "Vậy đến đâu để đăng ký?") asks about what the sentence
  // before it names: that sentence is part of the question, not the story.
  // From the last sentence back, so a sentence taken in that itself points back ("Ông ấy quên…") takes its own.
  for (let i = marked.length - 1; i > 0; i--) {
    if (!marked[i]!.asking || marked[i - 1]!.asking) continue;
    const verifies = verifiesClaim(marked[i]!.text);
    if ((pointsBack(marked[i]!.text) || (verifies && isClaim(marked[i - 1]!.text)))
      && !(pointsToTimeOnly(marked[i]!.text) && !NAMES_TIME.test(marked[i - 1]!.text))) {
      // "buổi đó" names what it points to: the story's sentence that has a "buổi", nearest first, which need not be the
      // one just before ("…có buổi đối thoại… Về nhà tìm lại thì không thấy. Buổi đó diễn ra hôm nào?").
      const named = namedBack(marked, i);
      marked[named] = { ...marked[named]!, asking: true, referred: true };
      // The resident's doubt before what asks ("Em thấy hơi sai sai, báo nói bao nhiêu ạ?") asks nothing: its words are no
      // part of the question.
      const asking = withoutOwnDoubt(marked[i]!.text);
      if (asking !== marked[i]!.text) marked[i] = { ...marked[i]!, text: asking };
      const pointed = pointedNoun(marked[i]!.text);
      if (pointed) narrowed.set(named, pointed);
      // A short reaction between ("…tự chuyển cho nhau. Tôi không tin lắm. Báo có nói … chuyện này chưa?") names
      // nothing: what is pointed back to is before it.
      // So does the resident's own remark on a claim they heard ("Người ta bảo cáp quang phủ 93%. Tôi thấy quanh nhà còn
      // nhiều nhà chưa có. Con số đó có đúng không?"): the claim is what is asked about.
      if (i > 1 && !marked[i - 2]!.asking && (isReaction(marked[i - 1]!.text) || (verifies && HEARSAY.test(marked[i - 2]!.text) && !HEARSAY.test(marked[i - 1]!.text)))) {
        marked[i - 2] = { ...marked[i - 2]!, asking: true, referred: true };
      }
    }
  }
  takeInNamedAgain(marked, KIN, (kin) => new RegExp(`(?<![\\p{L}])${kin[1]}\\s+${kin[2]}(?![\\p{L}])`, 'iu'), true);
  takeInNamedAgain(marked, OWN_PLACE, () => LIVES_AT, false);
  return { sentences: marked.flatMap((s, i) => (!s.referred ? [s] : narrowed.has(i) ? narrowToClause(s, narrowed.get(i)!) : splitHearsay(s))),
    guessed: false };
}

// Words that say nothing of what a sentence is about: who speaks, to whom, and how one asks.
const FUNCTION_WORDS = new Set(['tôi', 'em', 'mình', 'tui', 'cháu', 'con', 'bạn', 'ad', 'anh', 'chị', 'bác', 'cô', 'chú', 'ông', 'bà',
  'là', 'có', 'không', 'được', 'cho', 'biết', 'hỏi', 'xin', 'nhờ', 'ạ', 'nhé', 'vậy', 'thì', 'mà', 'và', 'với', 'của', 'những',
  'các', 'mấy', 'gì', 'nào', 'ai', 'đâu', 'sao', 'bao', 'nhiêu', 'đó', 'này', 'ấy', 'đấy', 'nó', 'họ', 'đã', 'sẽ', 'đang', 'rồi',
  'cũng', 'thế', 'như', 'lắm', 'quá', 'rất', 'hết', 'ở', 'tại', 'trong', 'để', 'vì', 'nên', 'thấy', 'nói', 'bảo', 'nghe']);
const contentWords = (sentence: string): Set<string> =>
  new Set((sentence.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w)));

/** Whether two sentences share a word beyond those that say nothing of what they are about (FUNCTION_WORDS). */
function sharesWords(a: string, b: string): boolean {
  const words = contentWords(b);
  return [...contentWords(a)].some((w) => words.has(w));
}

/** The noun of the last pointer that names one ("giấy này" → giấy), lower case. */
function pointedNoun(sentence: string): string | undefined {
  return [...sentence.matchAll(POINTED_NOUN)].map((m) => m[1]!.toLowerCase()).filter((w) => !GENERIC_POINTED.has(w)).at(-1);
}

/**
 * "Con trai tôi sắp đi làm ở Nhật, công ty bắt nộp giấy chứng nhận không tiền án tiền sự. … Ở Hà Nội mỗi ngày bao
 * nhiêu người xin giấy này?": the pointer names its noun, so what it points to is the clause that holds that noun
 * ("công ty bắt nộp giấy chứng nhận không tiền án tiền sự"); the sentence's other clauses are the story around it. The
 * whole sentence stays referred when its noun is not there or its first clause holds it.
 */
function narrowToClause(sentence: MessageSentence, noun: string): MessageSentence[] {
  const words = [...sentence.text.matchAll(/\p{L}+/gu)];
  // The nearest before the pointer: the last in the sentence ("…nộp giấy khám sức khỏe, giờ bắt nộp thêm giấy không tiền án").
  let at = words.length - 1;
  while (at >= 0 && words[at]![0].toLowerCase() !== noun) at--;
  if (at < 0) return splitHearsay(sentence);
  // The clause that holds the noun: what it says of the thing ("Thường vụ Thành ủy có nghị quyết riêng…") names it.
  const before = sentence.text.slice(0, words[at]!.index!);
  const start = Math.max(...[...before.matchAll(/[,;!?…]/gu)].map((m) => m.index! + 1), 0);
  const rest = sentence.text.slice(words[at]!.index! + noun.length);
  const end = words[at]!.index! + noun.length + (/[,;!?…]|\.\s*$/u.exec(rest)?.index ?? rest.length);
  if (start === 0) return splitHearsay(sentence);
  const story = (text: string): MessageSentence[] => (/[\p{L}\p{N}]/u.test(text) ? [{ text: text.trim(), asking: false }] : []);
  return [...story(sentence.text.slice(0, start)), { ...sentence, text: sentence.text.slice(start, end).trim() }, ...story(sentence.text.slice(end).replace(/^[,;.!?…]+/u, ''))];
}

// What someone said, pointed to ("câu đó", "lời đó", "tin này"): see namedBack.
const SAYING_NOUNS = new Set(['câu', 'lời', 'ý', 'tin', 'cau', 'loi', 'y']);
// Pointers whose word says nothing of which thing ("chuyện này", "việc đó", "cái đó", "con số đó"), times (see
// TIME_POINTER), and the words before a pointer that are not its noun ("sau đó", "ở đó", "trong đó").
const GENERIC_POINTED = new Set(['chuyện', 'việc', 'điều', 'cái', 'vụ', 'thứ', 'đề', 'vậy', 'thế', 'như', 'khi', 'lúc', 'hồi',
  'năm', 'hôm', 'thời', 'dạo', 'bữa', 'ngày', 'tháng', 'điểm', 'gian', 'là', 'có', 'ông', 'bà', 'anh', 'chị', 'nơi', 'chỗ',
  'số', 'con', 'người', 'sau', 'trước', 'từ', 'đến', 'tới', 'gì', 'nào', 'ai', 'đâu', 'ở', 'tại', 'trong', 'của', 'cho',
  'với', 'và', 'vì', 'do', 'qua', 'trên', 'dưới', 'mà', 'thì', 'nên', 'theo', 'bên', 'phía']);
const POINTED_NOUN = /(?<![\p{L}])(\p{L}+)\s+(?:đó|đấy|ấy|này)(?![\p{L}])/giu;

/**
 * Which story sentence an asking one points back to: the one before, unless its pointer's noun ("buổi đó", the last
 * pointer in the sentence that names one) is not in it but is in the one before that, a single sentence back ("…có buổi đối thoại…
 * Về nhà tìm lại thì không thấy. Buổi đó diễn ra hôm nào?").
 * Without such a noun, a short remark of the resident's on themselves between is passed over the same way (see below).
 */
function namedBack(marked: readonly MessageSentence[], i: number): number {
  const noun = [...marked[i]!.text.matchAll(POINTED_NOUN)].map((m) => m[1]!.toLowerCase()).filter((w) => !GENERIC_POINTED.has(w)).at(-1);
  if (i < 2 || marked[i - 2]!.asking) return i - 1;
  if (noun) {
    // Letters only (\p{L}+): nothing in the word needs escaping.
    const holds = new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])`, 'iu');
    if (holds.test(marked[i - 1]!.text)) return i - 1;
    // A saying pointed to ("Ai nói câu đó?") is the one heard, though the resident's remark on it comes between ("…thấy
    // ai đó bảo phải lấy dân làm trung tâm. Mình thấy hay nên muốn biết nguồn.").
    if (SAYING_NOUNS.has(noun) && !HEARSAY.test(marked[i - 1]!.text) && HEARSAY.test(marked[i - 2]!.text)) return i - 2;
    if (holds.test(marked[i - 2]!.text)) return i - 2;
  }
  // No noun to go by, or one neither sentence holds ("cho biết đó là…" reads "biết"): a short remark of the resident's on
  // themselves between, sharing no word with the question ("…sẽ dồn sức vào mấy việc chính. Mắt tôi kém, đọc không hết
  // được. Cho biết đó là mấy việc?"), is not what it points to when the sentence before shares some.
  const remark = (s: string): boolean => wordCount(s) <= REMARK_WORDS && SPEAKS_OF_SELF.test(s) && !sharesWords(marked[i]!.text, s);
  return remark(marked[i - 1]!.text) && sharesWords(marked[i]!.text, marked[i - 2]!.text) ? i - 2 : i - 1;
}

/**
 * A question naming what the story introduced takes in the story's sentence that introduced it, from the last asking
 * sentence back:
 * - someone of the resident's by the same words ("Mẹ tôi ở trong tổ công nghệ số của phường… Sở có tính gì cho những
 *   người như mẹ tôi không?"): what the story says of them is what it asks about, its place is not (subjectOnly);
 * - the resident's own place ("Mình ở TP.HCM. Thành phố mình có cấp chữ ký số miễn phí không?"): the place the story
 *   says they live in is the place asked about.
 */
function takeInNamedAgain(marked: MessageSentence[], asks: RegExp, introduced: (m: RegExpExecArray) => RegExp, subjectOnly: boolean): void {
  for (let i = marked.length - 1; i > 0; i--) {
    const m = marked[i]!.asking && !marked[i]!.referred ? asks.exec(marked[i]!.text) : null;
    if (!m) continue;
    const story = introduced(m);
    const j = marked.findIndex((s, k) => k < i && !s.asking && story.test(s.text));
    if (j >= 0) marked[j] = { ...marked[j]!, asking: true, referred: true, ...(subjectOnly ? { subjectOnly } : {}) };
  }
}

// The resident's own place: "thành phố mình", "tỉnh tôi", "quê tui"; and where the story says they live.
const OWN_PLACE = /(?<![\p{L}])(thành phố|tỉnh|quận|huyện|xã|phường|quê|địa phương|chỗ)\s+(tôi|mình|tui|em|tớ)(?![\p{L}])/iu;
// A unit word and a name, or a name in title case: "ở UBND phường" is a workplace, not a home.
const LIVES_AT = /(?<![\p{L}])(?:[ởỞ]|[tT]ại|[sS]ống ở|[qQ]uê ở|[qQ]uê)\s+(?:(?:thành phố|tỉnh|quận|huyện|xã|phường|TP\.?)\s*\p{Lu}|\p{Lu}\p{Ll})/u;

// Someone of the resident's own, with marks: "mẹ tôi", "bố mình", "con tui".
const KIN = /(?<![\p{L}])(mẹ|bố|ba|má|cha|ông|bà|vợ|chồng|con|cháu)\s+(tôi|mình|tui|tớ|em)(?![\p{L}])/iu;

// At most this many words, no number and no name: a reaction ("Tôi không tin lắm.", "Lạ thật."), not a subject.
const REACTION_WORDS = 5;
function isReaction(sentence: string): boolean {
  const words = sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= REACTION_WORDS && !/\p{N}/u.test(sentence) && !words.slice(1).some((w) => /^\p{Lu}/u.test(w));
}

/** A referred sentence with hearsay inside: the story up to the marker as context, what was heard as referred. */
function splitHearsay(sentence: MessageSentence): MessageSentence[] {
  const { text } = sentence;
  const m = HEARSAY.exec(text);
  const heard = m ? text.slice(m.index + m[0].length).replace(/^[\s,;:]*(?:(?:là|rằng|la|rang)(?![\p{L}]))?[\s,;:]*/u, '') : '';
  if (!m || !/[\p{L}\p{N}]/u.test(heard)) return [sentence];
  // The marker goes with the story: "nghe nói", "người ta bảo" is how the resident learnt it, not what they ask about,
  // also when the sentence opens on it.
  return [{ text: text.slice(0, m.index + m[0].length), asking: false }, { ...sentence, text: heard }];
}

// "nghị quyết đó", "kế hoạch này", "Đó là…", "trong đó?": a demonstrative standing for something named earlier. Not
// a time ("trước đó", "lúc đó", "từ đó"), nor "trong đó có" (among which).
// "cái như vậy", "loại như thế" (like that) stand for it too; "như thế nào" asks how.
// "gì đó", "nào đó", "ai đó" are indefinite (something, some), not a pointer.
const DEMONSTRATIVE = /(?<![\p{L}])(?:(?<!(?:trước|sau|khi|lúc|từ|đến|tới|gì|nào|ai|đâu) )(?:đó|đấy|ấy|này)|như vậy|như thế(?! nào))(?![\p{L}])/iu;
const AMONG = /(?<![\p{L}])trong đó có(?![\p{L}])/giu;
// Typed without marks, "đó", "ấy", "này" are "do", "ay", "nay", which are also "do" (by, because: "do ai ban hành"), "độ",
// "đô" ("mức độ mấy", "đô thị"), and "nay" (now: "hiện nay", "đến nay"). "ay" and "nay" point back after a word that
// leaves them a pointer; "do" only closing the sentence or before a few words a pointer is followed by ("Mang do ten la
// gi?", "trong so do khong", "Bai phong van do duoc…"); never opening the sentence ("Nay toi muon hoi…"), nor in a
// noun or time of its own ("ly do", "cap do", "truoc do", "ai do", "lau nay", "sang nay").
const DEMONSTRATIVE_UNMARKED = /(?<=\p{L}\s)(?<!\b(?:truoc|sau|khi|luc|tu|den|toi|gi|nao|ai|dau|la|boi|vi|tai|yeu|nhan|hien|nam|gan|gio|ngay|hom|thang|tuan|cho|ke|lau|xua|sang|chieu|dem|trua|bay|dao) )(?:ay|nay)\b|(?<=\p{L}\s)(?<!\b(?:la|boi|vi|tai|yeu|nhan|muc|trinh|nhiet|toc|cuong|thai|che|ly|cap|thu|ai|gi|nao|truoc|sau|khi|luc|tu|den|han|do|chieu|goc|nong) )do(?=\s*[?.!,]*\s*$|\s+(?:ten|la|khong|ko|duoc|dc|bao)\b)/u;
// A short question opening on "vậy"/"thế" ("Vậy đến đâu để đăng ký nhận ạ?", "Vậy thành phố có bỏ cuộc không hay vẫn
// làm?") leaves its subject in the sentence before. Session 61, 8 → 12 words over the tuning halves: two long messages
// gained their key fact, none lost.
const SHORT_FOLLOW_ON = /^(?:vậy|thế|vay|the)(?: thì| thi)?(?![\p{L}])/iu;
const SHORT_WORDS = 12;
// Words that say how a resident asks and to whom, nothing of what about: a sentence of these and one more word names
// nothing.
// So do words that only say which kind of fact is wanted, or how sure ("chính xác là hạng mấy", "có đúng không, được bao
// nhiêu phần trăm", "ra chỗ nào").
const ASKING_ONLY = new Set(('có không chưa mà làm ở đâu vậy thế nào sao gì ai bao nhiêu mấy được à ạ nhé nhỉ hả bạn ad ' +
  'mình em anh chị ơi thì là rồi còn nữa cho hỏi xin vay the nao gi dau o lam ma co khong chua duoc a nhe ban minh ' +
  'tôi tui chính xác đúng thật thiệt cụ thể hạng thứ chỗ nơi ra tên phần trăm giúp với nhờ toi chinh xac dung that thiet ' +
  'cu the hang thu cho noi ten phan tram giup voi nho ' +
  // "Anh chị cho xin thông tin với": asking for information names none.
  'thông tin thong')
  .split(' '));

// The articles and their saying: "bài báo", "bài viết", "nêu", "nói", "đề cập", "nhắc", "giải thích (vì sao)", "cho
// biết".
const ARTICLE_WORDS = new Set(('bài báo viết nêu nói đề cập nhắc giải thích biết vì bai bao viet neu noi de cap nhac giai thich ' +
  'biet vi').split(' '));
// The article's own year, right after it ("Bài báo năm 2022 nói sao?"): where the resident read it, not a year asked.
const ARTICLE_YEAR = /(?<![\p{L}])(bài báo|bài viết|bai bao|bai viet)(?: (?:năm|nam))? (?:19|20)\d\d(?!\d)/giu;

// "năm đó", "hồi đó", "dạo này": a time pointed to. It names what is asked about only when the sentence before names
// that time ("Năm 2021 Hà Nội xếp thấp. Năm đó xếp thứ mấy?"); after a story of what the resident did ("…chưa hiểu gì.
// Hồi buổi đối thoại năm đó, lãnh đạo sở nói gì?") it points into the articles, not into the message. "buổi đó", "đợt
// đó" are mostly an event the story told ("buổi đối thoại… Buổi đó diễn ra lúc nào?"), not a time.
const TIME_POINTER = /(?<![\p{L}])(?:năm|hồi|hôm|thời|dạo|bữa|ngày|tháng|thời điểm|thời gian) (?:đó|đấy|ấy|này)(?![\p{L}])/iu;
const TIME_POINTERS = new RegExp(TIME_POINTER.source, 'giu');
// A year or a date ("năm 2021", "27/12", "12/2022"): a time a pointer can stand for. An age ("60 tuổi") is none.
const NAMES_TIME = /(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}\/\d{1,4}/;
function pointsToTimeOnly(sentence: string): boolean {
  return TIME_POINTER.test(sentence) && !pointsBack(sentence.replace(TIME_POINTERS, '~'));
}

/** The words of a text, numbers included. */
export const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Whether an asking sentence refers to what an earlier sentence named, rather than naming it itself. */
export function pointsBack(sentence: string): boolean {
  const text = sentence.trim();
  // The resident's doubt before the comma ("Em thấy hơi sai sai, báo nói bao nhiêu ạ?") names nothing asked about: the
  // clause after it is what asks.
  const asking = withoutOwnDoubt(text);
  if (asking !== text) return pointsBack(asking);
  if (DEMONSTRATIVE.test(text.replace(AMONG, '~'))) return true;
  if (!hasDiacritics(text) && DEMONSTRATIVE_UNMARKED.test(text.toLowerCase().replace(/trong do co/g, '~'))) return true;
  // "Có thật không, mà làm ở đâu vậy bạn?": nothing named but how it asks; what it asks about is in the sentence before.
  const words = text.toLowerCase().replace(ARTICLE_YEAR, '$1').match(/[\p{L}\p{N}]+/gu) ?? [];
  const named = words.filter((w) => !ASKING_ONLY.has(w));
  if (named.length <= 1) return true;
  // Or nothing but a choice of level or office ("Ra đâu làm vậy ad, phường hay quận?", "ở xã hay lên huyện?"): where to
  // do what the sentence before names.
  // Unmarked, a level is read only in such a choice ("xa hay huyen"): alone, "quan", "tinh" are also quan tâm, tính.
  const levels = hasDiacritics(text) ? named.some((w) => OFFICE_LEVELS.has(w)) : LEVEL_CHOICE_FOLDED.test(text.toLowerCase());
  if (levels && named.filter((w) => !OFFICE_LEVELS.has(w) && !FOLDED_LEVELS.has(w) && !LEVEL_JOINS.has(w)).length <= 1) return true;
  // A question naming only the articles and their saying ("Bài báo có nêu cụ thể không?") asks of the sentence before.
  if (named.every((w) => ARTICLE_WORDS.has(w))) return true;
  // A figure asked of nothing but when and at which level ("Đến 2025 cấp xã phải đạt bao nhiêu phần trăm?") is of
  // what the sentence before names ("…chỉ tiêu xử lý hồ sơ trên mạng cho từng cấp").
  if (FIGURE_ASKED.test(text.toLowerCase())) {
    // A level ("cấp xã") frames the figure; a unit alone is what is counted ("có bao nhiêu quận huyện").
    const framed = (text.toLowerCase().replace(LEVEL, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !ASKING_ONLY.has(w));
    if (framed.every((w) => /\d/.test(w) || FIGURE_FRAME.has(w))) return true;
  }
  // "Là những trụ nào vậy?": a copula with its subject left in the sentence before.
  if (/^(?:là|la)(?![\p{L}])/iu.test(text)) return true;
  // "Vậy là làm khắp cả thành phố hay chỉ vài nơi?": what "vậy là" (so that means) sums up is the sentence before.
  if (/^(?:vậy|thế|vay|the|như vậy|nhu vay) (?:là|la|tức là|tuc la)(?![\p{L}])/iu.test(text)) return true;
  return SHORT_FOLLOW_ON.test(text) && wordCount(text) <= SHORT_WORDS;
}

// The resident's bare doubt opening a sentence, to its comma: "em thấy hơi sai sai,", "tôi nghĩ là không đúng,", "tôi
// không tin lắm,". Only a judgment and nothing else: "Tôi thấy phường tôi có tổ công nghệ số, tổ đó làm gì?" names what
// the pointer is to.
const DOUBTER = String.raw`^(?:em|e|tôi|toi|mình|minh|tui|tớ|cháu|chau|con)\s+`;
const OWN_DOUBT = new RegExp([
  String.raw`${DOUBTER}(?:thấy|nghĩ|thay|nghi)(?:\s+(?:là|la|nó|no|cái đó|cai do|vậy|vay|thế|the))?(?:\s+(?:hơi|hoi|có vẻ|co ve|rất|rat|khá|kha|cũng|cung))?\s+(?:sai sai|sai|không đúng|ko đúng|khong dung|ko dung|chưa đúng|chua dung|lạ lạ|lạ|la la|kì kì|kỳ kỳ|ki ki|vô lý|vo ly|khó tin|kho tin|sao sao|không hợp lý|khong hop ly)(?:\s+(?:quá|qua|lắm|lam|sao ấy|sao ay))?\s*,\s*`,
  String.raw`${DOUBTER}(?:không|ko|chưa|chả|chẳng|khong|chua|cha|chang)\s+(?:tin|chắc|rõ|chac|ro)(?:\s+(?:lắm|lam|cho lắm|cho lam|lắm đâu|lam dau))?\s*,\s*`,
].join('|'), 'iu');

/** The sentence without the resident's bare doubt opening it, when something follows the doubt. */
function withoutOwnDoubt(sentence: string): string {
  const rest = sentence.replace(OWN_DOUBT, '');
  return rest.trim() === '' ? sentence : rest;
}

const OFFICE_LEVELS = new Set('xã phường huyện quận tỉnh ubnd'.split(' '));
const FOLDED_LEVELS = new Set('xa phuong huyen quan tinh'.split(' '));
const FOLDED_LEVEL = [...FOLDED_LEVELS].join('|');
const LEVEL_CHOICE_FOLDED = new RegExp(String.raw`\b(?:${FOLDED_LEVEL}) (?:hay|hoac) (?:(?:len|ve) )?(?:${FOLDED_LEVEL})\b`);
const LEVEL_JOINS = new Set('hay hoặc hoac lên len về ve đi di'.split(' '));
const FIGURE_ASKED = /(?<![\p{L}])(?:bao nhiêu|bao nhieu|mấy|bn)(?![\p{L}])/u;
const FIGURE_FRAME = new Set(('đến tới năm vào phải cần sẽ đạt được mức tỷ tỉ lệ con số den toi nam vao phai can se dat duoc muc ty ti le so')
  .split(' '));
const LEVEL = /(?<![\p{L}])(?:cấp|cap)\s+(?:xã|phường|huyện|quận|tỉnh|thành phố|xa|phuong|huyen|quan|tinh|thanh pho)(?![\p{L}])/gu;

/** The asking part of a message: its asking sentences, or the whole message when every sentence asks. */
export function askingText(text: string): string {
  return messageSentences(text).filter((s) => s.asking && !s.referred).map((s) => s.text).join(' ');
}

/**
 * A message longer than maxChars, cut to what the bot can read without losing the question: the asking sentences
 * first, then the context sentences nearest to them, in the message's order. A single asking sentence longer than
 * the limit keeps its start. Returns the message itself when it fits.
 */
export function fitMessage(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const sentences = messageSentences(text);
  // Nothing read as a sentence (a message of page mentions alone, "@Trang @Tổ …"): the text itself, cut at a word.
  if (sentences.length === 0) return cutAtWord(text, maxChars);
  const keep = new Array<boolean>(sentences.length).fill(false);
  let used = 0;
  const take = (i: number): void => {
    const len = sentences[i]!.text.length + (used > 0 ? 1 : 0);
    if (used + len > maxChars) return;
    keep[i] = true;
    used += len;
  };
  // Asking sentences from the last (questions usually close a message), then context from the nearest.
  const asking = sentences.map((s, i) => (s.asking ? i : -1)).filter((i) => i >= 0).reverse();
  for (const i of asking) take(i);
  if (!keep.some(Boolean)) return cutAtWord(sentences[asking[0] ?? sentences.length - 1]!.text, maxChars);
  const anchor = asking.find((i) => keep[i]) ?? 0;
  for (let d = 1; d < sentences.length; d++) {
    if (anchor - d >= 0 && !keep[anchor - d]) take(anchor - d);
    if (anchor + d < sentences.length && !keep[anchor + d]) take(anchor + d);
  }
  return sentences.filter((_, i) => keep[i]).map((s) => s.text).join(' ');
}

function cutAtWord(text: string, maxChars: number): string {
  // Never keep half of a surrogate pair (an emoji cut in two).
  const cut = text.slice(0, /[\ud800-\udbff]/.test(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars);
  const space = cut.lastIndexOf(' ');
  return (space > maxChars * 0.6 ? cut.slice(0, space) : cut).trim();
}

