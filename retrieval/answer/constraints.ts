import provinces from '../data/provinces.json' with { type: 'json' };
import namedSubjects from '../data/named-subjects.json' with { type: 'json' };
import { cleanText, foldDiacritics, hasDiacritics } from '../text/normalize.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { runsOn } from '../text/runs-on.js';
import { tokenize } from '../text/tokenize.js';
import { peopleAsked } from './people.js';

/**
 * What a question pins its answer to, beside its subject: the place, the year, the numbered plan or decision. A
 * passage that speaks of the subject but not of these does not answer it: Hà Nội's DTI rank does not answer "Đà
 * Nẵng xếp thứ mấy", and 2022's does not answer "năm 2024".
 */
export interface Constraints {
  /** Places named, keyed by folded syllables joined by spaces ("da nang", "quan cau giay"). */
  readonly places: readonly Constraint[];
  /** Years named (four digits, 1900–2099). */
  readonly years: readonly Constraint[];
  /** Numbers that name a plan or decision ("310", "18-nq/tu"), never counts asked about. */
  readonly numbers: readonly Constraint[];
  /** Procedures, apps and ranking indices asked about by name ("khai sinh", "VNeID", "DTI"), keyed like places. */
  readonly subjects: readonly Constraint[];
  /** Offices asked about ("giám đốc", "phó chủ tịch"), keyed like places; a deputy is not the office itself. */
  readonly roles: readonly Constraint[];
  /** People named in full whose words are asked ("Bà Vũ Thu Hà có nói gì về…"), keyed like places. */
  readonly speakers: readonly Constraint[];
}

// The national offices one person holds, folded, as the subject of a verb of saying.
const OFFICE_LABEL: Readonly<Record<string, string>> = { 'thu tuong': 'Thủ tướng', 'tong bi thu': 'Tổng Bí thư', 'chu tich nuoc': 'Chủ tịch nước' };
// Verbs of saying after a national office, folded.
const SAYING = 'noi|phat bieu|nhan manh|khang dinh|cho rang|bao|de nghi|yeu cau|chi dao';
const OFFICE_SAYS = new RegExp(String.raw`(?<![a-z])(thu tuong|tong bi thu|chu tich nuoc)(?: chinh phu)?(?: [a-z]+){0,3}? (${SAYING})(?![a-z])`, 'g');
// Where a national office's holder speaks in a passage: the office, then what they said ("Thủ tướng Chính phủ Phạm Minh
// Chính đã nhấn mạnh…", which a passage also reports as "cho biết", "nêu rõ"), or after "theo". Named only as who held
// a conference ("Thủ tướng Chính phủ tổ chức Hội nghị…"), they say nothing there.
const SPEAKS: ReadonlyMap<string, RegExp> = new Map(Object.keys(OFFICE_LABEL).map((office) => [office,
  new RegExp(String.raw`(?<![a-z])(?:theo ${office}|${office}(?: [a-z]+){0,7}? (?:${SAYING}|cho biet|neu ro))(?![a-z])`)]));
const officeSpeaks = (passage: string, office: string): boolean => SPEAKS.get(office)?.test(passage) ?? false;

/** No constraint of any kind: the start for a caller that pins only some, and what is pinned with the checks off. */
export const NO_CONSTRAINTS: Constraints = { places: [], years: [], numbers: [], subjects: [], roles: [], speakers: [] };

export interface Constraint {
  /** What is looked for in a passage. */
  readonly key: string;
  /** As the question wrote it, for the reply. */
  readonly label: string;
  /** Other wordings that meet it in a passage, keyed alike (a named subject the paraphrase lexicon read). */
  readonly readings?: readonly string[];
}

/**
 * Something a question asks that only some sentences hold (a name, an item, the residents, the home…), read from the
 * question: a reply that quotes no sentence holding it is partial, and says it lacks it (see extractAnswer).
 */
export interface AskedParticular {
  /** What is asked, as the reply names it. */
  readonly asked: Constraint;
  /** Whether a sentence holds it. */
  readonly heldIn: (sentence: string) => boolean;
}

const folded = (text: string): string[] => tokenize(cleanText(text)).map((t) => t.folded);

// Names by their folded syllables, longest first so "thanh pho ho chi minh" wins over "ho chi minh".
const byLength = (names: readonly string[]): (readonly string[])[] =>
  [...new Set(names.map((p) => folded(p).join(' ')))].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const PROVINCES = byLength(provinces.places);
