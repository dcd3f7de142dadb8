import chatWordTable from '../../retrieval/data/chat-words.json' with { type: 'json' };
import { offDomainWords } from '../../retrieval/answer/off-domain.js';
import { createChatWordReader, type ChatWordTable } from '../../retrieval/text/chat-words.js';
import { DOCUMENT } from '../../retrieval/answer/constraints.js';
import { hasDiacritics } from '../../retrieval/text/normalize.js';
import { withoutCourtesyText } from '../../retrieval/text/question-focus.js';
import { fold, placeSpans, RELATIVE_YEAR, switched, yearOf, YEAR, type Span } from './follow-up-switch.js';

/** The standalone question retrieval should see, and whether it differs from what was typed. */
export interface Rewrite {
  readonly standalone: string;
  readonly rewritten: boolean;
  /**
   * The previous topic the follow-up was asked of, where the standalone question is that topic and the follow-up's own
   * words: the topic of the next follow-up too ("chữ ký số miễn phí ở Hà Nội" + "có mất tiền không", then "làm online
   * được không"), which read again from the whole question would carry the asking words of both.
   */
  readonly topic?: string;
}

// What opens a follow-up, folded, longest first: thanks or a nod before it ("ok cảm ơn, vậy…"), then "còn" or "thế"
// ("thế còn Hải Phòng?", "vậy mất bao lâu?"), or "hỏi thêm". Stripped one after another from the start.
const ACK = /^(?:ok(?:e|ie|ay)?|uh|u|vang|da vang|cam on(?: ban| ad| nhieu| nhe| nha)*|thanks?|tks|thank you|a ma|a)(?:\s*[,.!]+\s*|\s+)/;
const ASK_MORE = /^(?:cho (?:minh |em |toi |chau |bac |tui )?hoi them|hoi them|them)(?:\s*[,.:]+\s*|\s+)/;
const SWITCH_OPENER = /^(?:the con|vay con|con ve|con|the thi|vay thi|the|vay)(?:\s*[,.]+\s*|\s+|$)/;
// "con tôi", "con em" is a child, not "còn": not an opener.
const CHILD = /^con (?:toi|minh|em|chau|nha|cua|gai|trai|tui)\b/;

// Particles and whom it is said to, closing the message ("Đà Nẵng thì sao ạ", "vậy hp thì sao ad"): not the subject.
const CLOSING = /(?:[\s,]+(?:ạ|a|ad|bạn|ban|nhé|nhe|nhỉ|nhi|vậy|vay|z|hả|ha|bot|mn|mọi người|moi nguoi)(?:\s+(?:ơi|oi))?)+\s*([?!.]*)\s*$/iu;
// How a switch asks again ("thì sao", "thế nào", "có không"): nothing of its own.
const SWITCH_TAIL = /(?:\s+(?:thi sao|the nao|thi the nao|ra sao|thi ra sao|nhu the nao|co khong|co ko|co k|co chua|thi co khong|thi co ko))+$/;
const QUESTION_TAIL = /\s*(la gi|the nao|nhu the nao|lam sao|ra sao|bao nhieu|bao lau|khi nao|o dau|duoc khong|thi sao|xep thu may|dung thu may|thu may|bn)\s*\??\s*$/;

/**
 * Words that say how a resident asks, points or links, not what about: a follow-up made of them and at most two other
 * syllables ("mất bao lâu?", "cấp được bao nhiêu rồi", "dùng để làm gì") has no subject of its own. Compared with their
 * marks when typed with them ("cửa" is no "của"), folded otherwise, where chat's spellings ("j", "bn", "dc") join them.
 */
const ASKING_MARKED = new Set(('gì nào sao đâu ai bao nhiêu mấy lâu khi lúc giờ thế như ra làm kiểu hôm bữa à ạ hả nhỉ nhé nha nhen ' +
  'vậy thì là mà không hông chưa rồi có được phải cần nên muốn hỏi xin giúp biết ơi bạn mình em tôi tui cháu bác anh chị của cho ' +
  'với và về ở tại đến tới từ trong trên sau các những mỗi vài hết luôn nữa cũng đều đã đang sẽ vẫn còn này đó đấy ấy kia nó cái ' +
  'chuyện việc để mất tốn xong đi vào lên người bên phía năm tháng ngày lần rằng sang').split(' '));
// Without marks, some are also words of the articles' ("chuyển", "đăng", "tài", "tư", "mã", "mặt", "cửa"): those count.
const FOLDED_CONTENT = new Set(['chuyen', 'dang', 'tai', 'tu', 'ma', 'mat', 'cua']);
const ASKING_FOLDED = new Set([...ASKING_MARKED].map(fold).filter((w) => !FOLDED_CONTENT.has(w)).concat(('j ji bn bnh bh bgio ntn ko k hok hem v z zay r dc ad admin bot vs ' +
  'a ah ha').split(' ')));
