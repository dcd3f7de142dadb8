/**
 * How a message was typed, undone before it is read: list marks and quotes around a pasted question, and a message
 * typed in capitals. Neither says anything of what is asked, and both changed what retrieval and the checks read
 * (a leading "- " is not a word, a sentence's first word in capitals weighs as a name).
 */

// A dash, bullet or quote opening a line, and quotes closing one ("- Hà Nội có…", "• …", "> …", "“…”").
const LIST_MARK = /^[ \t]*(?:[-–—•*>]+[ \t]+|["“”'‘’«]+)/gm;
const CLOSING_QUOTE = /["“”'‘’»]+[ \t]*$/gm;

export function withoutListMarks(text: string): string {
  return text.replace(LIST_MARK, '').replace(CLOSING_QUOTE, '');
}

// At least this many letters, and this share of them capitals: a message typed with caps lock, not one naming "UBND".
const SHOUT_LETTERS = 12;
const SHOUT_SHARE = 0.7;

/**
 * A message typed in capitals, in lower case but for the words `keep` names (abbreviations the reading expands, such
 * as "CKS", "UBND"); its first letter, and each sentence's, capitalised as typed text would be. Any other message is
 * returned as it is.
 */
export function unshouted(text: string, keep: (word: string) => boolean): string {
  // Most messages have no two capitals in a row: they are not counted (every answer reads this).
  if (!/\p{Lu}{2}/u.test(text)) return text;
  const letters = text.replace(/\P{L}+/gu, '');
  const upper = letters.replace(/\P{Lu}+/gu, '').length;
  if (letters.length < SHOUT_LETTERS || upper < SHOUT_SHARE * letters.length) return text;
  const lowered = text.replace(/\p{L}+/gu, (w) => (keep(w) ? w : w.toLowerCase()));
  return lowered.replace(/(^|[.!?…]\s+|\n\s*)(\p{Ll})/gu, (_, before: string, c: string) => before + c.toUpperCase());
}

// A number run into a word, or a word into a number ("Kế hoạch 239của", "nghi quyet 03cua", "năm2022", "cấp1"): the
// space a phone keyboard dropped. Only words of two lower-case letters or more with a vowel, so "4G", "5G", "10km",
// "F0", "1st" and codes in capitals stay as typed.
const VOWEL = '[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]';
// Each written so that a run of letters is read in one pass (a lookahead, then the run): nested stars over the same
// letters took time growing with the square of a long run's length.
const WORD = String.raw`(?=\p{Ll}*${VOWEL})\p{Ll}+`;
const NUMBER_THEN_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}.,/-])(\p{N}+)(?=\p{Ll}{2})(?=${WORD}(?![\p{L}\p{N}]))`, 'gu');
// A word with a marked letter before a number ("năm2022", "cấp1"): "internet2", "mp3" are names as typed.
const MARKED_WORD = String.raw`[a-z]*(?=[^\x00-\x7F])\p{Ll}+`;
const WORD_THEN_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}])(?=\p{L}\p{Ll})(\p{Lu}?${MARKED_WORD})(?=\p{N}+(?![\p{L}\p{N}]|[.,/-]\p{N}))`, 'gu');

// A Vietnamese word run into a capitalised one ("chơiHà Nội", "SởTT&TT", "HảiPhòng"): the word before has a letter
// with a mark, so names written in camel case ("VNeID", "iHanoi", "ZaloPay") are not cut.
const WORD_THEN_CAPITAL = new RegExp(String.raw`(?<!\p{L})(\p{Lu}?${MARKED_WORD})(?=\p{Lu})`, 'gu');

/** The text with a space where a number and a word, or a word and a name, were typed together (see above); NFC. */
export function spacedNumbers(text: string): string {
  // Each pattern is tried only where its seam is (a digit then a lower-case letter, and so on): every message is read
  // through here, and scanned with the whole patterns most cost 20 µs for nothing.
  let spaced = text.normalize('NFC');
  if (DIGIT_THEN_LOWER.test(spaced)) spaced = spaced.replace(NUMBER_THEN_WORD, '$1 ');
  if (LOWER_THEN_DIGIT.test(spaced)) spaced = spaced.replace(WORD_THEN_NUMBER, '$1 ');
  return LOWER_THEN_UPPER.test(spaced) ? spaced.replace(WORD_THEN_CAPITAL, '$1 ') : spaced;
}

// The seams the patterns above need: each match holds one.
const DIGIT_THEN_LOWER = /\p{N}\p{Ll}/u;
const LOWER_THEN_DIGIT = /\p{Ll}\p{N}/u;
const LOWER_THEN_UPPER = /\p{Ll}\p{Lu}/u;