/** The provinces' names as folded syllables joined by spaces ("ha noi", "thanh pho ho chi minh"). */
export const PROVINCE_KEYS: ReadonlySet<string> = new Set(PROVINCES.map((p) => p.join(' ')));
// A named subject may have several names; each name maps to all of them, any of which meets it in a passage.
const SUBJECT_GROUPS = [...namedSubjects.procedures, ...namedSubjects.apps, ...namedSubjects.indices].map((g) => (Array.isArray(g) ? g : [g]).map((n) => folded(n).join(' ')));
const SUBJECTS = byLength(SUBJECT_GROUPS.flat());
const SUBJECT_NAMES = new Map(SUBJECT_GROUPS.flatMap((g) => g.map((n) => [n, g] as const)));
// Each name's spellings with marks, by its folded key: typed with marks, "số đó" (that number) is not "sổ đỏ".
const exactOf = (text: string): string => tokenize(cleanText(text)).map((t) => t.exact).join(' ');
function spellingsByKey(names: readonly string[]): ReadonlyMap<string, ReadonlySet<string>> {
  const spellings = new Map<string, Set<string>>();
  for (const n of names) {
    const key = folded(n).join(' ');
    spellings.set(key, (spellings.get(key) ?? new Set()).add(exactOf(n)));
  }
  return spellings;
}
const SUBJECT_SPELLINGS = spellingsByKey([...namedSubjects.procedures, ...namedSubjects.apps, ...namedSubjects.indices].flat());

// A verb of saying, a few words after an office ("ông Giám đốc Sở (Hà Nội) nói", "cho biết", "nhận xét"), folded; and a
// question asking who holds an office ("là ai", "tên gì", "ông nào").
const SAYS_WHAT = /^(?:\S+ ){0,3}(noi|cho biet|cho rang|khang dinh|nhan manh|chia se|nhan xet|danh gia)\b/;
const ASKS_WHO_HOLDS = /\b(la ai|ten (la )?gi|ten j|(la )?(ong|ba) nao)\b/;

// Each province's spellings with marks, by its folded key: typed with other marks and in lower case, "làm đồng bộ",
// "năm định tăng", "cao băng rộng" name no province; "Hà Nôi", capitalised, is Hà Nội mistyped.
const PLACE_SPELLINGS = spellingsByKey(provinces.places);
const TITLE_CASE = /^(?:\p{Lu}\S*\s*)+$/u;

