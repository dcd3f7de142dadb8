import { foldDiacritics, hasDiacritics } from '../text/normalize.js';
import type { Constraint } from './constraints.js';

// "những quận, huyện cụ thể nào", "cụ thể là những chợ nào", "các di tích cụ thể nào": the resident asks for the named
// places or units themselves (folded text). "cụ thể hóa", "con số cụ thể" and "muốn biết cụ thể hơn" ask no names.
const BEFORE = /\b(?:nhung|cac) ((?:[a-z0-9]+(?:, | va | )?){1,4}?) cu the nao\b/;
const AFTER = /\bcu the la (?:nhung|cac) ((?:[a-z0-9]+ ?){1,3}?) nao\b/;
// Without "cụ thể", for units that have names only: "phủ tới những quận nào rồi?". With marks typed, "những chỗ nào"
// (which points) is not "những chợ nào" (which markets).
const UNITS = ['quận', 'huyện', 'thị xã', 'phường', 'xã', 'chợ', 'di tích', 'bệnh viện', 'trường'];
const UNIT = `(?:${UNITS.map((u) => foldDiacritics(u)).join('|')})`;
const UNITS_WHICH = new RegExp(String.raw`\b(?:nhung|cac) (${UNIT}(?:(?:, | va )${UNIT})*) nao\b`);

export interface NamedInstances {
  /** What the question asks to be named, as it wrote it ("những quận, huyện cụ thể"), for the reply. */
  readonly asked: Constraint;
  /** Whether a sentence names one: one of the asked nouns, then a capitalised name ("quận Hoàn Kiếm", "chợ Đồng Xuân"). */
  readonly namedIn: (sentence: string) => boolean;
}

/**
 * When a question asks which places or units by name, a test of a sentence: it names one. Undefined when it does not
 * ask so. The articles often speak of such things in general ("thí điểm tại một số quận, huyện"), which does not
 * answer which ones.
 */
export function namedInstancesAsked(question: string): NamedInstances | undefined {
  // NFC, so folding keeps every index: the label is cut from the question as typed.
  const text = question.normalize('NFC');
  const folded = foldDiacritics(text.toLowerCase());
  const specific = BEFORE.exec(folded) ?? AFTER.exec(folded);
  const unitsOnly = !specific;
  const m = specific ?? UNITS_WHICH.exec(folded);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  const typed = text.slice(start, start + m[1]!.length).trim();
  // With marks typed, the nouns are matched with them: folded, "quận" is also the "quan" of "cơ quan Nhà nước".
  const marked = hasDiacritics(text);
  const nouns = (marked ? typed.toLowerCase() : m[1]!).split(/, | và | va /).map((n) => n.trim()).filter(Boolean);
  if (unitsOnly && marked && !nouns.every((n) => UNITS.includes(n))) return undefined;
  const noun = new RegExp(`(?<![\\p{L}])(?:${nouns.map((n) => n.replace(/\s+/g, '\\s+')).join('|')})\\s+`, 'gu');
  return {
    asked: { key: nouns.join(' '), label: `${typed} cụ thể` },
    namedIn: (sentence) => {
      // The noun in any case ("Quận", "quận"), the name after it capitalised.
      const cased = marked ? sentence.normalize('NFC') : foldDiacritics(sentence.normalize('NFC'));
      return [...cased.toLowerCase().matchAll(noun)].some((n) => /\p{Lu}/u.test(cased[n.index + n[0].length] ?? ''));
    },
  };
}
