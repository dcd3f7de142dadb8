// Telex is how most Vietnamese phones and keyboards type marks: "dd" đ, "aa" â, "ee" ê, "oo" ô, "aw" ă, "ow" ơ, "uw"
// ư, and a last key for the tone: s sắc, f huyền, r hỏi, x ngã, j nặng. With the input method off, or slipping, the
// keys stay in the word ("lichj", "Phongf", "Nôij"). Reading them as the marks they stand for keeps the tone, which a
// word without it loses ("Phongf" is Phòng, not phong).

const TONE_MARK: Readonly<Record<string, string>> = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const QUALITY = /[\u0302\u0306\u031b]/u;
const VOWEL = /[aeiouy]/i;

/**
 * The word an unmarked telex leftover spells, with its marks ("lichj" → lịch, "Phongf" → Phòng, "ddaau" → đâu,
 * "vieetj" → việt, "chuw" → chư); undefined when it holds no telex key. Pure; the first letter's case is kept.
 */
export function telexWord(word: string): string | undefined {
  if (!/^[a-z]+$/i.test(word) || word.length < 3) return undefined;
  // A tone key typed twice ("keess") is typed once, in a word with a vowel's telex keys (not "boss", "staff").
  const typed = word.toLowerCase();
  const lower = /dd|aa|ee|oo|aw|ow|uw/.test(typed) ? typed.replace(/([sfrxj])\1$/, '$1') : typed;
  const toneKey = /[sfrxj]$/.exec(lower)?.[0];
  let s = toneKey ? lower.slice(0, -1) : lower;
  // Telex lets the vowel's second key come after the rest of the word ("maya" for mây, as "mayas" for mấy).
  s = s.replace(/([aeo])([b-df-hj-np-tv-z]*[iuy]?[b-df-hj-np-tv-z]*)\1$/, (m, v: string, mid: string) => (mid ? `${v}${v}${mid}` : m));
  s = s.replace(/^dd/, 'đ').replace(/uow/g, 'ươ').replace(/aa/g, 'â').replace(/ee/g, 'ê').replace(/oo/g, 'ô')
    .replace(/aw/g, 'ă').replace(/ow/g, 'ơ').replace(/uw/g, 'ư').replace(/w/g, 'ư');
  if (s === lower || !VOWEL.test(s.normalize('NFD'))) return undefined;
  const out = toneKey ? withTone(s, toneKey) : s.normalize('NFC');
  return /^[A-Z]/.test(word) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/** A marked word with a tone key typed after it, the tone put in its place ("Nôij" → Nội, "sốs" → số); else undefined. */
export function withToneKey(word: string): string | undefined {
  const key = /[sfrxj]$/i.exec(word)?.[0]?.toLowerCase();
  if (!key || [...word].length < 3) return undefined;
  const stem = word.slice(0, -1);
  return VOWEL.test(stem.normalize('NFD')) ? withTone(stem, key) : undefined;
}

// The tone digits of the index's exact keys (see normalize.ts), as telex keys.
const TONE_KEYS = ['', 'f', 's', 'r', 'x', 'j'];

/** A syllable's letters (quality marks kept, no tone) with the tone an exact key's digit names ("điên", 5 → điện). */
export function withToneDigit(letters: string, tone: number): string {
  const key = TONE_KEYS[tone];
  return key ? withTone(letters, key) : letters.normalize('NFC');
}

/**
 * The syllable with the tone of a telex key on the vowel that carries it: a vowel with a quality mark (the last, for
 * ươ), else the middle of three, the second of two before a final consonant or in oa, oe, uy, else the first.
 */
function withTone(syllable: string, key: string): string {
  const letters = [...syllable.normalize('NFD').replace(TONES, '')];
  // Each vowel's index among the letters, past "qu" and "gi", whose u and i belong to the consonant.
  const lower = letters.map((c) => c.toLowerCase());
  const bases = lower.map((c, i) => (VOWEL.test(c) && !QUALITY.test(c) ? i : -1)).filter((i) => i >= 0);
  const vowels = bases.filter((i, n) => !(n + 1 < bases.length && ((lower[i] === 'u' && lower[i - 1] === 'q') || (lower[i] === 'i' && lower[i - 1] === 'g' && i === 1))));
  if (vowels.length === 0) return syllable.normalize('NFC');
  const marked = vowels.filter((i) => QUALITY.test(letters[i + 1] ?? ''));
  const last = vowels.at(-1)!;
  const pair = vowels.map((i) => lower[i]).join('');
  const finalConsonant = letters.slice(last + 1).some((c) => /[a-zđ]/i.test(c));
  const at = marked.length > 0 ? marked.at(-1)!
    : vowels.length >= 3 ? vowels[1]!
      : vowels.length === 2 && (finalConsonant || ['oa', 'oe', 'uy'].includes(pair)) ? vowels[1]! : vowels[0]!;
  // After the vowel and its quality mark.
  const after = QUALITY.test(letters[at + 1] ?? '') ? at + 2 : at + 1;
  return [...letters.slice(0, after), TONE_MARK[key]!, ...letters.slice(after)].join('').normalize('NFC');
}