const isAsking = (word: string): boolean => {
  // A letter held down ("nàoo", "gìii") is the word it lengthens.
  const lower = word.toLowerCase().replace(/(\p{L})\1+$/u, '$1');
  return hasDiacritics(lower) ? ASKING_MARKED.has(lower) : ASKING_FOLDED.has(lower);
};
// Everyday subjects outside the articles ("người yêu", "thời tiết"), typed in chat's spellings too ("ny"): a message
// naming one is not about what was asked before.
const NOTHING_KNOWN = { has: (): boolean => false };
const chatWords = createChatWordReader(chatWordTable as ChatWordTable);
// Small talk about the bot or the day, which the off-domain list leaves to the engine (bare "mưa" is also "mua" there):
// not a follow-up either, however short ("bot mấy tuổi rồi", "mai Hà Nội có mưa không").
const SMALL_TALK = /(?<![a-z])(?:(?:ban|bot|ad|admin)(?: oi)?,? (?:ten|bao nhieu tuoi|bn tuoi|may tuoi|co ny|co nguoi yeu|nha o|que o)|co mua (?:khong|ko|k)|troi mua|thoi tiet|nhiet do|hom nay (?:la )?thu may|hom nay (?:la )?ngay (?:may|bao nhieu)|may gio roi|ty gia)(?![a-z])/;
const offDomain = (text: string): boolean => SMALL_TALK.test(fold(text)) || offDomainWords(chatWords(text), NOTHING_KNOWN).length > 0;

// Pointing back at what was just discussed: a demonstrative after a word, or "nó". Unmarked "do" is also "by" ("do ai
// cấp"), so it points only where no agent follows it.
const POINTER = /(?<!\p{L})(?:(?:thủ tục|việc|cái|chương trình|kế hoạch|đề án|nghị quyết|quyết định|qđ|kh|ứng dụng|app|tổ|dịch vụ|hệ thống|chính sách|mục tiêu|số|con số|ông|bà|anh|chị|người|chỗ|nơi|vụ|buổi|phiên|hội nghị|mô hình|đợt|trang|cổng)\s+(?:đó|này|đấy|ấy|kia)|nó|(?<=\p{L}\s)(?<!(?:trước|sau)\s)(?:đó|đấy|ấy))(?!\p{L})/iu;
const FOLDED_POINTER = /(?<![a-z])(?:(?:thu tuc|viec|cai|chuong trinh|ke hoach|de an|nghi quyet|quyet dinh|qd|kh|ung dung|app|to|dich vu|he thong|chinh sach|muc tieu|con so|ong|ba|anh|chi|cho|noi|vu|buoi|phien|hoi nghi|mo hinh|dot|trang|cong) (?:do(?! thi)|nay|day|ay|kia)|no|(?<=[a-z] )(?<!(?:truoc|sau) )do(?= (?:co|la|duoc|dc|o|lam|can|mat|gom|bat|ap|ket|dung|cho|bao|khi|ra|ton)\b|\s*[?.!]*$))(?![a-z])/;
// The demonstrative after the word naming the thing ("kế hoạch đó", "ông ấy", "app này"), or "nó": the topic takes
// its place, the word naming it stays ("kế hoạch <topic> có thành công không").
const POINTED = /(?<=\p{L}\s+)(?<!(?:trước|sau|năm)\s+)(?:đó|này|đấy|ấy|kia)(?!\p{L})|(?<!\p{L})nó(?!\p{L})/iu;
const FOLDED_POINTED = /(?<=[a-z] )(?<!(?:truoc|sau|nam) )(?:do(?! thi)|nay|day|ay|kia)(?![a-z])|(?<![a-z])no(?![a-z])/i;

// "ở Sài Gòn thì sao": the place, without its preposition.
const AT = /^(?:ở|o|tại|tai|bên|ben|phía|phia)\s+/iu;
// A subject of its own: an acronym or a name run together ("OCOP", "IHanoi", "VNeID"), or a number ("Kế hoạch 239");
// a capitalised word after the first is a name too ("thế ông Thắng nói gì").
const OWN_NAME = /^(?:.+\p{Lu}.*|.*\d.*)$/u;
const CAPITALISED = /^\p{Lu}/u;
// Syllables of content from which a message is about something of its own ("chữ ký số thì thế nào"): fewer name a
// detail of what was asked before ("giám đốc là ai", "cấp được bao nhiêu rồi"). Four also took "phủ tới bao nhiêu xã
// phường rồi" as a follow-up, on the tuning conversations +0.007 key fact, but asked "chữ ký số thì thế nào" of the
// previous question's subject.
const OWN_WORDS = 3;
// The city or the province, folded, said without its name: a smart city ("thành phố thông minh") is a kind of city.
const THE_CITY = /(?<![a-z])(?:thanh pho|tp|tinh)(?![a-z])(?! thong minh)/;
// The department said bare, typed with its marks ("giám đốc sở"): folded it is also "số"; not "cơ sở", "trụ sở", "sở
// hữu", and not a department named after it ("Sở Tư pháp", "sở TT&TT").
const THE_DEPARTMENT = /(?<!\p{L})(?<!(?:[cC]ơ|[tT]rụ) )[sS]ở(?!\p{L})(?! (?:hữu|thích|dĩ|\p{Lu}|tt|tư pháp|nội vụ|y tế|tài chính|giáo dục))/u;

