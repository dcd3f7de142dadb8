import { foldDiacritics, hasDiacritics } from '../text/normalize.js';
import { FEW_TIMES } from '../text/question-focus.js';
import { quantities, TRIED, TRYING } from './question-type.js';

/**
 * What a figure question counts: "bao nhiêu tổ công nghệ số" counts tổ, "mấy nhiệm vụ" nhiệm vụ, "có dung lượng bao
 * nhiêu" dung lượng. A sentence answers it only with a number next to that word ("3 nhiệm vụ trọng tâm", "1.232 dịch
 * vụ công", "tỷ trọng … GRDP chiếm 30%"); a figure about something else in the same sentence ("700 - 800 trường hợp"
 * for "bao nhiêu người dùng iHanoi", "chợ 4.0" for "bao nhiêu chợ") is not its answer.
 */
export interface Measure {
  /** Word sequences, folded, any of which names the counted thing (the resident's word, or an expansion of it). */
  readonly words: readonly (readonly string[])[];
  /**
   * The question asks how many, not what share ("bao nhiêu thủ tục", not "bao nhiêu phần trăm thủ tục"): a count of
   * the thing ("1.232 dịch vụ công trực tuyến") answers it better than a share of it ("100% thủ tục hành chính").
   */
  readonly count: boolean;
  /**
   * It asks an amount in so many thousands, millions or billions ("bao nhiêu triệu thuê bao", "mấy nghìn chữ ký số"), or
   * a total ("tổng cộng bao nhiêu hộ"): a share of the thing ("81,7% thuê bao") does not answer it at all.
   */
  readonly absolute?: true;
  /** It counts people themselves ("bao nhiêu người", "bao nhiêu công dân"), not their files or cases. */
  readonly persons?: true;
}

// A share asked: "bao nhiêu phần trăm", "%", "tỷ lệ", "tỷ trọng" anywhere in the asking part.
// "chiếm bao nhiêu GRDP" asks what part it takes ("chiếm lĩnh" takes no part). Read outside the lexicon's brackets:
// "mọi thủ tục (100% thủ tục hành chính)" still asks how many.
const ASKS_SHARE = /%|(?<![a-z0-9])(phan tram|ty le|ti le|ty trong|ti trong|chiem(?! linh))(?![a-z0-9])/;

// Words that start what is said about the counted thing, not the thing: verbs of being, prepositions, particles.
// Compared with marks when the question has them: folded, "chợ" (market) is "cho" (for).
const STOP_WORDS = ('của ở tại trong cho để thì vậy ạ nhỉ rồi là đã được đc có không ko nữa thế hả nhé nào gì mà và ' +
  'với từ đến tới trên về hay hoặc hiện nay sau trước mỗi đang sẽ bị cần phải vào ra lên xuống nhiều nhất ít theo ' +
  // Causes: "tăng bao nhiêu nhờ kinh tế số", "giảm bao nhiêu do dịch".
  'nhờ vì do ' +
  // Approximators: "có chừng bao nhiêu", "khoảng bao nhiêu" count nothing of their own.
  'khoảng chừng tầm cỡ ' +
  // Whom the resident addresses: "bao nhiêu ad ơi" counts nothing of its own ("bạn" is also "bạn trẻ", counted).
  'ad admin bot mn ơi').split(' ');
const STOP_MARKED = new Set(STOP_WORDS);
const STOP_FOLDED = new Set(STOP_WORDS.map((w) => foldDiacritics(w)));
// A particle closing the question, typed without marks in one the chat reading gave marks to ("dc bn % nhe", read
// "được bao nhiêu % nhe"; "cap dc bn roi", "rồi"). Only last: "nha khoa", "nhi đồng", "vay vốn" are things counted.
const CLOSING_PARTICLES = new Set('nhe nha nhi vay z ak a ha roi r the'.split(' '));

