import type { Paraphrased } from '../query.js';
import { constraintText, type Constraint, type Constraints } from './constraints.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';

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
      // không dùng tiền mặt, "trợ cấp" → an sinh xã hội), whose figures are not the named thing's.
      const holding = read.map((p) => ({ p, typed: constraintText(p.typed).syllables }))
        .filter(({ typed }) => typed.includes(` ${s.key} `) && typed.trim() !== s.key);
      if (holding.length === 0) {
        const field = listedWithField(s.key, read, c.subjects, asked);
        return field.length > 0 ? { ...s, readings: field } : s;
      }
      // Named outside such a phrase too ("xin cấp căn cước theo đề án căn cước"), it is the procedure itself.
      const inPhrases = holding.reduce((n, { typed }) => n + occurrences(typed, s.key), 0);
      if (occurrences(constraintText(asked).syllables, s.key) > inPhrases) return s;
      const readings = holding.flatMap(({ p }) => p.alternatives.map((a) => constraintText(a).syllables.trim()));
      return readings.length > 0 ? { ...s, readings } : s;
    }),
  };
}

const occurrences = (syllables: string, key: string): number => syllables.split(` ${key} `).length - 1;

/**
 * The lexicon's reading of a name alone, when the question lists the name beside an everyday word of its field that is
 * no name itself ("chuyện tìm việc và trợ cấp", "lao động, tìm việc, trợ cấp xã hội"): the resident speaks of the field
 * by its examples, and the field is what a passage in the articles' words answers. A name listed with another name
 * ("MoMo, ZaloPay") or alone ("trợ cấp bao nhiêu tiền?") keeps its own name (withSubjectReadings). [] when not so.
 */
function listedWithField(key: string, read: readonly Paraphrased[], subjects: readonly Constraint[], asked: string): string[] {
  const keyOf = (typed: string): string => constraintText(typed).syllables.trim();
  const own = read.find((p) => keyOf(p.typed) === key);
  if (!own) return [];
  const text = constraintText(asked).raw;
  const typedOwn = escapeRegExp(constraintText(own.typed).raw);
  const listed = read.some((p) => {
    const k = keyOf(p.typed);
    if (p === own || k.includes(key) || subjects.some((s) => s.key === k)) return false;
    const other = escapeRegExp(constraintText(p.typed).raw);
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${other}${LIST}${typedOwn}|${typedOwn}${LIST}${other})(?![\\p{L}\\p{N}])`, 'u').test(text);
  });
  return listed ? own.alternatives.map((a) => keyOf(a)) : [];
}

// What joins the items of a list: a comma, "và", "với", "hay", "hoặc" (folded, as constraintText's raw text is).
const LIST = '\\s*(?:,|\\s(?:va|voi|hay|hoac)\\s)\\s*';