/**
 * Heuristic rewrite of a follow-up into a standalone question from the previous standalone question:
 * - a new place or year ("Còn Hải Phòng thì sao?", "thế năm ngoái?") replaces the previous question's, or is added;
 * - a pointer back ("thủ tục đó làm ở đâu?", "nó có mất phí ko") gets the previous topic in its place;
 * - a follow-up with no subject of its own ("mất bao lâu?", "cấp được bao nhiêu rồi") is asked of the previous topic;
 * - another thing asked the same way ("còn chữ ký số thì sao?") takes the previous question's asking words.
 * A message with a subject of its own is a new question, however it opens ("vậy Nghị quyết 18 do ai ban hành?"), and
 * is returned unchanged, as is anything without a previous question.
 */
export function rewriteFollowUp(typed: string, said: string | undefined, saidTopic?: string): Rewrite {
  const same = { standalone: typed, rewritten: false };
  if (!said || ownContext(typed)) return same;
  const previous = askingClause(said);
  const rewrite = (standalone: string, topic?: string): Rewrite => (offDomain(typed) ? same : { standalone, rewritten: true, ...(topic ? { topic } : {}) });
  const { body, opener } = withoutOpeners(typed.replace(CLOSING, '$1').trim());
  const f = fold(body).replace(/[!?.]+$/, '').trim();
  if (!f) return same;
  const asked = f.replace(SWITCH_TAIL, '').trim();
  const places = placeSpans(body);
  const year = yearOf(asked, previous);
  if (year === null) return same;
  // Asking how many of the places or people a thing reaches ("phủ tới bao nhiêu xã phường rồi", "chạy đến mấy cấp chính
  // quyền"), the counted words name no subject of the message's own: what reaches them is the previous question's.
  // Not in a message naming a place of its own ("HP bao nhiêu % quận huyện họp trực tuyến tới xã phường").
  const words = contentWords(body, places);
  const content = FIGURE_ASKED.test(f) && places.length === 0 ? words.filter((w) => !reachedUnit(w)) : words;
  const named = content.some((w, i) => OWN_NAME.test(w) || (i > 0 && CAPITALISED.test(w)));
  // Naming a place and a year of its own, with a word of its own, without opening as a follow-up ("chủ đề năm 2022 của Hải
  // Phòng là gì"), it asks anew: asked after an unrelated question, the tuning halves' rewrites 35 → 15, no conversation
  // changed. A year said from the previous one ("năm sau đó") still points back.
  const anew = opener === undefined && places.length > 0 && YEAR.test(asked) && content.length > 0;
  const own = withoutAspects(content).length >= OWN_WORDS || named || anew;
  // A pointer after a name of the message's own points to it ("IOC là gì, hệ thống này để làm gì"), and "nó" beside
  // one too ("CĐS giúp giảm tham nhũng, nó có đúng ko").
  const pointer = hasPointer(body) && !(named && !hasNamedPointer(body)) && !namedBefore(body, content);

  // A follow-up stating a time of its own ("đến 2025 thì mục tiêu thế nào", "hiện giờ đạt bn r") asks of that time: the
  // previous question's time and the figures it stated of it ("đến nay cấp khoảng 10 nghìn") do not carry over.
  // Asked of now at another place ("thế HN bh dc bn rồi"), it is not the previous question again: what it asks is its
  // own.
  const now = NOW.test(asked) && !year;
  // "Còn X thì sao?", "hp có ko", "năm 2021?": the previous question asked again of another place or year.
  if (content.length === 0 && (places.length > 0 || year) && !now) return rewrite(switched(previous, places, year, true));
  // "Còn Hải Phòng thì đặt mục tiêu bao nhiêu?" after "Hà Nội đặt mục tiêu kinh tế số chiếm bao nhiêu % GRDP…": opening
  // as a follow-up, with no word the previous question did not say, it asks that question again of its place or year.
  if (opener !== undefined && (places.length > 0 || year) && !now && ASKED.test(fold(previous)) && saidBefore(content, previous)) {
    return rewrite(switched(previous, places, year, true));
  }
  // "còn chữ ký số thì sao?": another thing, asked as the previous question asked.
  // "thế còn TMĐT?", "còn họp trực tuyến": a thing alone after "còn" is asked the same way too.
  const bare = opener === 'switch' && content.length <= 4 && content.length === f.split(/\s+/).length;
  if (opener !== undefined && (SWITCH_TAIL.test(f) || bare) && !pointer && places.length === 0 && !year) {
    const subject = body.replace(/[?.!]+\s*$/, '').trim().slice(0, asked.length).trim();
    const asking = previous.replace(/[?.!]+\s*$/, '').trim();
    const tail = QUESTION_TAIL.exec(fold(asking));
    return tail ? rewrite(`${subject} ${asking.slice(-tail[0].length).trim()}?`) : same;
  }
  if (own && !pointer) {
    // "the city" or "the department" said bare in a message that opens as a follow-up or moves to another year ("Đến
    // năm 2030 thì thành phố đặt mức bao nhiêu?", "thế giám đốc sở là ai" after a question about Hải Phòng) is of the
    // place asked about before, not Hà Nội.
    // The previous question's place is read only for such a message: most turns with a subject of their own are not.
    const bare = places.length === 0 && (THE_CITY.test(f) || THE_DEPARTMENT.test(body)) && (opener !== undefined || YEAR.test(asked));
    const before = bare ? placeSpans(previous)[0]?.text : undefined;
    if (!before) return same;
    // Moving to another year, it asks the previous question's figure there ("Kinh tế số … 2022 chiếm bao nhiêu % GRDP?",
    // "Đến năm 2025 thì thành phố đặt mục tiêu bao nhiêu?"): the previous topic, its time moved, comes first.
    if (year && FIGURE_ASKED.test(f) && !OWN_NAME.test(content.join(' '))) {
      return rewrite(`${switched(withoutStated(topicOf(previous), false), [], year, false)} ${midSentence(body.replace(/[?.!]+\s*$/, '').trim())}?`);
    }
    return rewrite(`${body.replace(/[?.!]+\s*$/, '').trim()} ở ${before}?`);
  }
  // Pointing back, or nothing of its own: asked of the previous topic, moved to the place or year it names.
  // Another year takes the place of the previous one (see switched); now, said of its own, takes the place of any.
  // What the follow-up asks anew is not asked twice: a figure, or the goal where the previous question asked what was
  // done.
  // Moving to another place, the figures the previous question stated of its own ("1 ngày 700-800 hồ sơ") do not carry
  // over either.
  const elsewhere = places.some((p) => !placeSpans(previous).some((q) => fold(q.text) === fold(p.text)));
  // A previous question that was itself a topic and a follow-up's words is asked of that topic again.
  const previousTopic = saidTopic ?? topicOf(previous);
  const stated = now || year || elsewhere ? withoutStated(previousTopic, now) : previousTopic;
  const topic = switched(withoutAskedBefore(stated, FIGURE_ASKED.test(asked), GOAL_ASKED.test(asked), OWN_ASK.test(asked)), places, year, false);
  const rest = body.replace(/[?.!]+\s*$/, '').trim();
  const fromPrevious = namedInPrevious(rest, previous);
  const replaced = fromPrevious ?? inPlaceOfPointer(rest, topic);
  // The place the message opens on is in the topic now ("thế HN bh dc bn rồi" → "HN cáp quang … bh dc bn rồi").
  const first = places[0];
  const opening = first?.start === 0 && placeSpans(topic).some((p) => fold(p.text) === fold(first.text)) ? first.end : 0;
  // The topic in the pointer's place is what the next follow-up is asked of too; a name or a person from the previous
  // question is a subject of its own.
  if (replaced !== rest) return rewrite(`${replaced.trim()}?`, fromPrevious === undefined && replaced.includes(topic) ? topic : undefined);
  return rewrite(`${topic} ${midSentence(rest.slice(opening).trim())}`.trim() + '?', topic);
}