// Units that say how a figure is given, not what it counts: "bao nhiêu phần trăm hộ gia đình" counts hộ gia đình; "bao
// nhiêu tiền", "bao nhiêu năm" are other kinds of fact, and the figure's unit is its answer.
const UNITS = new Set('phan tram loai cai con chiec tien dong trieu ty nghin ngan tram nam thang ngay tuan gio phut lan muc'.split(' '));
const UNIT_PAIRS = new Set(['phan tram']);
// An amount's order of magnitude right after "bao nhiêu" / "mấy" (folded): "bao nhiêu triệu", "mấy nghìn", "bao nhiêu tỷ".
const MAGNITUDE = /^\s*(?:trieu|ty|nghin|ngan|van)(?![a-z0-9])/;
// A total or an exact number asked for in so many words ("tổng cộng bao nhiêu hộ", "tổng số", "tính ra số hộ cụ thể"):
// a share of the thing does not give it either. "Trong tổng số X, bao nhiêu phần trăm" asks a share, read as such.
const TOTAL = /(?<![a-z0-9])(tong cong|(?<!trong )tong so|so(?: [a-z]+){0,2} cu the)(?![a-z0-9])/;

// People and the cases they bring are counted in many words: "bao nhiêu người" is answered by "700 - 800 trường hợp",
// "bao nhiêu hồ sơ" by "lượt" or "công dân". Any of them names the counted thing.
const PEOPLE: readonly (readonly string[])[] = [['nguoi'], ['truong', 'hop'], ['ho', 'so'], ['luot'], ['cong', 'dan'], ['thue', 'bao']];
const PEOPLE_HEADS = new Set(['nguoi', 'luot']);
// People themselves, as counted or given to: not the files, cases, visits or subscriptions they bring.
const RECIPIENTS = new Set(['nguoi', 'cong dan']);
// Homes, in the resident's word: "bao nhiêu % nhà có cáp quang" is answered by "90% hộ gia đình".
const HOMES: readonly (readonly string[])[] = [['nha'], ['ho', 'gia'], ['gia', 'dinh'], ['ho', 'dan']];
// …but not "nhà mạng", "nhà nước", "nhà trường" and the other bodies or trades a "nhà" names.
const NOT_HOMES = new Set(['mang', 'nuoc', 'cung', 'dau', 'khoa', 'may', 'van', 'bao', 'truong', 'thuoc', 'san', 'hang', 'tu']);
// The words the chat reading writes out with marks for chat's spellings ("bn", "dc", "ko", "j", "v", "r"), marked.
const CHAT_WRITTEN = /(?<!\p{L})(bao nhiêu|được|không|gì|vậy|rồi)(?!\p{L})/gu;
const RANKS: readonly (readonly string[])[] = [['bac'], ['hang']];

// "thứ mấy", "top mấy", "số mấy", "ngày mấy", "mức độ mấy", "cấp mấy", "năm bao nhiêu" ask which one, not how many: the words
// after them are what is said, not what is counted. ("cung cấp bao nhiêu" provides how many.)
const WHICH_MAY = /(?<![a-z0-9])(thu|hang|xep|top|(?<!\b(len|doi|te|hoi|quyen|hoa) )so|ngay|thang|nam|lan|muc|do|(?<!cung )cap|tang|khoa)\s*$/;
const WHICH_BAO_NHIEU = /(?<![a-z0-9])(thu|hang|so|ngay|thang|nam)\s*$/;

const QUESTION = /(?<![a-z0-9])(bao nhieu|may)(?![a-z0-9])/;
// "chiếm bao nhiêu": a share of what follows (folded, right before the question word).
const TAKES = /(?<![a-z0-9])chiem\s*$/;
const BAO_NHIEU = /(?<![a-z0-9])(bao nhieu)(?![a-z0-9])/;

/**
 * The counted thing of a figure question, read from its asking part as expanded (abbreviations and everyday words
 * carry their official terms in brackets, which count as the same thing): undefined when it counts nothing in
 * particular ("tăng bao nhiêu", "là bao nhiêu", "bao nhiêu phần trăm", "thứ mấy").
 */
