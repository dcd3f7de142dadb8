/**
 * The text with its capitals in lower case, letter for letter: every index stays where it was, so a match found in the
 * lowered text cuts the text as typed at the same place. Only capital letters are lowered: a symbol with a lower-case
 * form ("Ⓜ", an emoji) stays a symbol. A capital whose lower case is longer than itself ("İ" → "i̇") is kept as typed,
 * which is what a case-insensitive match did too: it folds to no other letter.
 */
export function lowered(text: string): string {
  return text.replace(CAPITAL, (ch) => {
    const lower = ch.toLowerCase();
    return lower.length === ch.length ? lower : ch;
  });
}

const CAPITAL = /[\p{Lu}\p{Lt}]/gu;