// A clause of the previous message in which the resident tells their own story, before or after the question ("sếp e
// bảo HN từng tụt hạng CĐS, chỉ số CĐS (DTI) của HN năm 2022 xếp thứ mấy", "… cho học sinh ko ad, cháu tôi đang học"),
// is not what was asked: a follow-up is asked of the one clause that asks, when it names a subject of its own (and the
// place, if the story names one). A story says who tells it; a clause without such a word ("Trong Đề án 06, …", "Ở cấp
// phường, xã …") is part of the question. Compared with their marks when typed with them ("tới" is no "tôi", "thông
// minh" no "mình").
const STORY_MARKED = new Set('e em mình mk tôi tui tớ cháu sếp nghe thấy bảo đọc'.split(' '));
const STORY_FOLDED = new Set('e em minh mk tui chau sep nghe thay'.split(' '));
const tellsStory = (clause: string): boolean => [...clause.matchAll(/\p{L}+/gu)].some((m, i, all) => {
  const word = m[0].toLowerCase();
  if (hasDiacritics(word)) return STORY_MARKED.has(word);
  return STORY_FOLDED.has(word) && !(word === 'minh' && all[i - 1]?.[0].toLowerCase() === 'thong');
});
function askingClause(previous: string): string {
  const clauses = previous.split(/,\s+/);
  const asking = clauses.filter((c) => ASKED.test(fold(c)));
  const clause = asking[0];
  if (clauses.length < 2 || asking.length !== 1 || !clause) return previous;
  if (!clauses.every((c) => c === clause || tellsStory(c))) return previous;
  const places = placeSpans(clause);
  if (places.length === 0 && clauses.some((c) => placeSpans(c).length > 0)) return previous;
  return contentWords(clause, places).length >= OWN_WORDS ? clause : previous;
}

