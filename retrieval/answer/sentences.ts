// Abbreviations that end in a dot without ending a sentence ("TP.Hà Nội", "TS. Nguyễn", "v.v.").
const NO_BREAK_BEFORE = /(?:^|[\s(])(?:TP|Tp|TS|ThS|PGS|GS|BS|Ths|St|Mr|Mrs|Dr|v\.v|Q|P|TT)\.$/;

/** Splits a paragraph into sentences at . ! ? … followed by a space and a capital, digit, quote or dash. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const re = /[.!?…]+["”’)]*\s+(?=["“‘(\-–\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const m of paragraph.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    const candidate = paragraph.slice(start, end);
    if (NO_BREAK_BEFORE.test(candidate)) continue;
    sentences.push(candidate.trim());
    start = (m.index ?? 0) + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((s) => s.length > 0);
}