export function askedMeasure(question: string): Measure | undefined {
  // "làm thử mấy mô hình" (tries some models) is not "thứ mấy" (which rank): see TRYING.
  const lower = question.toLowerCase().normalize('NFC').replace(FEW_TIMES, '~').replace(TRYING, TRIED);
  // Marked as the resident typed it: an expansion in brackets ("VN (Việt Nam)") brings marks of its own.
  // Nor do the words the chat reading writes out with marks ("bn" → "bao nhiêu", "dc" → "được"): "nang suat … tang bao
  // nhiêu % moi nam" is typed without marks, and its "moi" is mỗi.
  const marked = hasDiacritics(lower.replace(/\([^)]*\)/g, '').replace(CHAT_WRITTEN, ' '));
  // With marks typed only "mấy" asks; máy (machine) and mây (cloud) fold to the same letters. Folding keeps lengths
  // here (one mark at a time, NFC), so positions in the folded text are positions in the marked one.
  const fold = (t: string): string => [...t].map((c) => foldDiacritics(c).toLowerCase()[0] ?? c).join('');
  const text = fold(lower);
  const asking = fold(marked ? lower.replace(/(?<!\p{L})(máy|mây|mày|may|mảy|mạy)(?!\p{L})/gu, (w) => '~'.repeat(w.length)) : lower);
  const first = QUESTION.exec(asking);
  // What comes before, without an expansion the lexicon put between ("dung thu (xếp thứ) may"): "thứ mấy" asks which.
  const before = (at: number): string => text.slice(0, at).replace(/\s*\([^)]*\)\s*$/, ' ');
  if (!first || (first[1] === 'may' ? WHICH_MAY : WHICH_BAO_NHIEU).test(before(first.index))) return undefined;
  // A counting "mấy" before a "thứ mấy" is a plural ("Mấy cái vụ mua bán online của Hà Nội xếp thứ mấy?"): it asks which.
  const after = first.index + first[0].length;
  if (first[1] === 'may' && [...asking.slice(after).matchAll(/(?<![a-z0-9])may(?![a-z0-9])/g)]
    .some((later) => WHICH_MAY.test(before(after + later.index)))) return undefined;
  // "bao nhiêu" asks outright; a counting "mấy" before it is a plural ("làm ở mấy viện … sẽ tăng bao nhiêu?": some
  // institutes). A "mấy" asking which one ("xếp hạng mấy") was read above.
  const m = first[1] === 'may' ? BAO_NHIEU.exec(asking) ?? first : first;
  if (m !== first && WHICH_BAO_NHIEU.test(before(m.index))) return undefined;
  if (m[1] === 'may' && /^\s+tinh\b/.test(text.slice(m.index + 3))) return undefined; // unmarked "máy tính"
  const end = m.index + m[0].length;
  // A word of a list, compared with its marks when the question has them (at: where the folded word stands).
  const listed = (withMarks: ReadonlySet<string>, without: ReadonlySet<string>) => (at: number, folded: string): boolean =>
    (marked ? withMarks.has(lower.slice(at, at + folded.length)) : without.has(folded));
  const isStopWord = listed(STOP_MARKED, STOP_FOLDED);
  const stop = (at: number, folded: string): boolean => isStopWord(at, folded)
    || (CLOSING_PARTICLES.has(folded) && !/[a-z0-9]/.test(text.slice(at + folded.length)));
  const points = listed(POINTING_MARKED, POINTING);
  const plural = listed(PLURAL_MARKED, PLURAL_FOLDED);
  const words = nounAfter(text, end, { stop, points, plural, takes: TAKES.test(text.slice(0, m.index)) })
    ?? nounBefore(text.slice(0, m.index), SHARE_AFTER.test(text.slice(end)));
  if (!words) return undefined;
  const count = !ASKS_SHARE.test(text.replace(/\([^)]*\)/g, ' '));
  const absolute = count && (MAGNITUDE.test(text.slice(end)) || TOTAL.test(text)) ? { absolute: true as const } : {};
  // Ranks climbed are counted in either word: "mấy hạng" is answered by "tăng 16 bậc".
  if (RANKS.some((r) => r[0] === words.head[0])) return { words: RANKS, count, ...absolute };
  // People counted under the official wording the lexicon added ("người lớn (dân số trưởng thành)") count too.
  if (PEOPLE_HEADS.has(words.head[0]!) || PEOPLE.some((p) => p.every((w, i) => words.head[i] === w))) {
    const persons = RECIPIENTS.has(words.head[0]!) || RECIPIENTS.has(words.head.slice(0, 2).join(' ')) ? { persons: true as const } : {};
    return { words: [...PEOPLE, ...words.alternatives.map((a) => a.slice(0, 2))], count, ...absolute, ...persons };
  }
  if (words.head[0] === 'nha' && !NOT_HOMES.has(words.head[1] ?? '')) return { words: [...HOMES, ...words.alternatives.map((a) => a.slice(0, 2))], count, ...absolute };
  return { words: [words.head.slice(0, 1), ...words.alternatives.map((a) => a.slice(0, 2))], count, ...absolute };
}