// A message of two sentences or more, or of this many words, tells its own story: what it points at is in it ("Bài báo
// nhắc Nghị quyết 06. Nghị quyết đó ban hành ngày nào?"). Asked after an unrelated question, the development sets'
// long messages were otherwise read as follow-ups one time in four.
const OWN_CONTEXT_WORDS = 15;
function ownContext(typed: string): boolean {
  // Thanks or a nod said first ("Cảm ơn. Còn Hải Phòng thì sao?") is no sentence of the story.
  const nod = ACK.exec(fold(typed.trim()));
  const text = typed.trim().slice(nod?.[0].length ?? 0).replace(/[?.!…]+\s*$/, '');
  if (/[.?!…]\s+\S/.test(text)) return true;
  // A long sentence that opens by pointing back ("Ông ấy nói thời gian tới…") has nothing before it to point to.
  const opening = text.split(/\s+/).slice(0, 3).join(' ');
  return text.split(/\s+/).length >= OWN_CONTEXT_WORDS && !hasPointer(opening);
}

/** The message without what opens a follow-up, and which kind of opener it had. */
function withoutOpeners(text: string): { body: string; opener: 'switch' | 'other' | undefined } {
  let body = text;
  let opener: 'switch' | 'other' | undefined;
  for (let i = 0; i < 4; i++) {
    const f = fold(body);
    const m = ACK.exec(f) ?? ASK_MORE.exec(f) ?? (CHILD.test(f) || !openerAsTyped(body) ? null : SWITCH_OPENER.exec(f));
    if (!m || m[0].length >= body.length) break;
    if (SWITCH_OPENER.exec(f)?.[0] === m[0]) opener = /^(?:the con|vay con|con)\b/.test(m[0]) ? 'switch' : opener ?? 'other';
    else opener ??= 'other';
    body = body.slice(m[0].length).trim();
  }
  // "ở HP thì sao": the preposition before a place goes; "tải ở đâu" (unmarked "tai") keeps its verb.
  const at = AT.exec(body);
  return { body: at && placeSpans(body.slice(at[0].length))[0]?.start === 0 ? body.slice(at[0].length) : body, opener };
}

// Typed with marks, an opener is one of these words; "thẻ", "vay" (a loan) or "con" (a child) open questions of their own.
const MARKED_OPENER = /^(?:thế|vậy|còn|thì)$/u;
function openerAsTyped(text: string): boolean {
  const first = /^\p{L}+/u.exec(text)?.[0].toLowerCase() ?? '';
  return !hasDiacritics(first) || MARKED_OPENER.test(first);
}

// A message that asks: a question word or mark, folded ("bn", "ko" too). One that only tells ("HN thí điểm LLTP 1 ngày
// 700-800 hồ sơ") is not asked again.
const ASKED = /(?<![a-z])(?:bao nhieu|bn|may|gi|j|nao|dau|ai|khong|ko|chua|sao|ntn)(?![a-z])|\?/;

/**
 * The follow-up as the middle of a sentence: its first word, capitalised only as a sentence's first is ("Được bao
 * nhiêu…"), in lower case, or after a "xã" or "quận" it would read as a place's name. A name or an abbreviation stays.
 */
function midSentence(text: string): string {
  const first = /^\p{L}+/u.exec(text)?.[0] ?? '';
  if (!/^\p{Lu}\p{Ll}*$/u.test(first) || placeSpans(text)[0]?.start === 0) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/** Whether the previous question said every one of the words, compared folded. */
function saidBefore(words: readonly string[], previous: string): boolean {
  const said = new Set(fold(previous).split(/[^a-z0-9]+/));
  return words.every((w) => said.has(fold(w)));
}

// What is asked of a thing rather than a thing ("mục tiêu chính là j", "có nội dung gì quan trọng k"), folded: said
// alone, with how much it matters, it asks of the previous topic and names no subject of its own.
const ASPECTS = new Set(['muc tieu', 'noi dung', 'ket qua', 'loi ich', 'y nghia', 'tac dung', 'chu de', 'thanh phan',
  'vai tro', 'uu diem', 'han che', 'kho khan', 'diem moi', 'quan trong', 'cu the', 'noi bat', 'chu yeu', 'co ban', 'lon nhat']);
// "chính" after what is asked of a thing ("mục tiêu chính"); folded alone it is also the "chính" of "chính phủ".
const MAIN = 'chinh';
function withoutAspects(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? `${fold(words[i]!)} ${fold(words[i + 1]!)}` : '';
    if (ASPECTS.has(pair)) i += fold(words[i + 2] ?? '') === MAIN ? 2 : 1;
    else out.push(words[i]!);
  }
  return out;
}

