import provinces from '../../retrieval/data/provinces.json' with { type: 'json' };
import { bundledAbbreviations } from '../../retrieval/index/bundled-abbreviations.js';
import { foldDiacritics } from '../../retrieval/text/normalize.js';

/** Moving a question to another place or year ("Còn Hải Phòng thì sao?", "thế năm ngoái?"): see follow-up.ts. */

/** Lower case without marks: how places, years and the follow-up's words are compared. */
export const fold = (s: string): string => foldDiacritics(s.toLowerCase());

// A year as the new subject ("năm 2021", "2021"), and the year a question asks about.
const YEAR_SUBJECT = /^(?:nam )?((?:19|20)\d{2})$/;
// A year said from the one asked about: "năm ngoái" before it, "năm sau" after it.
export const RELATIVE_YEAR: Readonly<Record<string, number>> = { 'nam ngoai': -1, 'nam truoc': -1, 'nam truoc do': -1, 'nam kia': -2, 'nam sau': 1,
  'nam sau do': 1, 'nam toi': 1 };
const RELATIVE_SAID = Object.entries(RELATIVE_YEAR).map(([said, shift]) => [new RegExp(`(?<![a-z])${said}(?![a-z])`), shift] as const);
export const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
const YEARS = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
// Not the "Nam" of Việt Nam ("Chỉ số DTI của Việt Nam 2023 năm 2024…").
const ASKED_YEAR = /(?<!(?:đến|tới|den|toi|việt|viet) )(?<!\p{L})(?:năm|nam) ((?:19|20)\d{2})(?!\d)/iu;
// A month and its year ("tháng 10/2023"); not a whole date's day and month.
const MONTH_YEAR = /(?<![\d/])\d{1,2}\/((?:19|20)\d{2})(?!\d)/;

const placeKey = (p: string): string => fold(p).replace(/[^a-z0-9]+/g, ' ').trim();
const PROVINCES = new Set(provinces.places.map(placeKey));
// The words a province's name can start with, and a unit word before it: only there is a name looked up.
const FIRST_WORDS = new Set([...PROVINCES].map((p) => p.split(' ')[0]!).concat(['tinh', 'thanh', 'tp']));

/** The year a follow-up moves to: a year it names, or one said from the previous question's; null when unknowable. */
export function yearOf(asked: string, previous: string): string | undefined | null {
  const bare = asked.replace(/^(?:den|toi|sang|con)\s+/, '');
  const named = YEAR_SUBJECT.exec(bare)?.[1] ?? YEAR.exec(asked)?.[0];
  if (named) return named;
  const shift = RELATIVE_SAID.find(([said]) => said.test(asked))?.[1];
  if (shift === undefined) return undefined;
  // The year the previous question asked, or the one of a month it named ("tháng 10/2023").
  const askedYear = ASKED_YEAR.exec(previous)?.[1] ?? MONTH_YEAR.exec(previous)?.[1];
  // "năm ngoái" of a question that asked no year: which year is meant is not known.
  return askedYear ? String(Number(askedYear) + shift) : null;
}

export interface Span { readonly start: number; readonly end: number; readonly text: string }

/**
 * The places a text names, as spans of it: a province by any of its names, marks or none ("Hải Phòng", "hai phong"),
 * or its abbreviation or other name ("HN", "hp", "TP.HCM", "Sài Gòn"), as retrieval reads them.
 */
export function placeSpans(text: string): Span[] {
  // Folding keeps an NFC text's length, so positions in the folded copy are the text's.
  const folded = fold(text);
  const words = [...folded.matchAll(/[\p{L}\p{N}.]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].replace(/\.+$/, '').length,
    first: placeKey(m[0]) }));
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!FIRST_WORDS.has(words[i]!.first)) continue;
    for (let n = Math.min(5, words.length - i); n >= 1; n--) {
      const start = words[i]!.start;
      const end = words[i + n - 1]!.end;
      const key = placeKey(folded.slice(start, end));
      if (PROVINCES.has(key) || PROVINCES.has(key.replace(/^(?:tinh|thanh pho|tp) /, ''))) {
        spans.push({ start, end, text: text.slice(start, end) });
        i += n - 1;
        break;
      }
    }
  }
  for (const m of bundledAbbreviations().find(text)) {
    const end = m.start + m.typed.length;
    if (PROVINCES.has(placeKey(m.expansion)) && !spans.some((s) => m.start < s.end && end > s.start)) spans.push({ start: m.start, end, text: m.typed });
  }
  return spans.sort((x, y) => x.start - y.start);
}

/**
 * The previous question moved to the follow-up's place and year: its place replaced (or, asked again whole, added
 * where it named none), its asked year replaced (or added).
 */
export function switched(previous: string, places: readonly Span[], year: string | undefined, whole: boolean): string {
  let out = previous;
  const place = places[0]?.text;
  if (place) {
    const named = placeSpans(out);
    const there = named.filter((p) => placeKey(p.text) !== placeKey(place));
    const same = named.some((p) => placeKey(p.text) === placeKey(place));
    if (there.length > 0) for (const p of [...there].reverse()) out = out.slice(0, p.start) + place + out.slice(p.end);
    else if (!same && whole) out = `${out.replace(/[?.!]+\s*$/, '')} ở ${place}?`;
  }
  if (year) {
    const asked = ASKED_YEAR.exec(out);
    const at = asked ? asked.index + asked[0].length - asked[1]!.length : -1;
    if (at >= 0) out = out.slice(0, at) + year + out.slice(at + year.length);
    else if (YEAR.test(out)) out = out.replace(YEARS, (y, i: number) => (i === out.search(YEAR) ? year : y));
    else if (whole) out = `${out.replace(/[?.!]+\s*$/, '')} năm ${year}?`;
  }
  return out;
}
