import { foldDiacritics } from '../text/normalize.js';

/**
 * What a share question asks the share of: "Tỷ lệ hồ sơ nộp trực tuyến của Hà Nội đạt bao nhiêu %?" asks a share of
 * hồ sơ nộp trực tuyến, which "tỷ lệ thanh toán không dùng tiền mặt đạt 45%" does not give, however well it fits "bao
 * nhiêu %". The measure (measure.ts) reads the thing counted after "bao nhiêu"; a share question names it after
 * "tỷ lệ" / "tỷ trọng" instead, and a sentence answers only when it names something of it.
 *
 * Read from the question as expanded (abbreviations and everyday words carry their official wording in brackets, whose
 * words count too: "smartphone (điện thoại thông minh)"). Words that name nothing a sentence must repeat ("có ít nhất
 * một cái", "nhà") are left out, and a word with no vowel is an abbreviation the reading did not expand ("kt số",
 * "hộ gđ"): then there is nothing to compare, and undefined.
 */
export function shareBase(question: string): readonly string[] | undefined {
  const lower = question.toLowerCase().normalize('NFC');
  const tokens = [...lower.matchAll(/\([^)]*\)|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m) => m[0]);
  const folded = tokens.map((t) => foldDiacritics(t));
  // The last share named is the one asked: "Cả nước tỷ lệ dùng Internet 70%, vậy riêng Hà Nội tỷ lệ người dân … là bao
  // nhiêu?" gives the first and asks the second.
  let i = -1;
  for (let k = 0; k < folded.length - 1; k++) if ((folded[k] === 'ty' || folded[k] === 'ti') && (folded[k + 1] === 'le' || folded[k + 1] === 'trong')) i = k;
  if (i < 0) return undefined;
  const words: string[] = [];
  // The lexicon's reading of the share word itself ("ti le (tỷ lệ)") is no part of what the share is of.
  i += tokens[i + 2]?.startsWith('(') ? 3 : 2;
  for (; i < tokens.length && words.length < MAX_WORDS; i++) {
    const t = tokens[i]!;
    if (t.startsWith('(')) {
      words.push(...t.slice(1, -1).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
      continue;
    }
    // A figure the resident gives ("tỷ lệ dùng Internet 70%") ends it; a counting one ("ít nhất 1 cái") does not.
    if (!/^[\p{L}\p{N}]+$/u.test(t) || ends(t, folded[i]!, folded[i - 1]) || (/^\p{N}+$/u.test(t) && !FILLER.has(t))) break;
    // An abbreviation the reading expanded ("HN (Hà Nội)") is its expansion's words, which follow.
    if (!/[aeiouy]/.test(foldDiacritics(t)) && tokens[i + 1]?.startsWith('(')) continue;
    words.push(t);
  }
  if (words.some((w) => !/[aeiouy]/.test(foldDiacritics(w)))) return undefined;
  // Marked words are compared marked: "sơ" (hồ sơ) is not the counting "số".
  const kept = words.filter((w) => !(w === foldDiacritics(w) ? FILLER_FOLDED : FILLER).has(w));
  return kept.length > 0 ? kept : undefined;
}

/**
 * Whether a sentence names the share's base: a word of it, compared with marks when the question has them (hồ ≠ hộ).
 * Without marks one syllable says little ("ho" is hồ sơ's and hộ gia đình's): two different words of the base.
 */
export function namesShareBase(base: readonly string[], sentence: string, accented: boolean): boolean {
  const norm = (t: string): string => (accented ? t.toLowerCase().normalize('NFC') : foldDiacritics(t.toLowerCase()));
  const held = new Set(norm(sentence).split(/[^\p{L}\p{N}]+/u));
  const found = new Set(base.map(norm).filter((w) => held.has(w)));
  return found.size >= (accented || new Set(base.map(norm)).size < 2 ? 1 : 2);
}

const MAX_WORDS = 12;

// What ends the thing a share is of: "tỷ lệ hồ sơ nộp trực tuyến | của Hà Nội | đạt bao nhiêu %", "| năm 2022",
// "| hiện nay", "| tính đến", "| khoảng bn".
// Pointing words too ("tỷ lệ này", "tỷ lệ đó"): what the share is of was named before.
const ENDS_MARKED = new Set('của ở tại trong là đạt bao nhiêu bn mấy chiếm năm hiện nay đến tính tới khoảng này đó ấy'.split(' '));
const ENDS = new Set([...ENDS_MARKED].map((w) => foldDiacritics(w)));
// Compared with its marks when the word has them: "tài khoản" is not "tại".
// Unmarked "nam" after "viet" is the country's name, not năm (a year).
const ends = (word: string, folded: string, before: string | undefined): boolean =>
  (word === folded ? ENDS.has(folded) && !(folded === 'nam' && before === 'viet') : ENDS_MARKED.has(word));
// Words inside it a sentence need not repeat: verbs of having and using, counting words, plurals, and "nhà", which
// residents say for the articles' "hộ gia đình" (the lexicon reads it only in some phrasings).
const FILLER = new Set('có ít nhất một 1 01 cái con chiếc những các số được dùng sử dụng và với nhà'.split(' '));
const FILLER_FOLDED = new Set([...FILLER].map((w) => foldDiacritics(w)));