interface Noun { head: string[]; alternatives: string[][] }

/** The noun right after "bao nhiêu", past a unit ("phần trăm", "%"), with the expansion bracketed after it. */
interface NounAfterOptions {
  readonly stop: (at: number, folded: string) => boolean;
  readonly points: (at: number, folded: string) => boolean;
  /** A plural word before the noun ("các", "bọn"), compared with its marks when the question has them. */
  readonly plural: (at: number, folded: string) => boolean;
  /** The question word follows "chiếm": the unit's bracketed wording is the unit, what follows is the whole. */
  readonly takes: boolean;
}

function nounAfter(text: string, from: number, { stop, points, plural, takes }: NounAfterOptions): Noun | undefined {
  const tokens = [...text.slice(from).matchAll(/[a-z0-9]+|%|\([^)]*\)|[^\sa-z0-9%()]+/g)].map((t) => ({ t: t[0], at: from + (t.index ?? 0) }));
  let i = 0;
  const word = (k: number): string => tokens[k]?.t ?? '';
  const pair = (): string => `${word(i)} ${word(i + 1)}`;
  while (i < tokens.length && (word(i) === '%' || UNIT_PAIRS.has(pair()) || (UNITS.has(word(i)) && /^[a-z(]/.test(word(i + 1))))) {
    i += UNIT_PAIRS.has(pair()) ? 2 : 1;
    // After "chiếm", the lexicon's wording of the unit ("chiếm bao nhiêu phần trăm (tỷ lệ) GRDP") is the unit still: what
    // follows is the whole the share is of.
    if (word(i).startsWith('(') && takes) i++;
  }
  // "so với" (compared with) ends it; "số" and "sơ" (hồ sơ) do not.
  // A word before "ơi" is whom the resident calls ("bao nhiêu bạn ơi", "ad" read as "bạn"), not a thing counted.
  const isWord = (k: number): boolean => /^[a-z][a-z0-9]*$/.test(word(k)) && !stop(tokens[k]!.at, word(k))
    && !(word(k) === 'so' && word(k + 1) === 'voi') && word(k + 1) !== 'oi';
  // A plural word before the noun ("bao nhiêu phần bọn thanh niên", "mấy phần các hộ") is no part of what is counted.
  while (i < tokens.length && plural(tokens[i]!.at, word(i)) && isWord(i) && isWord(i + 1)) i++;
  const head: string[] = [];
  while (i < tokens.length && head.length < 2 && isWord(i)) head.push(word(i++));
  // Two levels of government counted together ("bao nhiêu phường, xã", "mấy quận và huyện") count either: the articles
  // list them in their own order ("579/579 xã, phường, thị trấn"). Only such levels: after a comma the next clause may
  // start ("bao nhiêu xã, tính đến năm 2024?").
  // Typed side by side, without a comma ("bao nhiêu phường xã", "mấy quận huyện"), they count either too.
  const coordinated = head.length === 1 && LEVELS.has(head[0]!) && COORDINATES.has(word(i)) && isWord(i + 1) && LEVELS.has(word(i + 1)) ? [[word(i + 1)]]
    : head.length === 2 && LEVELS.has(head[0]!) && LEVELS.has(head[1]!) && head[0] !== head[1] ? [[head[1]!]] : [];
  // "bao nhiêu cái như vậy", "mấy cái đó": what is counted was named before; nothing in particular is read here.
  // "bao nhiêu nơi" closing the clause counts the places named before ("ở tất cả các phường xã chưa, bao nhiêu nơi?"):
  // nothing of its own. "bao nhiêu nơi ở Hà Nội cấp…" counts places.
  const placesNamedBefore = head.length === 1 && head[0] === 'noi'
    && tokens.slice(i).every((t) => !/^[a-z0-9]/.test(t.t) || CLOSING_PARTICLES.has(t.t) || t.t === 'roi' || t.t === 'the');
  if (head.length === 0 || UNITS.has(head[0]!) || points(tokens[i - head.length]!.at, head[0]!) || placesNamedBefore) return undefined;
  // "DVC (dịch vụ công)": an expansion right after the resident's word names the same thing.
  // Each of several wordings ("(các bạn trẻ; thanh niên)") is one, its plural word ("các", "những") left out.
  // The lexicon's wording comes after the whole everyday phrase, which may run past the head ("bao nhiêu việc cần làm
  // (nhiệm vụ)", "bao nhiêu phần GDP của thành phố (GRDP)"): a lexicon key is at most five words.
  let at = i;
  while (at < i + 4 && /^[a-z][a-z0-9]*$/.test(word(at))) at++;
  const bracket = word(i).startsWith('(') ? word(i) : word(at).startsWith('(') ? word(at) : '';
  const alternatives = bracket
    ? bracket.slice(1, -1).split(';').map((a) => a.split(/[^a-z0-9]+/).filter(Boolean))
      .map((a) => (PLURAL.has(a[0]!) ? a.slice(1) : a)).filter((a) => a.length > 0)
    : [];
  return { head, alternatives: [...coordinated, ...alternatives] };
}