// What a small count counts when it asks how often or how many a day ("1 lần", "2 ngày", "1 ng"), folded.
const COUNTED = /^\s+(?:lan|ngay|tuan|thang|gio|phut|nguoi|ng)(?![a-z])/;
// …said first, or after how long or how many asks ("bao lâu 1 lần", "mất 1 ngày", "trung bình 1 ngày"): "làm 1 lần
// là xong" says something of its own.
const PER = /(?:^|(?<![a-z])(?:bao lau|bao nhieu|bn|may|mat|trong|moi|trung binh|tb))\s*$/;
/** The message's words that are neither asking words, places, nor years: what it is about, if anything. */
function contentWords(body: string, places: readonly Span[]): string[] {
  const words: string[] = [];
  for (const m of body.matchAll(/[\p{L}\p{N}&%.]+/gu)) {
    const word = m[0].replace(/\.+$/, '');
    const at = m.index;
    if (!word || places.some((p) => at >= p.start && at < p.end)) continue;
    const f = fold(word);
    // A share or a bare sign says what is asked ("bn %"), and so does a small count of days, times or people ("bao lâu 1
    // lần", "1 ngày bn người làm"); another number names something ("Kế hoạch 239").
    if (isAsking(word) || YEAR.test(word) || /^(?:\d+(?:[.,]\d+)?)?%$|^[.,]+$/.test(word) || RELATIVE_YEAR[`nam ${f}`] !== undefined) continue;
    if (/^\d{1,2}$/.test(word) && COUNTED.test(fold(body.slice(at + m[0].length))) && PER.test(fold(body.slice(0, at)))) continue;
    words.push(word);
  }
  return words;
}

// A document or programme pointed at by its kind ("kế hoạch đó"), compared folded (folding keeps a text's length); the
// numbered document the previous question names is found as the answer's constraints find one (DOCUMENT).
const POINTED_KIND = /(?<![a-z])(?:ke hoach|de an|nghi quyet|quyet dinh|chuong trinh|kh|qd|nq) (?:do|nay|day|ay|kia)(?![a-z])/;
const FIRST_DOCUMENT = new RegExp(DOCUMENT.source, 'iu');

/**
 * "kế hoạch đó có thành công ko" after a question naming "KH 310": the pointed phrase replaced by the document as the
 * previous question names it ("KH 310 có thành công ko"); undefined when either is missing.
 */
function namedInPrevious(rest: string, previous: string): string | undefined {
  const pointed = POINTED_KIND.exec(fold(rest));
  const named = FIRST_DOCUMENT.exec(previous);
  if (!pointed || !named) return undefined;
  return rest.slice(0, pointed.index) + named[0] + rest.slice(pointed.index + pointed[0].length);
}

/**
 * The message with the topic in place of its pointer. The word naming the thing stays ("buổi đó ai tổ chức" → "buổi HP
 * có đối thoại… ai tổ chức"), unless the topic opens with it ("tổ đó" → "tổ công nghệ số…", not "tổ tổ…"; "app đó" →
 * "app công dân số…") or it names nothing ("cái đó"). A person pointed at is read apart (see personNamed).
 */
function inPlaceOfPointer(rest: string, topic: string): string {
  const pointer = (hasDiacritics(rest) ? POINTED : FOLDED_POINTED).exec(rest);
  if (!pointer) return rest;
  const naming = /(\p{L}+)\s+$/u.exec(rest.slice(0, pointer.index));
  // A person pointed at ("ông ấy") is the person the previous question names, not what it asked of them ("Ông Nguyễn
  // Việt Hùng giữ chức vụ gì" would make "ông ấy nói…" ask an office).
  const person = naming && PERSON_WORDS.has(fold(naming[1]!)) ? personNamed(topic) : undefined;
  if (person) return rest.slice(0, pointer.index) + person + rest.slice(pointer.index + pointer[0].length);
  const first = fold(/^\p{L}+/u.exec(topic)?.[0] ?? '');
  const drop = naming && (fold(naming[1]!) === first || fold(naming[1]!) === 'cai');
  // The kind named is in the topic already ("mấy mô hình đó" after "HN có mô hình chợ 4.0 ko"): it goes, with the plural
  // before it, which counts nothing ("HN có mô hình chợ 4.0 triển khai tới đâu", not "mấy mô hình HN có mô hình…").
  const kind = KIND_BEFORE.exec(rest.slice(0, pointer.index));
  const said = kind && ` ${fold(topic).replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${fold(kind[2]!).trim()} `);
  const cut = said ? kind.index : drop ? naming.index : pointer.index;
  return rest.slice(0, cut) + topic + rest.slice(pointer.index + pointer[0].length);
}
// The one or two words before a pointer that name the kind pointed at, and a plural before them ("mấy", "các", "những").
const KIND_BEFORE = /(?<!\p{L})((?:mấy|các|những|may|cac|nhung)\s+)?(\p{L}+\s+\p{L}+\s+)$/iu;

const PERSON_WORDS = new Set(['ong', 'ba', 'anh', 'chi']);
// A person's name: a family name, then one to three capitalised words ("Nguyễn Việt Hùng", "Vu Dai Thang"). Offices are
// capitalised too ("Phó Giám đốc", "Giám đốc Sở Nội vụ"), but open on no family name.
const FAMILY_NAMES = new Set(('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dao dinh truong lam mai trinh ' +
  'doan cao luong ta chu kieu quach thai to ha lai').split(' '));
