/**
 * Splits model text into sentences. A sentence ends at . ! ? … (plus closing quotes), together with the citation
 * markers that follow it ("Câu một. [1] Câu hai [2]."), or at a line break. Figures like 81,7 or 1.232 never
 * split (no space after the dot); common abbreviations (TP. Hồ Chí Minh) and initials do not either.
 */

const BOUNDARY = /[.!?…]+["”’)]*(?:\s*\[[\d,\s]*\])*(?=\s)|\n/g;
const ABBREVIATION = /(?:^|[\s(])(?:TP|Tp|TS|ThS|PGS|GS|BS|Nxb|NXB|St|v\.v|[A-ZĐ])\.$/u;

export interface SentenceSplit {
  /** Sentences known to be finished, trimmed, in order. */
  readonly sentences: readonly string[];
  /** Characters of the input those sentences used up; the rest may still grow. */
  readonly consumed: number;
}

/**
 * With `final` false (a stream still arriving), a boundary counts only once a following character shows that
 * no citation marker is still to come; with `final` true, the end of the text closes the last sentence.
 */
export function splitSentences(text: string, final: boolean): SentenceSplit {
  const sentences: string[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && ABBREVIATION.test(text.slice(start, m.index + 1))) continue;
    const next = /\S/.exec(text.slice(end));
    // Not yet known what follows: a marker "[2]" may still be on its way.
    if (!next) break;
    if (next[0] === '[') continue;
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  if (final) {
    const last = text.slice(start).trim();
    if (last) sentences.push(last);
    return { sentences, consumed: text.length };
  }
  return { sentences, consumed: start };
}