const PLURAL = new Set(['cac', 'nhung', 'moi']);
// "bọn" and "lũ" say plural in speech; "mọi" (every) stays, as "mọi người" counts people. Unmarked, only "cac" and
// "nhung": "bon" is also bốn, bồn, "lu" also lũ lụt.
const PLURAL_MARKED = new Set(['các', 'những', 'bọn', 'lũ']);
const PLURAL_FOLDED = new Set(['cac', 'nhung']);
// What joins two levels counted together, folded ("và" and "hoặc" are also stop words, so they end the head), and the
// levels below the province (folded: "thị" for thị trấn and thị xã; "thì" is a stop word, so isWord refuses it).
const COORDINATES = new Set([',', '/', 'va', 'hoac']);
const LEVELS = new Set(['xa', 'phuong', 'quan', 'huyen', 'thi']);
// Words that point back ("mấy cái đó", "bao nhiêu như vậy"), compared with marks when the question has them: "đô thị"
// (bao nhiêu đô thị thông minh) counts towns, "đó" points.
const POINTING_MARKED = new Set(['như', 'vậy', 'đó', 'này', 'ấy', 'đây', 'kia']);
const POINTING = new Set([...POINTING_MARKED].map((w) => foldDiacritics(w)));

// Measures a figure is given of, named before the question word ("điểm số cụ thể là bao nhiêu"), folded.
const MEASURED = 'diem so|so diem|tong diem|toc do|dung luong|dien tich|chieu dai|trong luong';
// …with at most two words of what it is of ("tốc độ đường truyền"), then how it is asked ("cụ thể là", "đạt").
const MEASURE_BEFORE = new RegExp(String.raw`(?<![a-z0-9])(${MEASURED})(?:\s+[a-z]+){0,2}?(?:\s+cu the)?(?:\s+(?:la|dat|duoc|khoang))?\s*$`);

