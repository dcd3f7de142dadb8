import { createHash } from 'node:crypto';
import type { Article } from '../corpus/article.js';
import type { Passage } from '../corpus/passages.js';
import { passageTerms } from '../query.js';
import provinces from '../data/provinces.json' with { type: 'json' };
import { DOCUMENT, YEAR } from '../answer/constraints.js';
import { isInterviewerTurn } from '../answer/interview-answers.js';
import { placesIn } from '../rerank/place-filter.js';
import type { FieldTerms } from '../sparse/terms.js';
import type { AbbreviationExpander } from '../text/abbreviations.js';

/** What the sparse index and the place filter know of each passage. */
export interface PassageFeatures {
  readonly terms: FieldTerms[];
  readonly places: ReadonlySet<string>[];
}

const NO_PLACES: ReadonlySet<string> = new Set();

/** Title and section heading: indexed with the passage, never quoted. */
export function passageContext(p: Passage, titles: ReadonlyMap<string, string>): string {
  return [titles.get(p.articleId), p.heading].filter(Boolean).join('\n');
}


/**
 * The frame a passage speaks in without naming it: a paragraph that names no year continues the time frame of the
 * one just before it in its article ("Phấn đấu đến năm 2025, 100% thủ tục…" then "Tỷ trọng kinh tế số … 30%; phủ cáp
 * quang tới 90% hộ gia đình"), and one that names no province its place ("thành phố Hà Nội đã ban hành Quyết định
 * 4098…" then "…cung cấp dịch vụ công trực tuyến mức độ 4 trên thiết bị di động"), so it carries that paragraph's
 * years and provinces; one naming its own keeps only those. One paragraph back, except that a run of targets ("phấn
 * đấu", "mục tiêu") naming no year carries the year of the paragraph that opened it ("mục tiêu đến năm 2025…", then
 * "Hải Phòng phấn đấu sẽ có 100%…", then "Về kinh tế số, Hải Phòng phấn đấu…", up to MAX_TARGET_RUN back); elsewhere
 * the frame has usually moved on. Of a paragraph naming several provinces ("Trên cơ sở thành công của Hà Nội và Thừa
 * Thiên - Huế, …"), only the one its article is of (`title`) is carried, when it is among them: "Từ Kế hoạch 310, rất
 * nhiều quận, huyện…" after it tells of Hà Nội's districts. `previous` holds the paragraphs before, nearest first. ""
 * where nothing is carried; read by the answerability checks for the passages they weigh, never indexed.
 */
// placesIn's keys are syllable keys ("ha1 nôi5"); the frame is text the constraint checks read, so it names them.
let provinceNames: Map<string, string> | undefined;
const provinceName = (key: string): string =>
  (provinceNames ??= new Map(provinces.places.map((name) => [[...placesIn(name)][0] ?? '', name]))).get(key) ?? '';

export const MAX_TARGET_RUN = 4;
const STATES_TARGET = /(?<!\p{L})(phấn đấu|mục tiêu)(?!\p{L})/iu;

export function carriedFrame(p: Passage, previous: readonly Passage[], title = ''): string {
  const before = previous[0];
  if (!follows(p, before, 0)) return '';
  const named = placesIn(p.text).size > 0 ? [] : [...placesIn(before.text)];
  const own = placesIn(title);
  const places = (named.length > 1 && named.some((key) => own.has(key)) ? named.filter((key) => own.has(key)) : named).map((key) => provinceName(key));
  // Years read as the question's are (constraints.ts); match() on a /g pattern starts from the beginning each time.
  const years = p.text.match(YEAR) ? [] : [...new Set(yearsOfRun(p, previous))];
  return [...years, ...places, ...documentsOfRun(p, previous), ...documentsAsked(p, before)].join(' ');
}

// DOCUMENT is global (for matchAll); a test needs its own copy, without lastIndex.
const NAMES_DOCUMENT = new RegExp(DOCUMENT.source, 'iu');

/**
 * The numbered plan a run of targets is of: "UBND … ban hành Kế hoạch số 239/KH-UBND … đặt mục tiêu…", then "Phấn đấu
 * đến năm 2025, 100% thủ tục…", then "Tỷ trọng kinh tế số … phấn đấu 50%…": the targets that follow are the plan's,
 * as "Theo Kế hoạch 239 thì Hà Nội phấn đấu…" asks. Only through paragraphs that all set targets, back to one that
 * names the plan and sets targets itself; [] for a paragraph that names a document of its own.
 */
