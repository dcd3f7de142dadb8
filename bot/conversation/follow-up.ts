import provinces from '../../retrieval/data/provinces.json' with { type: 'json' };
import { bundledAbbreviations } from '../../retrieval/index/bundled-abbreviations.js';
import { foldDiacritics } from '../../retrieval/text/normalize.js';

/** The standalone question retrieval should see, and whether it differs from what was typed. */
export interface Rewrite {
  readonly standalone: string;
  readonly rewritten: boolean;
}

const fold = (s: string): string => foldDiacritics(s.toLowerCase());

// "Còn Hải Phòng thì sao?" / "thế còn TP.HCM?" / "Hải Phòng thì sao": a new subject for the previous question.
const NEW_SUBJECT = /^(?:(?:the |vay |con |the con |vay con )+)?(.+?)(?: thi sao| the nao| thi the nao)?\s*\??$/;
// Words that point back at what was just discussed.
const ANAPHORA = /\b(thu tuc do|thu tuc nay|viec do|viec nay|cai do|cai nay|no|do|vay|the thi)\b/;
const FOLLOW_START = /^(con|vay|the|the con|vay con|con ve|the thi)\b/;
const QUESTION_TAIL = /\s*(la gi|the nao|nhu the nao|lam sao|ra sao|bao nhieu|bao lau|khi nao|o dau|duoc khong|thi sao)\s*\??\s*$/;
const FILLER_LEAD = /^(vay|the|con|the thi|vay thi)\s+/;

// A year as the new subject ("năm 2021", "2021"), and the year a question asks about.
const YEAR_SUBJECT = /^(?:nam )?((?:19|20)\d{2})$/;
// A year said from the one asked about: "năm ngoái" before it, "năm sau" after it.
const RELATIVE_YEAR: Readonly<Record<string, number>> = { 'nam ngoai': -1, 'nam truoc': -1, 'nam kia': -2, 'nam sau': 1, 'nam toi': 1 };
// Particles and whom it is said to, closing the message ("Đà Nẵng thì sao ạ", "vậy hp thì sao ad"): not the subject.
const CLOSING = /(?:[\s,]+(?:ạ|a|ad|bạn|ban|nhé|nhe|nhỉ|nhi|vậy|vay|z|hả|ha|bot|mn|mọi người|moi nguoi)(?:\s+(?:ơi|oi))?)+\s*([?!.]*)\s*$/iu;
// "ở Sài Gòn thì sao": the place, without its preposition.
const AT = /^(?:ở|o|tại|tai)\s+/iu;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
// Not the "Nam" of Việt Nam ("Chỉ số DTI của Việt Nam 2023 năm 2024…").
const ASKED_YEAR = /(?<!(?:đến|tới|den|toi|việt|viet) )(?<!\p{L})(?:năm|nam) ((?:19|20)\d{2})(?!\d)/iu;

const placeKey = (p: string): string => fold(p).replace(/[^a-z0-9]+/g, ' ').trim();
const PROVINCES = new Set(provinces.places.map(placeKey));