// A share asked right after the question word: "tốc độ cao tới bao nhiêu phần trăm hộ" asks a share, not a speed.
const SHARE_AFTER = /^\s*(?:phan tram|%)(?![a-z0-9])/;

/**
 * "có dung lượng bao nhiêu", "đạt tỷ lệ bao nhiêu": the noun between a verb and the question word. A measure named
 * before it is read past the lexicon's wording bracketed after it ("tốc độ đường truyền (mạng băng rộng) bao nhiêu"):
 * that wording reads the subject, the measure is still speed; not when a share is asked after it (`shareAfter`).
 */
function nounBefore(before: string, shareAfter: boolean): Noun | undefined {
  const m = /(?<![a-z0-9])(?:co|dat|chiem|gom)\s+([a-z]+(?:\s+[a-z]+)?)\s*$/.exec(before)
    ?? (shareAfter ? null : MEASURE_BEFORE.exec(before.replace(/\s*\([^)]*\)\s*$/, ' ')));
  if (!m) return undefined;
  const head = m[1]!.split(/\s+/).filter((w) => !STOP_FOLDED.has(w));
  return head.length > 0 && !UNITS.has(head[0]!) ? { head, alternatives: [] } : undefined;
}

// Numbers written out, read with their marks (an article always has them): folded, "ba" is also bà and "sau" also sau.
const SPELLED = new Set(['một', 'hai', 'ba', 'bốn', 'sáu', 'bảy', 'tám', 'chín', 'mười']);
// A figure after the thing it counts is given by a verb or a word of degree: "tỷ trọng … chiếm 30%", "tăng 16 bậc",
// "đạt khoảng 45%". A number right after a noun is part of a name ("chợ 4.0", "Đề án 06").
const GIVES = new Set(['đạt', 'là', 'chiếm', 'có', 'tăng', 'giảm', 'khoảng', 'gần', 'hơn', 'trên', 'tới', 'đến', 'lên',
  'được', 'còn', 'với', 'gồm', 'tổng', 'cho', 'thêm', 'xuống', 'mới', 'cả', 'tối', 'thiểu', 'đa', 'thứ', 'hạng']);

const VERB_REACH = 8;
// How far before people a number of things given to them may stand ("10 nghìn chữ ký số miễn phí cho công dân"), and the
// units that make it a figure of something else.
const GIVEN_REACH = 7;
const OTHER_UNITS = new Set(['dong', 'vnd', 'tien', 'ty', 'trieu', 'nam', 'thang', 'ngay', 'tuan', 'gio', 'phut', 'lan']);
const SHARE_REACH = 12;

/** A sentence as holdsMeasure reads it: the same for every question, so a caller may keep it per sentence. */
export interface MeasureTokens {
  /** Numbers (with a share's % or a rank's /63), words and punctuation, lower-cased. */
  readonly tokens: readonly string[];
  readonly folded: readonly string[];
  /** quantities() of the sentence. */
  readonly quantities: readonly string[];
}