const NAME_RUN = /(?<!\p{L})\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}(?!\p{L})/gu;

/**
 * The person a question names, with the places it names ("ông Vũ Đại Thắng bên sở TTTT HP" → "Vũ Đại Thắng HP"): who
 * was asked about, not what; undefined when it names no person.
 */
function personNamed(question: string): string | undefined {
  const places = placeSpans(question);
  const inPlace = (start: number, end: number): boolean => places.some((p) => p.start < end && p.end > start);
  for (const m of question.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    const from = words.findIndex((w) => FAMILY_NAMES.has(fold(w)));
    if (from < 0 || from === words.length - 1) continue;
    const name = words.slice(from).join(' ');
    const at = m.index + m[0].length - name.length;
    if (inPlace(at, at + name.length)) continue;
    return [name, ...places.map((p) => question.slice(p.start, p.end))].join(' ');
  }
  return undefined;
}

/** Whether a word of the message naming something of its own comes before its pointer. */
function namedBefore(body: string, content: readonly string[]): boolean {
  const lower = body.toLowerCase();
  const at = hasDiacritics(body) ? body.search(POINTED) : lower.search(FOLDED_POINTED);
  if (at < 0) return false;
  const before = body.slice(0, at);
  return content.some((w, i) => (OWN_NAME.test(w) || (i > 0 && CAPITALISED.test(w))) && before.includes(w));
}

/** A pointer that names what it points at ("kế hoạch đó", "ông ấy"), not a bare "nó". */
function hasNamedPointer(body: string): boolean {
  const lower = body.toLowerCase();
  return hasDiacritics(body) ? POINTER.test(lower.replace(/(?<!\p{L})nó(?!\p{L})/gu, ' ')) : FOLDED_POINTER.test(lower.replace(/(?<![a-z])no(?![a-z])/g, ' '));
}

function hasPointer(body: string): boolean {
  // Marked, only the marked pointers: folded, "dạy", "nợ" and "đây" would point too.
  return hasDiacritics(body) ? POINTER.test(body) : FOLDED_POINTER.test(body.toLowerCase());
}

// What the previous question asked with, at its ends: the follow-up asks its own way. "cái gì" asks as "gì" does, and
// "em muốn hỏi" as "cho em hỏi".
const TOPIC_LEAD = /^(?:(?:cho (?:minh |em |toi |chau |bac |tui )?hoi|xin hoi|ad oi|ban oi|lam|xin|(?:e|em|toi|minh|mik|tui|chau|bac) muon (?:hoi|biet)|toi muon|minh muon|nghe bao|nghe noi|ai la|ai dang la|ai lam)\s+)+/;
const TOPIC_TAIL = /(?:\s+(?:cai|ko|k|khong|hong|chua|a|ad|ha|vay|v|z|nhi|nhe|roi|r|the|the nao|nhu the nao|ntn|la gi|la j|gi|j|bao nhieu|bn|o dau|khi nao|bao gio|bao lau|lam sao|ra sao|duoc khong|dc ko|thi sao|co|ai|nao|may|oi|admin|lam|la|ve|cua|dung ko|dung khong|dung chua|phai ko|phai khong|ten|ten la|kieu|kieu gi|kieu j))+$/;

// What a figure of reach counts: levels of government and the people or homes reached. Compared with their marks when
// typed with them: "cáp" (cáp quang) is no "cấp".
const REACHED_MARKED = new Set('xã phường quận huyện thị trấn tỉnh cấp chính quyền hộ gia đình người dân trường hợp'.split(' '));
// Unmarked, "cap" is as often cáp (cáp quang) as cấp: not read as one.
const REACHED_FOLDED = new Set([...REACHED_MARKED].map(fold).filter((w) => w !== 'cap'));
const reachedUnit = (word: string): boolean => (hasDiacritics(word) ? REACHED_MARKED.has(word.toLowerCase()) : REACHED_FOLDED.has(fold(word)));
// A figure asked, folded.
const FIGURE_ASKED = /(?<![a-z])(?:bao nhieu|bn|may)(?![a-z])/;
// Now, said in a question ("hiện giờ", "bây giờ", "đến nay"), folded.
const NOW = /(?<![a-z])(?:hien nay|hien gio|hien tai|hien|bay gio|bh|bgio|den nay|toi nay|gio day)(?![a-z])/;
// A year or now as the previous question said it ("đến 2025", "đến nay"), and a figure it stated ("thứ 40", "khoảng 10
// nghìn", "30%"); a document's number ("KH 239", "mức độ 4") stays. Matched folded, so positions are the text's.
const STATED_TIME = new RegExp(String.raw`(?<![a-z0-9/])(?:(?:den|toi|vao|trong|sang|tu) )?(?:nam )?(?:19|20)\d{2}(?![\d/])|${NOW.source}`, 'g');
const STATED_NOW = new RegExp(NOW.source, 'g');
const STATED_FIGURE = /(?<![a-z])(?:(?:khoang|gan|hon|tren|chung) )?(?:thu )?\d+(?:[.,]\d+)*(?: ?%| (?:nghin|ngan|trieu|ty)(?![a-z])| ?[-–] ?\d+(?![\d/]))|(?<![a-z])thu \d+(?![\d/])/g;

