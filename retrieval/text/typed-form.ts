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
