/**
 * Vietnamese text normalisation: pure functions, no I/O.
 *
 * A syllable gets two keys:
 * - exact:  its letters with vowel-quality marks (â ă ê ô ơ ư đ) but without the tone, then a tone digit.
 *           Tone placement (hoà / hòa, thuỷ / thủy) therefore cannot matter.
 * - folded: letters with every mark removed and đ → d, for queries typed without diacritics.
 * Both keys spell a lone i/y after a consonant the same way (kí / ký, lí / lý).
 */

/** Bumped whenever a change here alters index keys; saved indexes record it and rebuild on mismatch. */
export const NORMALIZER_VERSION = 4;

const TONE_MARKS: Readonly<Record<string, number>> = {
  '\u0300': 1, // huyền
  '\u0301': 2, // sắc
  '\u0309': 3, // hỏi
  '\u0303': 4, // ngã
  '\u0323': 5, // nặng
};
const COMBINING = /[\u0300-\u036f]/g;
// C0/C1 controls except tab/newline, zero-width characters and the BOM.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;

/** NFC, controls and zero-width characters removed, runs of spaces collapsed; keeps newlines. */
export function cleanText(input: string): string {
  // Controls go before NFC: removed from between a letter and its marks, they would leave text that is not NFC.
  return input
    .replace(CONTROL, '')
    .normalize('NFC')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

export interface SyllableKeys {
  readonly exact: string;
  readonly folded: string;
}

/** Removes every diacritic and maps đ to d. Case is kept. */
export function foldDiacritics(text: string): string {
  // ASCII has nothing to fold; the rest is decomposed only once, and scanned for đ only when it has one. Every answer
  // folds its message and its candidate sentences many times over.
  if (ASCII.test(text)) return text;
  const bare = text.normalize('NFD').replace(COMBINING, '');
  return bare.includes('đ') || bare.includes('Đ') ? bare.replace(/đ/g, 'd').replace(/Đ/g, 'D') : bare;
}

/** True when the text carries any Vietnamese diacritic (a tone, a vowel-quality mark or đ). */
export function hasDiacritics(text: string): boolean {
  // Plain ASCII has no mark to fold (the common case: residents type most words without marks), so no NFD is needed.
  if (ASCII.test(text)) return false;
  // Text of ASCII, marked Latin letters, combining marks and punctuation (nearly every message and sentence) has a
  // mark exactly when it holds one of them: folding changes every one, and nothing else there. Asked many times an
  // answer; decomposing the text each time was most of its cost.
  if (LATIN_TEXT.test(text)) return MARKED.test(text);
  return foldDiacritics(text) !== text.normalize('NFC');
}

const ASCII = /^[\x00-\x7f]*$/;
// Latin letters that are an ASCII letter with marks from U+0300–U+036F (every Vietnamese one among them), and đ Đ.
const MARKED_LETTERS = ((): string => {
  let letters = 'đĐ';
  for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (ch.normalize('NFC') === ch && /^[A-Za-z][\u0300-\u036f]+$/.test(ch.normalize('NFD'))) letters += ch;
    }
  }
  return letters;
})();
const MARKED = new RegExp(`[\\u0300-\\u036f${MARKED_LETTERS}]`);
// General punctuation (U+2000–U+206F: dashes, quotes, ellipsis) decomposes to no mark.
const LATIN_TEXT = new RegExp(`^[\\x00-\\x7f\\u0300-\\u036f\\u2000-\\u206f${MARKED_LETTERS}]*$`);

const LONE_Y = /^(qu|[bcdđghklmnpqrstvx]+)y$/;

const MEMO_LIMIT = 200_000;
const memo = new Map<string, SyllableKeys>();

/** Keys of one syllable (a run of letters and digits). Memoised: a corpus repeats a few thousand syllables. */
export function syllableKeys(syllable: string): SyllableKeys {
  let keys = memo.get(syllable);
  if (keys) return keys;
  keys = computeKeys(syllable);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(syllable, keys);
  return keys;
}

function computeKeys(syllable: string): SyllableKeys {
  const decomposed = syllable.toLowerCase().normalize('NFD');
  let tone = 0;
  let base = '';
  for (const ch of decomposed) {
    const t = TONE_MARKS[ch];
    if (t !== undefined) tone = t;
    else base += ch;
  }
  let composed = base.normalize('NFC');
  // kí/ký, lí/lý, mĩ/mỹ, quí/quý: a lone y after a consonant is spelled i.
  composed = composed.replace(LONE_Y, '$1i');
  const folded = foldDiacritics(composed);
  return { exact: tone === 0 ? composed : `${composed}${tone}`, folded };
}