// "quận Cầu Giấy", "huyện Sóc Sơn", "phường Láng Hạ": a unit word, then a name in title case (marks kept or not). An
// all-capitals word after it is an abbreviation, not a name: "liên quan CĐS" is not a district.
// Unmarked unit words only in an unmarked question: with marks typed, "các cơ quan Hải Phòng" (offices) is no district.
// The unit word may open the sentence ("Quận Cầu Giấy đã cấp…"); the name still needs its capitals.
// A name is capitalised words after the unit word ("Phường Quan Hoa", "phuong Xa La" are names; "Phường Xã nào" is two
// unit words, the second followed by no name); a match never starts on the name of the one before it.
const UNIT_WORDS = String.raw`[Qq]uận|[Hh]uyện|[Pp]hường|[Xx]ã|[Tt]hị xã|[Tt]hị trấn`;
const UNIT_WORDS_UNMARKED = String.raw`[Qq]uan|[Hh]uyen|[Pp]huong|[Xx]a|[Tt]hi xa|[Tt]hi tran`;
// Unmarked, "quan" is also the "quan" of "cơ quan", "liên quan" ("lien quan Phuong Quan Hoa").
const localUnit = (units: string): RegExp => new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!(?<!(?:[Cc]o|[Ll]ien)\s+)(?:${units})\s+)` +
  String.raw`(?<!(?:[Cc]o|[Ll]ien)\s+)(${units})\s+` +
  String.raw`(?!(?:${units})(?:\s+(?!\p{Lu})|\s*$|\s*[,.?!;:]))((?:\p{Lu}\p{Ll}[\p{L}\p{M}]*\s*){1,3})`, 'gu');
const LOCAL_UNIT = localUnit(`${UNIT_WORDS}|${UNIT_WORDS_UNMARKED}`);
const LOCAL_UNIT_MARKED = localUnit(UNIT_WORDS);

// A numbered document: "Kế hoạch 310", "Quyết định 3478", "KH 227", "Nghị quyết số 18-NQ/TU", "Đề án 06"; an abbreviation's
// expansion may stand between, as the question's reading writes it ("KH (kế hoạch) 310").
export const DOCUMENT = /(?<![\p{L}\p{N}])(kế hoạch|quyết định|nghị quyết|nghị định|thông tư|đề án|chỉ thị|luật|ke hoach|quyet dinh|nghi quyet|nghi dinh|thong tu|de an|chi thi|kh|qđ|qd|nq)(?:\s\([^()]{1,30}\))?\s+(?:số\s+|so\s+)?(\d[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)*)/giu;

/** A year as a question or passage names it: four digits 1900–2099, not a share nor part of a code ("3478/2023"). */
export const YEAR = /(?<![\p{N}/.,])(19\d\d|20\d\d)(?![\p{N}%])/gu;
// A question's date names its year too: after "tháng" ("công bố tháng 10/2018", "t10/2018") or in a whole date ("ngày
// 3/6/2020"); not a number over a year ("Nghị quyết 05/2023", "tỷ lệ 1/2000"). Not read in passages: there a date is
// mostly when a document was issued ("Kế hoạch số 174/KH-UBND ngày 27/7/2021"), not the time the paragraph speaks of,
// which the frame carried to the next paragraph is.
const DATE_YEAR = /(?<=(?:(?<![\p{L}])(?:tháng|thang|t)\s*(?:0?[1-9]|1[0-2])|(?<![\p{N}/])(?:[1-9]|[12]\d|3[01])\/(?:0?[1-9]|1[0-2]))\/)(19\d\d|20\d\d)(?![\p{N}%/])/giu;

// Offices news names people by. "Phó Giám đốc Sở" does not answer "ai là Giám đốc Sở": the deputy is named, the
// head is not, so a question asking for an office is met only where the office stands without "phó" before it.
const ROLES = byLength(['giám đốc', 'tổng giám đốc', 'chủ tịch', 'bí thư', 'bộ trưởng', 'thứ trưởng', 'thủ tướng',
  'chánh văn phòng', 'trưởng phòng', 'trưởng ban', 'cục trưởng', 'vụ trưởng', 'hiệu trưởng', 'viện trưởng', 'chủ nhiệm']);

/**
 * The constraints of a message: those of its asking sentences, and, when they ask how a procedure is done without
 * naming it or a numbered plan, the procedure its story names.
 */
// A person and "là" ("mình là", "mẹ tôi là một"): who someone is.
const PERSON_IS = '(?:tôi|toi|mình|minh|em|tui|tớ|cháu|chau|bố tôi|mẹ tôi|ông tôi|bà tôi|con tôi|chồng tôi|vợ tôi)\\s+(?:là|la)\\s+(?:(?:một|mot|1)\\s+)?';

export function messageConstraints(focus: string, text: string, asksProcedure: boolean, asksStepsOrPapers = false): Constraints {
  const own = questionConstraints(focus);
  // "Mẹ tôi cần làm thẻ căn cước mới… Thủ tục như thế nào?": the procedure asked about is the one the story names. One
  // that names its own plan ("Nhờ Đề án 06, … giải quyết thủ tục liên thông mấy cấp?") asks of that plan.
  if (!asksProcedure || own.subjects.length > 0 || own.numbers.length > 0 || focus === text) return own;
  // The chat group the resident read it in ("Trong nhóm Zalo của tổ dân phố có người hỏi…") names no procedure; nor,
  // unless its steps or papers are asked, who the resident is ("Mình là người khuyết tật, đi lại khó khăn. Làm giấy
  // tờ bằng điện thoại thì được lợi gì?"; but "Mẹ tôi là người có công. Hồ sơ gồm những gì?").
  const aside = (s: Constraint): RegExp => new RegExp(`(?<![\\p{L}])(?:(?:nhóm|nhom|group)\\s+${asksStepsOrPapers ? '' : `|${PERSON_IS}`})`
    + `${escapeRegExp(s.label)}(?![\\p{L}])`, 'iu');
  return { ...own, subjects: questionConstraints(text).subjects.filter((s) => !aside(s).test(text)) };
}

/**
 * The asking sentences' constraints, each kind the asking sentences leave empty taken from the sentences they point
 * back to: "Tôi ở Sài Gòn… Nghe nói ngoài đó làm lý lịch tư pháp… Ai giao cho Hà Nội làm thí điểm vụ đó?" asks of Hà Nội,
 * while "Hải Phòng có kế hoạch chuyển đổi số. Kế hoạch đó ban hành ngày nào?" asks of Hải Phòng.
 */
export function withReferred(own: Constraints, referred: string, asksWhen = false): Constraints {
  if (referred.trim() === '') return own;
  const r = questionConstraints(referred);
  // Asked when ("…bảo là tầm nhìn đến 2045. Thực ra đến năm bao nhiêu?"), a year the referred sentence gives is the
  // answer in doubt, not a particular of the question. Dropping only target years ("đến 2045"), so that "nghị quyết
  // năm 2021… ban hành ngày nào?" keeps its year, lost two questions of a checking half.
  const pick = <K extends keyof Constraints>(k: K): Constraints[K] => (own[k].length > 0 || (asksWhen && k === 'years') ? own[k] : r[k]);
  return { places: pick('places'), years: pick('years'), numbers: pick('numbers'), subjects: pick('subjects'), roles: pick('roles'), speakers: pick('speakers') };
}

export function questionConstraints(question: string): Constraints {
  const text = cleanText(question);
  const tokens = tokenize(text);
  // "…có cấp chữ ký số miễn phí giống Hà Nội không?": the province a question compares with is not the one it asks of;
  // nor is one the text runs on from into another word ("lam dong bo": làm đồng bộ, see runsOn).
  const places = new Map([...namesIn(tokens, PROVINCES_BY_FIRST, { skipAfter: COMPARED, whole: true })].filter(([key, label]) =>
    !hasDiacritics(label) || TITLE_CASE.test(label) || (PLACE_SPELLINGS.get(key)?.has(exactOf(label)) ?? true)));
  const subjects = new Map([...namesIn(tokens, SUBJECTS_BY_FIRST, { whole: true, skipAfter: DIRECTOR })].filter(([key, label]) =>
    !hasDiacritics(label) || (SUBJECT_SPELLINGS.get(key)?.has(exactOf(label)) ?? true)));
  // An office cited ("Theo ông Giám đốc Sở, uy tín của những ai…", "Theo chia sẻ của Phó Giám đốc Sở…": "theo" a few
  // words before, in the same clause) is who said it, not who is asked for; one that speaks ("Phó Giám đốc Sở nói về
  // nhân lực là ai?") may be who is asked for.
  const cited = (at: number): boolean => tokens.slice(Math.max(0, at - 6), at).some((t) => t.folded === 'theo' && t.clause === tokens[at]!.clause);
  // So is one that says what is asked, unless it is asked who holds the office: "ông Giám đốc Sở nói uy tín của ai đã kéo
  // được các bạn trẻ" asks of what he said; "Phó Giám đốc Sở nói về nhân lực là ai?" asks who he is.
  const foldedText = foldDiacritics(text.toLowerCase());
  const asksWhoHolds = ASKS_WHO_HOLDS.test(foldedText);
  const says = (at: number, length: number): boolean => !asksWhoHolds && SAYS_WHAT.test(tokens.slice(at + length, at + length + 6)
    .filter((t) => t.clause === tokens[at]!.clause).map((t) => t.folded).join(' '));
  const roles = new Map([...namesIn(tokens, ROLES_BY_FIRST)].flatMap(([key, label]): [string, string][] => {
    const at = tokens.findIndex((t, i) => key.split(' ').every((w, j) => tokens[i + j]?.folded === w));
    if (at >= 0 && (cited(at) || says(at, key.split(' ').length))) return [];
    return [at > 0 && tokens[at - 1]!.folded === 'pho' ? [`pho ${key}`, `${tokens[at - 1]!.surface} ${label}`] : [key, label]];
  }));
  // Marked as the resident typed it: the lexicon's bracketed wordings bring marks of their own.
  // A province after a unit word is whose units they are, named as a place already (see unitsOfProvince).
  for (const m of text.matchAll(hasDiacritics(text.replace(/\([^)]*\)/g, ' ')) ? LOCAL_UNIT_MARKED : LOCAL_UNIT)) {
    if (!unitsOfProvince(m[1]!, m[2]!)) places.set(folded(`${m[1]} ${m[2]}`).join(' '), `${m[1]} ${m[2]!.trim()}`);
  }
  districtsIn(tokens, places);
  // A city named with its capitals ("Nha Trang", "Thủ Đức"): folded, "Dĩ An" is also "đi ăn". Not ending a person's
  // name after a title ("ông Nguyễn Thái Hòa").
  for (const [key, label] of namesIn(tokens, CITIES_BY_FIRST, { skipAfter: COMPARED })) {
    if (TITLE_CASE.test(label) && !inPersonName(text, label)) places.set(key, label);
  }
  // The whole country, asked of no province ("kinh tế số chiếm bao nhiêu % GDP cả nước?"): a city's figure does not
  // answer it. Beside a province it is the ranking's frame ("Hà Nội đứng thứ mấy cả nước"), which a rank answers.
  // So it is after a rank asked ("thành phố đứng thứ mấy cả nước"), whoever is ranked.
  const national = places.size === 0 && !RANK_IN_COUNTRY.test(foldedText) ? namesIn(tokens, NATIONAL_BY_FIRST)
    : new Map<string, string>();
  for (const label of national.values()) places.set(NATIONAL_KEY, label);
  const years = new Map([...text.matchAll(YEAR), ...text.matchAll(DATE_YEAR)].map((m) => [m[1]!, `năm ${m[1]}`]));
  for (const y of premisedYears(text)) years.delete(y);
  const numbers = new Map([...text.matchAll(DOCUMENT)].map((m) => [numberKey(m[2]!), `${m[1]} ${m[2]}`]));
  for (const m of foldedText.matchAll(MEETING)) {
    // The resident's own words for the reply, where folding kept the text's length (it does letter by letter).
    const label = foldedText.length === text.length ? text.slice(m.index, m.index + m[0].length) : `họp thứ ${m[2]}`;
    numbers.set(`hop thu ${ORDINALS[m[2]!] ?? m[2]}`, label);
  }
  const list = (m: Map<string, string>): Constraint[] => [...m].map(([key, label]) => ({ key, label }));
  // What someone said is reported only where they are named: the label says what the articles lack.
  const speakers = peopleAsked(text).map((p) => ({ key: p.key, label: `ý kiến của ${p.label} về việc này` }));
  // So is what the one holder of a national office said ("Thủ tướng nói gì về…"): a Giám đốc Sở is one of many.
  for (const m of foldedText.matchAll(OFFICE_SAYS)) speakers.push({ key: m[1]!, label: `ý kiến của ${OFFICE_LABEL[m[1]!]} về việc này` });
  return { places: list(places), years: list(years), numbers: list(numbers), subjects: list(subjects), roles: list(roles), speakers };
}

// A meeting named by its ordinal ("kỳ họp thứ 10", "lần họp thứ hai"): which one, as a numbered plan is, so the "Kỳ
// họp thứ 10" paragraph does not answer when the second meeting was. Folded; the passage writes it in digits.
const MEETING = /\b(ky|ki|lan|dot|phien|cuoc|buoi) hop thu (\d+|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b/g;
const ORDINALS: Readonly<Record<string, string>> = { nhat: '1', hai: '2', ba: '3', tu: '4', nam: '5', sau: '6', bay: '7', tam: '8', chin: '9', muoi: '10' };

// A province's name after a district or ward unit word names whose units they are ("các quận, huyện Hải Phòng", "quận/huyện
// Hà Nội Hải Phòng"); a town may bear its province's name ("Thị xã Phú Thọ").
const TOWN = /^(?:thị|thi)\s/iu;
const unitsOfProvince = (unit: string, name: string): boolean => {
  const words = folded(name);
  return !TOWN.test(unit) && words.some((_, i) => PROVINCE_KEYS.has(words.slice(0, i + 1).join(' ')));
};

// Names by their first syllable, so a question's syllables are looked up rather than checked against every name.
const byFirst = (names: readonly (readonly string[])[]): ReadonlyMap<string, (readonly string[])[]> => {
  const m = new Map<string, (readonly string[])[]>();
  for (const n of names) m.set(n[0]!, [...(m.get(n[0]!) ?? []), n]);
  return m;
};
const PROVINCES_BY_FIRST = byFirst(PROVINCES);
// Titles before a person's name, either case at their start (the names after them must be capitalised).
const TITLES = `(?:${['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'em', 'đồng chí', 'ong', 'ba', 'chi', 'co', 'chu', 'bac', 'dong chi']
  .map((t) => `[${t[0]!.toUpperCase()}${t[0]}]${t.slice(1)}`).join('|')})`;
function inPersonName(text: string, label: string): boolean {
  const name = escapeRegExp(label);
  return new RegExp(`(?<![\\p{L}])${TITLES}\\s+(?:\\p{Lu}\\p{L}*\\s+)*${name}`, 'u').test(text);
}
const CITIES_BY_FIRST = byFirst(byLength(provinces.cities));
// What names the whole country, in a question and in a passage. Not "Việt Nam": in these texts it mostly names an index
// ("Chỉ số thương mại điện tử Việt Nam") beside a city's own figures. A passage also speaks of the whole country when it
// names something national ("Chương trình Chuyển đổi số quốc gia"); session 14: key fact up on four sets, none down.
const NATIONAL_KEY = 'ca nuoc';
/** Whether the constraints ask of the whole country, and so of no province. */
export const asksOfCountry = (c: Constraints): boolean => c.places.some((p) => p.key === NATIONAL_KEY);
const NATIONAL_WORDS = ['cả nước', 'toàn quốc', 'nước ta'];
const NATIONAL_BY_FIRST = byFirst(byLength(NATIONAL_WORDS));
const NATIONAL_IN_PASSAGE = [...NATIONAL_WORDS, 'quốc gia'].map((w) => ` ${folded(w).join(' ')} `);
// "Việt Nam" opening a clause is what the clause is about ("Việt Nam đã tận dụng… Internet (70%)"), not an index's name.
const COUNTRY_OPENS_CLAUSE = /(?:^|[.;:,]\s*)viet nam(?![a-z])/m;
const RANK_IN_COUNTRY = /\b(thu|hang|vi tri)\b[^,.;?!]{0,20}?\b(may|bao nhieu|nao)\b[^,.;?!]{0,20}\b(ca nuoc|toan quoc)\b/;
const SUBJECTS_BY_FIRST = byFirst(SUBJECTS);
const ROLES_BY_FIRST = byFirst(ROLES);

// The two cities' districts by name, after their unit word in any case ("huyện sóc sơn", "quan cau giay"): residents
// type names in lower case, and these names are not words of another meaning. Unmarked "quan" after "cơ"/"liên" is
// no district, as above.
const DISTRICT_UNITS = new Set(['quan', 'huyen', 'thi xa']);
const DISTRICTS_BY_FIRST = byFirst(byLength(provinces.districts));
function districtsIn(tokens: readonly { folded: string; surface: string }[], found: Map<string, string>): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const two = `${tokens[i]!.folded} ${tokens[i + 1]!.folded}` === 'thi xa';
    const unit = two ? 2 : DISTRICT_UNITS.has(tokens[i]!.folded) ? 1 : 0;
    if (unit === 0 || (tokens[i]!.folded === 'quan' && ['co', 'lien'].includes(tokens[i - 1]?.folded ?? ''))) continue;
    const at = i + unit;
    const name = (DISTRICTS_BY_FIRST.get(tokens[at]?.folded ?? '') ?? []).find((n) => n.every((w, j) => tokens[at + j]?.folded === w));
    if (!name) continue;
    const words = tokens.slice(i, at + name.length);
    const key = words.map((t) => t.folded).join(' ');
    if (![...found.keys()].some((k) => k.startsWith(key))) found.set(key, words.map((t) => t.surface).join(' '));
  }
}

// "giống Hà Nội", "giống như Hải Phòng", "tương tự Hà Nội": the words before a province compared with, as typed (with
// marks, "giọng Hà Nội" is an accent) or without any.
const COMPARED = new Set(['giống', 'giống như', 'tương tự', 'tương tự như', 'giong', 'giong nhu', 'tuong tu', 'tuong tu nhu']);
// Typed without marks, "giam doc so do" is the director of that department (sở đó), not a land title (sổ đỏ).
const DIRECTOR = new Set(['giám đốc', 'giam doc']);

/**
 * Each name of the list the tokens spell, keyed by its folded syllables, with the question's own spelling; none right
 * after a word of `skipAfter` (one or two tokens), and with `whole` none the text runs on from into another word.
 */
function namesIn(tokens: readonly { folded: string; surface: string }[], names: ReadonlyMap<string, (readonly string[])[]>,
  { skipAfter, whole = false }: { readonly skipAfter?: ReadonlySet<string>; readonly whole?: boolean } = {}): Map<string, string> {
  const found = new Map<string, string>();
  const after = (i: number, n: number): string => tokens.slice(Math.max(0, i - n), i).map((t) => t.surface.toLowerCase()).join(' ');
  for (let i = 0; i < tokens.length; i++) {
    for (const p of names.get(tokens[i]!.folded) ?? []) {
      if (p.every((w, j) => tokens[i + j]?.folded === w)) {
        // With `whole`, not a name the text runs on from into another word (see runsOn).
        if (whole && runsOn(p[p.length - 1]!, tokens[i + p.length]?.folded ?? '')) continue;
        if (!skipAfter?.has(after(i, 1)) && !skipAfter?.has(after(i, 2))) found.set(p.join(' '), tokens.slice(i, i + p.length).map((t) => t.surface).join(' '));
        i += p.length - 1;
        break;
      }
    }
  }
  return found;
}

/** A passage's text, with its title and heading, as the constraints are checked against it. */
export interface ConstraintText {
  /** Folded syllables joined by single spaces, padded with a space at both ends. */
  readonly syllables: string;
  /** Lower-cased, folded raw text, for numbers with their separators. */
  readonly raw: string;
  /**
   * The raw text without the years it compares against ("tăng 16 bậc so với năm 2021"): a passage naming a year only so
   * tells of another year, and does not meet a question asking of that one ("năm 2021 … xếp thứ mấy").
   */
  readonly unbased: string;
  /** The raw text without its whole dates: where a document's number is looked for ("ngày 06/9/2021" is no "Đề án 06"). */
  readonly undated: string;
}

// A whole date, day/month/year ("06/9/2021"); a document's code ("05/2023/NQ-HĐND", "4098/QĐ-UBND") is not one.
const WHOLE_DATE = /(?<![\d/])\d{1,2}\/\d{1,2}\/\d{2,4}(?![\d/])/g;

export function constraintText(text: string): ConstraintText {
  let c = constraintTexts.get(text);
  if (!c) {
    const raw = foldDiacritics(cleanText(text)).toLowerCase();
    c = { syllables: ` ${folded(text).join(' ')} `, raw, unbased: raw.replace(BASELINE_YEAR, ' ').replace(HORIZON_YEAR, ' '), undated: raw.replace(WHOLE_DATE, ' ') };
    // The same passages come back question after question: worked out once each (bounded, like the syllable memo).
    if (constraintTexts.size >= 20_000) constraintTexts.clear();
    constraintTexts.set(text, c);
  }
  return c;
}

const constraintTexts = new Map<string, ConstraintText>();

/** A year a figure is compared against: "so với năm 2021", "so với cùng kỳ năm 2023", "so với hồi 2020". */
export const BASELINE_YEAR = /(?<![\p{L}])(?:so với|so voi)(?: (?:cùng kỳ|cung ky))?(?: (?:hồi|hoi|thời|thoi))?(?: (?:năm|nam))? (?:19|20)\d\d(?!\d)/giu;

// A plan's horizon in its name ("Chương trình … đến năm 2025, định hướng đến năm 2030", "tầm nhìn đến năm 2050"): the
// passage names the plan, not what is set for that year. Folded.
const HORIZON_YEAR = /(?<![a-z])(?:dinh huong|tam nhin)(?: (?:den|toi))?(?: nam)? (?:19|20)\d\d(?!\d)/g;

const NONE: ReadonlySet<string> = new Set();

/**
 * The years a question may mean as a plan's horizon: those it names so ("chương trình … định hướng 2030"), and every one
 * in a question naming a plan ("Quy hoạch Thủ đô đến 2050 cần thêm gì", "nq 06 tw 2030 2045"): a plan's name meets them.
 */
export function horizonYears(question: string): ReadonlySet<string> {
  const f = foldDiacritics(question).toLowerCase();
  if (PLAN_NAMED.test(f)) return new Set(question.match(YEAR) ?? []);
  return new Set([...f.matchAll(HORIZON_YEAR)].map((m) => m[0].slice(-4)));
}
const PLAN_NAMED = /(?<![a-z])(?:quy hoach|nghi quyet|nq|chuong trinh|ke hoach|kh|de an|quyet dinh|qd|chien luoc|nghi dinh|thong tu|chi thi)(?![a-z])/;

/**
 * The years a question itself compares against ("tăng bao nhiêu bậc so với năm 2021"), where it names them nowhere
 * else: a passage comparing against them meets them.
 */
export function comparedYears(question: string): ReadonlySet<string> {
  // Typed without marks, "so 2021" compares only beside another year ("nam 2022 tang bao nhieu bac so 2021"): alone it
  // is as often "số 2021" ("chi so chuyen doi so 2021 ha noi xep thu").
  const shortened = hasDiacritics(question) || new Set(question.match(YEAR)).size > 1;
  const pattern = shortened ? COMPARED_YEAR : BASELINE_YEAR;
  const outside = question.replace(pattern, ' ');
  return new Set([...question.matchAll(pattern)].map((m) => m[0].slice(-4)).filter((y) => !outside.includes(y)));
}

// As BASELINE_YEAR, and as residents shorten it ("tăng bao nhiêu bậc so 2021"). Only in a question: in a passage's
// folded text "so 2021" may be "số 2021".
const COMPARED_YEAR = /(?<![\p{L}])so(?: với| voi| vs)?(?: (?:cùng kỳ|cung ky))?(?: (?:hồi|hoi|thời|thoi))?(?: (?:năm|nam))? (?:19|20)\d\d(?!\d)/giu;

// The Party's central bodies sign "NQ/TƯ", which residents type "NQ/TW": folded, both are "nq/tu".
const CENTRAL = /(?<=[-/])tw(?![\p{L}\p{N}])/gu;

/** A document's number as passages are matched on it: folded, lower-cased, the central bodies' "TW" as "TƯ". */
function numberKey(typed: string): string {
  return foldDiacritics(typed).toLowerCase().replace(CENTRAL, 'tu');
}

/**
 * The constraints the passage does not meet (empty: it meets them all). An asked year is met where the passage names
 * it other than as what it compares against or as a plan's horizon, or as those too where the question names it so
 * (`compared`).
 */
export function unmetConstraints(c: Constraints, passage: ConstraintText, compared: ReadonlySet<string> = NONE): Constraint[] {
  return [
    ...c.places.filter((p) => (p.key === NATIONAL_KEY
      ? !NATIONAL_IN_PASSAGE.some((n) => passage.syllables.includes(n)) && !COUNTRY_OPENS_CLAUSE.test(passage.raw)
      : !passage.syllables.includes(` ${p.key} `))),
    ...c.subjects.filter((p) => ![...SUBJECT_NAMES.get(p.key) ?? [p.key], ...p.readings ?? []].some((name) => passage.syllables.includes(` ${name} `))),
    ...c.years.filter((y) => !new RegExp(`(?<!\\d)${y.key}(?!\\d)`).test(compared.has(y.key) ? passage.raw : passage.unbased)),
    ...c.numbers.filter((n) => !new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n.key)}(?![\\p{N}])`, 'u').test(passage.undated)),
    ...c.roles.filter((r) => !holdsRole(passage.syllables, r.key)),
    ...c.speakers.filter((p) => (OFFICE_LABEL[p.key] ? !officeSpeaks(passage.raw, p.key) : !passage.syllables.includes(` ${p.key} `))),
  ];
}

