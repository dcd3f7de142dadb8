import type { Paraphrased } from '../query.js';
import { constraintText, type Constraint, type Constraints } from './constraints.js';
import { foldDiacritics } from '../text/normalize.js';

/**
 * The named subjects no passage names, with the wordings the paraphrase lexicon read a longer phrase holding them as:
 * "căn cước trên điện thoại" is the articles' "danh tính số trên nền tảng di động", "app căn cước" their VNeID. Asked
 * what a city does about it ("bao nhiêu người có căn cước trên điện thoại?"), a passage in the articles' words answers.
 * Asked for the procedure itself (its steps, papers, dossier, how, how long, where, what fee), only a passage naming it
 * does. A subject some passage names keeps its own name only ("IOC" is met where IOC is). Pure.
 */
export function withSubjectReadings(c: Constraints, paraphrased: readonly Paraphrased[], asksProcedure: boolean,
  namedSomewhere: (subject: Constraint) => boolean, asked = ''): Constraints {
  if (asksProcedure || c.subjects.length === 0) return c;
  const read = paraphrased.filter((p) => p.asking && !p.abbreviation);
  if (read.length === 0) return c;
  return {
    ...c,
    subjects: c.subjects.map((s) => {
      if (namedSomewhere(s)) return s;
      // Only a phrase longer than the name: the lexicon's reading of the name alone is its field ("MoMo" → thanh toán
      // không dùng tiền mặt, "trợ cấp" → an sinh xã hội), whose figures are not the named thing's. Unless the field is
      // what is asked, by a word for it ("Chuyện tìm việc, trợ cấp … làm qua mạng được không?"). Session 39, every
      // tuning half: key fact +3 (three sets), no unanswerable question answered.
      const field = asField(asked, s.key);
      const holding = read.map((p) => ({ p, typed: constraintText(p.typed).syllables }))
        .filter(({ typed }) => typed.includes(` ${s.key} `) && (field || typed.trim() !== s.key));
      // Named outside such a phrase too ("xin cấp căn cước theo đề án căn cước"), it is the procedure itself.
      const inPhrases = holding.reduce((n, { typed }) => n + occurrences(typed, s.key), 0);
      if (occurrences(constraintText(asked).syllables, s.key) > inPhrases) return s;
      const readings = holding.flatMap(({ p }) => p.alternatives.map((a) => constraintText(a).syllables.trim()));
      return readings.length > 0 ? { ...s, readings } : s;
    }),
  };
}

const occurrences = (syllables: string, key: string): number => syllables.split(` ${key} `).length - 1;

// "chuyện tìm việc, trợ cấp", "lĩnh vực trợ cấp", "mảng trợ cấp", "mấy việc như bảo hiểm xã hội": the matter, named a
// few words after the word for it. With its marks: folded, "chuyen" is also chuyển (chuyển đổi) and chuyên, "mang" mạng.
const FIELD_WORDS = new Set(['chuyện', 'lĩnh vực', 'mảng', 'việc như']);
const FIELD_FOLDED = new RegExp(String.raw`\b(?:${[...FIELD_WORDS].map((w) => foldDiacritics(w)).join('|')})\b`, 'g');
function asField(asked: string, key: string): boolean {
  const lower = asked.toLowerCase().normalize('NFC');
  const folded = foldDiacritics(lower);
  if (folded.length !== lower.length) return false;
  // From each field word in turn (a "chuyển" before it must not hide a "chuyện"), the subject within four words after.
  const after = new RegExp(`(?:[ ,]+[a-z0-9]+){0,4}?[ ,]+${key}\\b`, 'y');
  for (const m of folded.matchAll(FIELD_FOLDED)) {
    if (!FIELD_WORDS.has(lower.slice(m.index, m.index + m[0].length))) continue;
    after.lastIndex = m.index + m[0].length;
    if (after.test(folded)) return true;
  }
  // Listed beside other matters ("Đóng bảo hiểm, nhận trợ cấp, tìm việc … làm qua mạng?", "Mấy việc về lao động, tìm
  // việc làm, trợ cấp xã hội …"): the field they make up, not the one procedure. Session 62, every tuning half: key fact
  // +2, no unanswerable question answered.
  return new RegExp(`,\\s*(?:[a-z]+\\s+)?${key}\\b|\\b${key}(?:\\s+[a-z]+){0,2}\\s*,`).test(folded) && (folded.match(/,/g) ?? []).length >= 2;
}