export function measureTokens(sentence: string): MeasureTokens {
  const tokens = sentence.toLowerCase().normalize('NFC').match(/\d+(?:[.,]\d+)*(?:\/\d+)?%?|[\p{L}\p{M}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];
  return { tokens, folded: tokens.map((t) => foldDiacritics(t)), quantities: quantities(sentence) };
}

/**
 * Whether a sentence gives a number for the counted thing: a number the question does not already give, at most
 * three words before the thing in the same clause ("10 nghìn chữ ký số", "700 - 800 trường hợp"), or after it in
 * the clause, given by a verb within eight words or as a share within twelve ("tỷ trọng kinh tế số trong GRDP chiếm
 * khoảng 30%").
 */
export function holdsMeasure(sentence: string, measure: Measure | undefined, question: string): boolean {
  return measureHeld(measureTokens(sentence), measure, new Set(question.match(/\d+(?:[.,]\d+)*/g) ?? [])) !== 'none';
}

/**
 * How a sentence read once (measureTokens) gives the counted figure, with the figures the question gives: 'as asked'
 * (any figure when nothing in particular is counted), 'share' when the question asks how many and the sentence gives
 * only a share of the thing ("100% thủ tục hành chính" for "bao nhiêu thủ tục"), 'none' when it gives no figure of it, or
 * only a share where an amount is asked (Measure.absolute: "81,7% thuê bao" for "bao nhiêu triệu thuê bao").
 */
export type MeasureHeld = 'as asked' | 'share' | 'none';

export function measureHeld(read: MeasureTokens, measure: Measure | undefined, given: ReadonlySet<string>): MeasureHeld {
  if (!measure) return 'as asked';
  let share = false;
  // A share is a "%" or "phần trăm" after the number ("93 phần trăm hộ").
  const isShare = (n: number): boolean => read.tokens[n]!.endsWith('%') || (read.folded[n + 1] === 'phan' && read.folded[n + 2] === 'tram');
  const found = (n: number): boolean => {
    if (!measure.count || !isShare(n)) return true;
    share = true;
    return false;
  };
  return holdsMeasureAt(read, measure, given, found) ? 'as asked' : share && !measure.absolute ? 'share' : 'none';
}

/** Whether a figure of the thing is found and accepted (found(token index)); reading goes on past one refused. */
function holdsMeasureAt(read: MeasureTokens, measure: Measure, given: ReadonlySet<string>, found: (n: number) => boolean): boolean {
  const { tokens, folded } = read;
  const stated = new Set(read.quantities.filter((n) => !given.has(n)));
  const isNumber = (i: number): boolean => {
    const t = tokens[i]!;
    return stated.has(t.replace(/%$/, '').split('/')[0]!) || SPELLED.has(t);
  };
  const isWord = (i: number): boolean => /^[\p{L}\p{M}]+$/u.test(tokens[i] ?? '');
  for (const words of measure.words) {
    for (let h = 0; h < folded.length; h++) {
      if (!words.every((w, j) => folded[h + j] === w)) continue;
      // Before: a number, then only words (or a range "700 - 800") up to the thing. People a number of things is given
      // to ("cấp khoảng 10 nghìn chữ ký số miễn phí cho công dân") are counted by it, a few more words back, unless
      // those words give the number another unit (money, time: "500 tỷ đồng cho người dân").
      const given = measure.persons === true && folded[h - 1] === 'cho' && RECIPIENTS.has(words.join(' '));
      for (let n = h - 1, gap = 0; n >= 0 && gap <= (given ? GIVEN_REACH : 3); n--) {
        if (isNumber(n)) {
          if (found(n)) return true;
          break;
        }
        if (given && OTHER_UNITS.has(folded[n]!)) break;
        if (isWord(n)) gap++;
        else if (!(tokens[n] === '-' || tokens[n] === '–')) break;
      }
      // "Kép" right after the thing gives two of it ("mục tiêu kép": two aims at once).
      if (folded[h + words.length] === 'kep' && found(h + words.length)) return true;
      // After: no clause break, within eight tokens given by a verb, or within twelve as a share: "tỷ lệ dân số có
      // tài khoản thanh toán điện tử trên 50%" gives the share of dân after nine.
      for (let n = h + words.length; n < tokens.length && n - h <= SHARE_REACH; n++) {
        // A bracket ends the clause unless it holds the figure itself: "người dân sử dụng điện thoại di động (150%)".
        if (/^[;:)]$/.test(tokens[n]!) || (tokens[n] === '(' && !(n + 1 < tokens.length && isNumber(n + 1)))) break;
        if (isNumber(n) && (tokens[n]!.endsWith('%') || (n - h <= VERB_REACH && GIVES.has(tokens[n - 1]!))) && found(n)) return true;
      }
    }
  }
  return false;
}
