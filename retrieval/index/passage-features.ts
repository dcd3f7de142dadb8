import { createHash } from 'node:crypto';
import type { Article } from '../corpus/article.js';
import type { Passage } from '../corpus/passages.js';
import { passageTerms } from '../query.js';
import provinces from '../data/provinces.json' with { type: 'json' };
import { YEAR } from '../answer/constraints.js';
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
 * years and provinces; one naming its own keeps only those. One paragraph back only: further, the frame has usually
 * moved on. "" where nothing is carried; read by the answerability checks for the passages they weigh, never indexed.
 */
// placesIn's keys are syllable keys ("ha1 nôi5"); the frame is text the constraint checks read, so it names them.
let provinceNames: Map<string, string> | undefined;
const provinceName = (key: string): string =>
  (provinceNames ??= new Map(provinces.places.map((name) => [[...placesIn(name)][0] ?? '', name]))).get(key) ?? '';

export function carriedFrame(p: Passage, before: Passage | undefined): string {
  if (!before || before.articleId !== p.articleId || before.ordinal !== p.ordinal - 1) return '';
  // Years read as the question's are (constraints.ts); match() on a /g pattern starts from the beginning each time.
  const years = p.text.match(YEAR) ? [] : [...new Set(before.text.match(YEAR) ?? [])];
  const places = placesIn(p.text).size > 0 ? [] : [...placesIn(before.text)].map((key) => provinceName(key));
  return [...years, ...places].join(' ');
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
const PROBE = 'Hướng dẫn đăng ký CKS và LLTP trên VNeID theo Kế hoạch 239/KH-UBND; hoà, hòa, thuỷ, thủy, kí, ký. Người dân Hà Nội, TP.HCM, Đà Nẵng: nộp hồ sơ ở đâu?';
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