/** Whether the passage names the office itself: for a head, somewhere without "phó" before it. */
function holdsRole(syllables: string, key: string): boolean {
  for (let at = syllables.indexOf(` ${key} `); at >= 0; at = syllables.indexOf(` ${key} `, at + 1)) {
    if (key.startsWith('pho ') || !syllables.slice(0, at + 1).endsWith(' pho ')) return true;
  }
  return false;
}


// Particles that may close a choice: "Viettel hay VNPT ạ", "mức độ 3 hay mức độ 4 vậy?".
const CLOSING = String.raw`(?:\s+(?:vậy|vay|ạ|a|nhỉ|nhi|nhé|nhe|hả|ha|thế|the|ad|bạn|ban))*\s*[?!.]*\s*$`;
// "…thuê của Viettel hay VNPT?": a question that closes on a choice between two names.
const NAME_CHOICE = new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}]*)\s+hay(?:\s+(?:là|la))?\s+(\p{Lu}[\p{L}\p{N}]*)${CLOSING}`, 'u');

/**
 * The two names a question asks to choose between ("Viettel hay VNPT?"); none when it asks no such choice. Only a
 * sentence naming one of them answers it: the articles may speak of the subject and name neither.
 */
export function namedChoice(question: string): Constraint[] {
  const text = cleanText(question).trim();
  const m = NAME_CHOICE.exec(text);
  if (m) return [m[1]!, m[2]!].map((name) => ({ key: folded(name).join(' '), label: name }));
  const n = NUMBER_CHOICE.exec(text);
  if (!n) return [];
  // "mức", "mức độ", "cấp độ" name one scale: keyed as "mức", "cấp" (see namesOneOf).
  return [n[2]!, n[3]!].map((num) => `${n[1]!.toLowerCase()} ${num}`)
    .map((name) => ({ key: canonicalScale(folded(name).join(' ')), label: name }));
}

// "…được phiếu số 1 hay số 2?", "mức độ 3 hay mức độ 4 vậy?", "mẫu 1 hay 2?": a choice between two numbered kinds, which
// a sentence answers only by naming one ("phiếu số 1", "mức độ 4"); closing particles may follow.
const canonicalScale = (words: string): string => words.replace(/\b(muc|cap) do\b/g, '$1');
const NUMBER_CHOICE = new RegExp(String.raw`(?<![\p{L}\p{N}])(số|mức độ|mức|cấp độ|mẫu|loại|cấp)\s+(\d+)\s+hay(?:\s+(?:là|la))?\s+(?:\p{L}+\s+){0,2}?(\d+)${CLOSING}`, 'iu');

/** Whether a text names one of the names of a choice (folded syllables, whole words). */
export function namesOneOf(choice: readonly Constraint[], text: string): boolean {
  const words = ` ${canonicalScale(folded(text).join(' '))} `;
  return choice.some((c) => words.includes(` ${c.key} `));
}

// "kế hoạch … ra hồi năm 2023", "ban hành năm 2021": the year names the document, not the year its figures are for.
const ISSUED_IN = /\b(?:ban hanh|ra doi|ra|ky|phe duyet|thong qua)(?: (?:hoi|vao|tu|trong|tai))?(?: nam| thang \d{1,2}\/| thang \d{1,2} nam)? ?(?<year>(?:19|20)\d\d)\b/g;

// "Văn bản của ủy ban hồi cuối tháng 9/2023 về …", "kế hoạch ngày 27/9/2023": a document dated to the month or the day is
// named by its date; a year for which figures are set is a year alone ("kế hoạch năm 2023").
// A date after "đến", "tới", "hết", "từ", "trước" is a deadline or a span ("kế hoạch … đến tháng 12/2025"), not the date.
const DOCUMENT_DATED = /\b(?:van ban|ke hoach|quyet dinh|nghi quyet|de an|chuong trinh|chi thi|thong tu|cong van|nghi dinh)\b[^.?!]{0,50}?(?<!\b(?:den|toi|het|tu|truoc)(?: (?:ngay|thang))?\s)(?<![\d/])\b(?:thang \d{1,2}\/|ngay \d{1,2}\/\d{1,2}\/|\d{1,2}\/\d{1,2}\/|\d{1,2}\/)(?<year>(?:19|20)\d\d)\b/g;

/** The years a question gives as when a document was issued ("ra hồi năm 2023"): they pin the passage, not the sentence. */
export function issuedYears(question: string): ReadonlySet<string> {
  const folded = foldDiacritics(cleanText(question).toLowerCase());
  return new Set([...folded.matchAll(ISSUED_IN), ...folded.matchAll(DOCUMENT_DATED)].map((m) => m.groups!['year']!));
}

// The ranking indices, each by all its names (folded syllables joined by spaces).
const INDEX_GROUPS = namedSubjects.indices.map((g) => g.map((n) => folded(n).join(' ')));

/**
 * Whether a sentence ranks by another index than the one asked about, and not by that one: "Hà Nội xếp thứ mấy trong
 * ICT Index năm 2024?" is not answered by "đứng thứ 2 … về Chỉ số thương mại điện tử", beside it in the passage.
 */
export function ranksByOtherIndex(subjects: readonly Constraint[], sentence: string): boolean {
  const asked = INDEX_GROUPS.filter((g) => subjects.some((s) => g.includes(s.key)));
  if (asked.length === 0) return false;
  const words = ` ${folded(sentence).join(' ')} `;
  const names = (g: readonly string[]): boolean => g.some((n) => words.includes(` ${n} `));
  return !asked.some(names) && INDEX_GROUPS.some((g) => !asked.includes(g) && names(g));
}

// A figure the resident gives, beside which a year is a premise: a share ("17,15%"), a decimal, a ratio ("24/63"), or a
// number given by a verb ("là 20", "xếp thứ 24", "đạt 80"); not a document's number ("Nghị quyết 06") nor a count of
// years ("trong 3 năm").
const GIVEN_FIGURE = /\d+(?:[.,]\d+)?\s*%|\d+[.,]\d+|\d+\/\d+|(?<!\p{L})(?:là|đạt|xếp|chiếm|tăng|la|dat|xep|chiem|tang)(?: (?:thứ|hạng|thu|hang))? \d+/u;
const PREMISE_BREAK = /[,.;?!]|\s(?=(?:vậy|vay|còn|con|thế còn|the con)\s)/u;

/**
 * The years of a premise: "Kinh tế số năm 2022 là 17,15%, vậy năm 2023 được bao nhiêu?" gives 2022's figure and asks
 * 2023's. A year in a clause that also gives a figure, with another year named after it, is what the resident already
 * knows, not the year asked; named again after, it is asked.
 */
export function premisedYears(text: string): Set<string> {
  const clauses = text.split(PREMISE_BREAK);
  const premised = new Set<string>();
  clauses.forEach((clause, i) => {
    const years: string[] = clause.match(YEAR) ?? [];
    if (years.length === 0 || !GIVEN_FIGURE.test(clause.replace(YEAR, ' '))) return;
    const later: string[] = clauses.slice(i + 1).join(' ').match(YEAR) ?? [];
    if (!later.some((y) => !years.includes(y))) return;
    for (const y of years) if (!later.includes(y)) premised.add(y);
  });
  return premised;
}