// Places residents switch between in follow-ups; other capitalised names are handled as new subjects too.
const PLACES = ['Hà Nội', 'Hải Phòng', 'TP.HCM', 'Thành phố Hồ Chí Minh', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Thừa Thiên - Huế'];

/**
 * Heuristic rewrite of a follow-up into a standalone question from the previous standalone question:
 * - a new subject ("Còn Hải Phòng thì sao?") replaces the place of the previous question, or is added to it;
 * - a pointer back ("thủ tục đó làm ở đâu?", "vậy mất bao lâu?") gets the previous topic in its place.
 * Anything that does not look like a follow-up is returned unchanged.
 */
export function rewriteFollowUp(typed: string, previous: string | undefined): Rewrite {
  const same = { standalone: typed, rewritten: false };
  if (!previous) return same;
  const text = typed.replace(CLOSING, '$1');
  const f = fold(text).replace(/[!?.]+$/, '').trim();
  const words = f.split(/\s+/).filter(Boolean);
  const subject = newSubject(text)?.replace(AT, '');
  // "ở X thì thế nào" follows only of a place: "chữ ký số thì thế nào" is a question of its own.
  const placeHow = / thi the nao$/.test(f) && !!subject && namesPlace(subject);
  const isFollow = FOLLOW_START.test(f) || / thi sao$/.test(f) || placeHow || (words.length <= 6 && ANAPHORA.test(f));
  if (!isFollow) return same;

  // "Còn X thì sao?", "thế còn X", "ở X thì thế nào": the previous question asked again of X.
  const switches = !!subject && (/ thi sao$|^(con|the con|vay con)\b/.test(f) || placeHow);
  // The year asked about: "năm 2022", not a date's ("ngày 27/7/2021") nor a target's ("đến năm 2025"), which a year
  // said from it does not move.
  const asked = ASKED_YEAR.exec(previous);
  const askedYear = asked?.[1];
  const shift = switches ? RELATIVE_YEAR[fold(subject)] : undefined;
  const year = switches ? YEAR_SUBJECT.exec(fold(subject))?.[1] ?? (shift && askedYear ? String(Number(askedYear) + shift) : undefined) : undefined;
  // "năm ngoái" of a question that asked no year: which year is meant is not known.
  if (shift !== undefined && !askedYear) return same;
  if (year) {
    // "Còn năm 2021 thì sao?": another year for the same question, in place of the year it asked about ("năm 2024"),
    // not of a date's year before it; any year when none is asked that way.
    const at = asked ? asked.index + asked[0].length - asked[1]!.length : -1;
    const standalone = at >= 0 ? previous.slice(0, at) + year + previous.slice(at + year.length)
      : YEAR.test(previous) ? previous.replace(YEAR, year) : `${previous.replace(/\?\s*$/, '')} năm ${year}?`;
    return { standalone, rewritten: true };
  }
  if (switches && !namesPlace(subject)) {
    // "Còn chữ ký số thì sao?" after "Làm lý lịch tư pháp trên VNeID thế nào?": another thing asked the same way. With
    // no asking tail to carry over, the subject alone is the question; never "… thế nào ở chữ ký số?".
    const asking = previous.replace(/[?.!]+\s*$/, '').trim();
    const tail = QUESTION_TAIL.exec(fold(asking));
    return tail ? { standalone: `${subject} ${asking.slice(-tail[0].length).trim()}?`, rewritten: true } : same;
  }
  if (switches) {
    const place = PLACES.find((p) => fold(previous).includes(fold(p)));
    const standalone = place ? replaceFolded(previous, place, subject) : `${previous.replace(/\?\s*$/, '')} ở ${subject}?`;
    return { standalone, rewritten: true };
  }
  const topic = topicOf(previous);
  const rest = text.replace(/[?.!]+\s*$/, '').trim();
  const replaced = rest.replace(/(?<!\p{L})(thủ tục đó|thủ tục này|việc đó|việc này|cái đó|cái này|nó)(?!\p{L})/iu, topic);
  const standalone = replaced !== rest ? replaced : `${topic} ${stripLead(rest)}`;
  return { standalone: `${standalone.trim()}?`, rewritten: true };
}

/**
 * Whether a follow-up's new subject is a place: a province (marks or none), or a name (capitalised, as residents write
 * districts and wards: "Cầu Giấy"). A subject in lower case that is no province is a thing ("chữ ký số").
 */
function namesPlace(subject: string): boolean {
  const key = placeKey(subject);
  if (/\p{Lu}/u.test(subject) || PROVINCES.has(key) || PROVINCES.has(key.replace(/^(?:tinh|thanh pho|tp) /, ''))) return true;
  // A province's abbreviation or other name ("hp", "sg", "tphcm"), as retrieval reads it.
  const [only, ...more] = bundledAbbreviations().find(subject);
  return only !== undefined && more.length === 0 && only.typed.length === subject.length && PROVINCES.has(placeKey(only.expansion));
}

function newSubject(text: string): string | undefined {
  const cleaned = text.trim().replace(/[?.!]+$/, '').trim();
  const m = NEW_SUBJECT.exec(fold(cleaned));
  if (!m?.[1]) return undefined;
  // Map the folded match back onto the original text by position from the end.
  const start = fold(cleaned).indexOf(m[1]);
  const subject = cleaned.slice(start, start + m[1].length).trim();
  return subject && subject.split(/\s+/).length <= 5 ? subject : undefined;
}

function topicOf(question: string): string {
  let t = question.replace(/[?.!]+\s*$/, '').trim();
  const tail = QUESTION_TAIL.exec(fold(t));
  if (tail) t = t.slice(0, t.length - tail[0].length);
  return t.replace(/^(làm|xin|cho hỏi|cho tôi hỏi|tôi muốn)\s+/iu, '').trim();
}

function stripLead(text: string): string {
  const lead = FILLER_LEAD.exec(fold(text));
  return lead ? text.slice(lead[0].length) : text;
}

function replaceFolded(text: string, target: string, replacement: string): string {
  const at = fold(text).indexOf(fold(target));
  return at < 0 ? text : text.slice(0, at) + replacement + text.slice(at + target.length);
}