function documentsOfRun(p: Passage, previous: readonly Passage[]): string[] {
  if (!STATES_TARGET.test(p.text) || NAMES_DOCUMENT.test(p.text)) return [];
  for (let i = 0; i < Math.min(previous.length, MAX_TARGET_RUN); i++) {
    const q = previous[i];
    if (!follows(p, q, i) || !STATES_TARGET.test(q.text)) return [];
    // Without a year inside its code ("1234/2023/QĐ-UBND"), which would meet a question's year.
    const named = [...q.text.matchAll(DOCUMENT)].map((m) => m[0].replace(/\/(?:19|20)\d\d(?=\/)/g, ''));
    if (named.length > 0) return named;
  }
  return [];
}

/**
 * The numbered documents an interviewer's question names, for the reply after it ("PV: … thực hiện Nghị quyết số
 * 18-NQ/TU …, đâu là điểm nổi bật?" then "Nổi trội nhất đó là…"): the reply is of that document without naming it.
 * A reply naming a document of its own speaks of that one. Only the reply's first paragraph: later ones may move on.
 */
function documentsAsked(p: Passage, before: Passage): string[] {
  if (!isInterviewerTurn(before.text) || isInterviewerTurn(p.text) || NAMES_DOCUMENT.test(p.text)) return [];
  return [...before.text.matchAll(DOCUMENT)].map((m) => m[0].replace(/\/(?:19|20)\d\d(?=\/)/g, ''));
}

/**
 * The years a paragraph of targets that names no year sets them for: those of the targets of the paragraph that
 * opened its run, in the same section ("Phấn đấu đến năm 2025, 100% thủ tục…", then "Tỷ trọng kinh tế số … chiếm
 * khoảng 30%. Về xã hội số, phấn đấu 50%…"), a span as every year in it. A sentence of it that names no year is of
 * these years, not of its article's date. [] for a paragraph that states no target, names a year of its own, or
 * follows no target with a year: its yearless sentences are dated by the article, as before.
 */
export function targetYears(p: Passage, previous: readonly Passage[]): string[] {
  if (p.text.match(YEAR) || !setsTarget(p.text)) return [];
  return runYears(p, previous, { continues: setsTarget, sameSection: true, yearsOf: (q) => yearsIn(targetSentences(q.text)) });
}

const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?;])\s+/);
const targetSentences = (text: string): string => sentencesOf(text).filter((x) => STATES_TARGET.test(x)).join(' ');
// A target set, with its figure: "phấn đấu 50% dân số…", "mục tiêu … 100%"; not "để hoàn thành mục tiêu này, thành
// phố đang…", nor "chủ thể, mục tiêu, động lực".
const setsTarget = (text: string): boolean =>
  sentencesOf(text).some((x) => /(?<!\p{L})(phấn đấu|mục tiêu)(?!\p{L})(?! (này|đó|ấy)(?!\p{L}))/iu.test(x) && /\d/.test(x));

