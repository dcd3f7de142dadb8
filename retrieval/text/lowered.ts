/**
 * The text in lower case, letter for letter: every index stays where it was, so a match found in the lowered text cuts
 * the text as typed at the same place. A letter whose lower case is longer than itself ("İ" → "i̇") is kept as typed.
 */
export function lowered(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