// A goal asked ("tới 2025 mục tiêu bn %", "chỉ tiêu thế nào"), folded.
const GOAL_ASKED = /(?<![a-z])(?:muc tieu|chi tieu|phan dau)(?![a-z])/;
// The previous question's asking of a figure, and what it said was done ("cấp được", "đã đạt", "rồi"), folded. A bare
// "đã" stays: folded, it is also the "đa" of "đa dạng".
const ASKED_FIGURE = /(?<![a-z])(?:bao nhieu|bn)(?![a-z])/g;
const ACHIEVED = /(?<![a-z])(?:da dat duoc|da dat|dat duoc|duoc|dc|roi|r)(?![a-z])/g;

// The follow-up asks a thing of its own, not a figure ("nhận kết quả ở đâu", "họ giúp dân những việc gì"), folded.
// Not when ("đến năm nào?", "khi nào"): that is asked of the figure itself. Whether ("có mất phí không", "có làm online
// được không") is its own too.
const OWN_ASK = /(?<![a-z])(?<!(?:nam|thang|ngay|luc|hoi|dip) )(?:o dau|tai dau|cho nao|noi nao|ai|gi|j|nao|the nao|nhu the nao|ntn|ra sao|lam sao|vi sao|tai sao)(?![a-z])|(?:^|\s)co\s(?:\S+\s){0,5}?(?:khong|ko|k|hong|hok)$/;
// How many or how long the previous question asked, closing it with what it counted ("có bao nhiêu tổ", "mất mấy ngày"),
// folded: not the topic of a follow-up that asks something else of it.
const COUNT_ASKED = /(?:\s+(?:co|mat|ton|het|duoc|dc|la|thi))*\s+(?:bao nhieu|bn|may)(?:\s+[a-z0-9]+){0,2}$/;

/**
 * The previous topic without what the follow-up asks anew: its own asking of a figure when the follow-up asks one ("HN
 * cấp đc bn CKS" + "tới 2025 mục tiêu bn %"), what was done when the follow-up asks the goal instead, and the count it
 * asked when the follow-up asks something else of the same thing ("Làm LLTP trên VNeID mất mấy ngày?" + "nhận kết quả
 * ở đâu": asked how long, the reply would say the articles do not give the time).
 */
function withoutAskedBefore(topic: string, figure: boolean, goal: boolean, own: boolean): string {
  const counted = !figure && own ? COUNT_ASKED.exec(fold(topic)) : null;
  // Folding keeps an NFC text's length: the count's position is the topic's. A topic that is all count stays.
  const kept = counted && counted.index > 0 ? topic.slice(0, counted.index) : topic;
  return withoutMatches(kept, [...(figure ? [ASKED_FIGURE] : []), ...(goal ? [ACHIEVED] : [])]);
}

// Setting a goal ("phấn đấu", "đặt mục tiêu"): asked of now, what was reached is asked, not what was aimed at.
const STATED_GOAL = /(?<![a-z])(?:phan dau|dat muc tieu|du kien|huong toi)(?![a-z])/g;

/**
 * The topic without the figures it stated of its time, and without that time: its year, and its goal ("HN phấn đấu cáp
 * quang tới bao nhiêu hộ" → "HN cáp quang tới bao nhiêu hộ"), when asked of now instead.
 */
function withoutStated(topic: string, now: boolean): string {
  return withoutMatches(topic, now ? [STATED_FIGURE, STATED_TIME, STATED_GOAL] : [STATED_FIGURE, STATED_NOW]);
}

/** The text without what each pattern (global, on the folded text) matches, one pattern after another. */
function withoutMatches(text: string, patterns: readonly RegExp[]): string {
  let out = text;
  for (const pattern of patterns) {
    // Folding keeps an NFC text's length, so positions in the folded copy are the text's.
    const folded = fold(out);
    let kept = '';
    let at = 0;
    for (const m of folded.matchAll(pattern)) {
      kept += out.slice(at, m.index);
      at = m.index + m[0].length;
    }
    out = kept + out.slice(at);
  }
  return out.replace(/\s+/g, ' ').replace(/\s+([,.])/g, '$1').trim();
}

function topicOf(question: string): string {
  // Greetings and thanks around the question are none of its topic ("chào ad, … là gì ạ").
  let t = withoutCourtesyText(question).replace(/[?.!]+\s*$/, '').trim();
  const tail = TOPIC_TAIL.exec(fold(t));
  if (tail && tail[0].length < t.length) t = t.slice(0, t.length - tail[0].length);
  const lead = TOPIC_LEAD.exec(fold(t));
  if (lead && lead[0].length < t.length) t = t.slice(lead[0].length);
  return t.trim();
}