// "2021 - 2025": every year of the span.
const SPAN = /((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)/g;
const yearsIn = (text: string): string[] => {
  const years = new Set(text.match(YEAR) ?? []);
  for (const [, from, to] of text.matchAll(SPAN)) {
    for (let y = Number(from); y <= Math.min(Number(to), Number(from) + 30); y++) years.add(String(y));
  }
  return [...years].sort();
};

// Whether q is the paragraph i + 1 before p in its article.
const follows = (p: Passage, q: Passage | undefined, i: number): q is Passage =>
  q !== undefined && q.articleId === p.articleId && q.ordinal === p.ordinal - i - 1;

/**
 * The years of the nearest paragraph before that names any: the one just before, or the targets of the one that
 * opened a run of targets. Through a run, only the years of the opening paragraph's targets: "…đến năm 2025, định
 * hướng 2030. Theo đó, mục tiêu cơ bản đến năm 2025…" sets its targets for 2025, not 2030.
 */
function yearsOfRun(p: Passage, previous: readonly Passage[]): string[] {
  return runYears(p, previous, { continues: (text) => STATES_TARGET.test(text), sameSection: false,
    yearsOf: (q, i) => (i === 0 ? q.text.match(YEAR)! : targetSentences(q.text).match(YEAR) ?? []) });
}

/**
 * Walks back from p, up to MAX_TARGET_RUN paragraphs of its article (and section, if asked), to the nearest that names
 * a year, and reads its years (`yearsOf`, given how far back it is). Further back only while this paragraph and the
 * one after it both `continue` the run; [] when the walk stops first.
 */
function runYears(p: Passage, previous: readonly Passage[], o: { continues: (text: string) => boolean; sameSection: boolean;
  yearsOf: (q: Passage, i: number) => string[] }): string[] {
  for (let i = 0; i < Math.min(previous.length, MAX_TARGET_RUN); i++) {
    const q = previous[i];
    if (!follows(p, q, i) || (o.sameSection && q.heading !== p.heading)) return [];
    if (q.text.match(YEAR)) return o.yearsOf(q, i);
    const after = i === 0 ? p : previous[i - 1]!;
    if (!o.continues(q.text) || !o.continues(after.text)) return [];
  }
  return [];
}

// "trong năm qua", "năm vừa qua", "năm ngoái" speak of the year before the article's; "năm nay" of its own.
const LAST_YEAR = /(?<!\p{L})năm (qua|vừa qua|ngoái|trước|rồi)(?!\p{L})/iu;
const THIS_YEAR = /(?<!\p{L})năm nay(?!\p{L})/iu;

/**
 * The years a passage speaks of relative to its article's ("dấu ấn chuyển đổi số của Hà Nội trong năm qua", in an
 * article of 2025, is of 2024), for the answerability checks; none when the article has no year.
 */
export function relativeYears(text: string, articleYear: string | undefined): string[] {
  const year = Number(articleYear);
  if (!Number.isInteger(year) || year < 1900) return [];
  return [...(LAST_YEAR.test(text) ? [String(year - 1)] : []), ...(THIS_YEAR.test(text) ? [String(year)] : [])];
}

export function passageFeatures(passages: readonly Passage[], articles: readonly Article[], abbreviations: AbbreviationExpander): PassageFeatures {
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const terms: FieldTerms[] = [];
  const places: ReadonlySet<string>[] = [];
  for (const p of passages) {
    const context = passageContext(p, titles);
    terms.push(passageTerms(p.text, abbreviations, context));
    const found = placesIn(`${context}\n${p.text}`);
    // Most passages name no province: they share one empty set.
    places.push(found.size > 0 ? found : NO_PLACES);
  }
  return { terms, places };
}

// Text that exercises every step of term derivation: diacritics and tone placement, abbreviations, document codes,
// names, provinces, pairs across clauses.
const PROBE = 'Hướng dẫn đăng ký CKS và LLTP trên VNeID theo Kế hoạch 239/KH-UBND; hoà, hòa, thuỷ, thủy, kí, ký. Người dân Hà Nội, TP.HCM, Đà Nẵng, Saigon: nộp hồ sơ ở đâu?';
const SAMPLE = 16;

/**
 * A hash of the features derived now from a probe text and a spread sample of the passages. A saved index records it
 * when built; on load a different hash means the code or data that derive terms changed, and the saved terms would
 * no longer match what a question is turned into, so the index is rebuilt.
 */
export function featuresFingerprint(passages: readonly Passage[], articles: readonly Article[], abbreviations: AbbreviationExpander): string {
  const sample = Array.from(new Set(Array.from({ length: Math.min(SAMPLE, passages.length) }, (_, i) => Math.floor((i * passages.length) / SAMPLE))));
  const probe: Passage = { paragraphId: 'probe:0', articleId: 'probe', ordinal: 1, heading: 'Quận Ba Đình', text: PROBE };
  const chosen = [probe, ...sample.map((i) => passages[i]!)];
  const features = passageFeatures(chosen, [...articles, { id: 'probe', title: 'Thông báo của UBND', publication: '', sourceFile: '', blocks: [] }],
    abbreviations);
  const h = createHash('sha256');
  features.terms.forEach((t, i) => h.update(JSON.stringify(t)).update(JSON.stringify([...features.places[i]!])));
  return h.digest('hex');
}
