import { withToneDigit } from './telex.js';
import { tokenize, type Token } from './tokenize.js';

/** What the articles' index knows, for reading marks typed astray. */
export interface MarkVocabulary {
  hasExact(key: string): boolean;
  hasFolded(key: string): boolean;
  hasExactPair(pair: string): boolean;
}

// The vowel-quality marks a letter can carry (exact keys keep them; the tone is a digit after the letters).
const QUALITY: Readonly<Record<string, readonly string[]>> = { a: ['a', 'ă', 'â'], e: ['e', 'ê'], o: ['o', 'ô', 'ơ'], u: ['u', 'ư'] };
const TONES = ['', '1', '2', '3', '4', '5'];
// More letter combinations than this is not a syllable (the longest, "nghiêng", has one markable vowel pair).
const MAX_VARIANTS = 200;

/** Every exact key whose letters fold to this syllable: "cap" → cap, cáp (cap2), câp, cấp (câp2), cập (câp5)… */
export function markVariants(folded: string): string[] {
  if (!/^[a-z]+$/.test(folded)) return [];
  let bases = [''];
  for (const [i, ch] of [...folded].entries()) {
    const options = ch === 'd' && i === 0 ? ['d', 'đ'] : QUALITY[ch] ?? [ch];
    bases = bases.flatMap((b) => options.map((o) => b + o));
    if (bases.length > MAX_VARIANTS) return [];
  }
  return bases.flatMap((b) => TONES.map((t) => b + t));
}

// The spellings the articles use for a folded syllable, per vocabulary: the same few come back question after question.
const known = new WeakMap<MarkVocabulary, Map<string, readonly string[]>>();

function knownVariants(vocabulary: MarkVocabulary, folded: string): readonly string[] {
  let memo = known.get(vocabulary);
  if (!memo) known.set(vocabulary, (memo = new Map()));
  let keys = memo.get(folded);
  if (!keys) {
    if (memo.size >= 20_000) memo.clear();
    keys = markVariants(folded).filter((k) => vocabulary.hasExact(k));
    memo.set(folded, keys);
  }
  return keys;
}

/**
 * A resident who types marks slips some: "cung câp", "trưc tuyến", "giám đôc", "Hà Nôi", "trường hoc". A syllable the
 * articles never spell so, whose letters they do use, is read as the spelling they give it beside the same
 * neighbour ("cung cấp", "trực tuyến"): the pair decides between cấp, cáp and cập. Without such a pair it is left as
 * typed (a word the articles lack, like "kết hôn", finds no "kết hơn"). Pure; returns new tokens, surfaces kept.
 */
export function repairMarks(tokens: readonly Token[], vocabulary: MarkVocabulary): { tokens: Token[]; repaired: number } {
  const out = [...tokens];
  let repaired = 0;
  out.forEach((t, i) => {
    // A syllable the articles also write as typed ("tu" of "NQ/TU", "so" of "so sánh") stays, unless it is typed without
    // marks, pairs with neither neighbour as typed, and another spelling pairs with both ("kết quả so liệu": số).
    const known = vocabulary.hasExact(t.exact);
    if (/\d/.test(t.exact) || !vocabulary.hasFolded(t.folded) || (known && t.exact !== t.folded)) return;
    const prev = out[i - 1]?.clause === t.clause ? out[i - 1] : undefined;
    const next = out[i + 1]?.clause === t.clause ? out[i + 1] : undefined;
    let best: string | undefined;
    let bestScore = 0;
    // A neighbour typed without marks too ("co day ky nang") is any of its spellings the articles use: in a run of such
    // words no neighbour is marked, so pairs are read as the articles spell them on both sides.
    const sides = (n: Token | undefined): readonly string[] => (!n ? [] : n.exact === n.folded && !vocabulary.hasExact(n.exact)
      ? knownVariants(vocabulary, n.folded) : [n.exact]);
    const before = sides(prev);
    const after = sides(next);
    const pairsBefore = (key: string): boolean => before.some((b) => vocabulary.hasExactPair(`${b} ${key}`));
    const pairsAfter = (key: string): boolean => after.some((a) => vocabulary.hasExactPair(`${key} ${a}`));
    if (known && (pairsBefore(t.exact) || pairsAfter(t.exact))) return;
    // Paired on one side each, the spelling that pairs with a neighbour typed without marks too wins: a run typed
    // without marks is one phrase ("có nghi quyet": nghị quyết, not "có nghĩ").
    const runBefore = prev !== undefined && prev.exact === prev.folded;
    const runAfter = next !== undefined && next.exact === next.folded;
    let bestRun = 0;
    for (const key of knownVariants(vocabulary, t.folded)) {
      const [b, a] = [pairsBefore(key), pairsAfter(key)];
      const score = (b ? 1 : 0) + (a ? 1 : 0);
      const run = (runBefore && b ? 1 : 0) + (runAfter && a ? 1 : 0);
      if ((score > bestScore || (score === bestScore && score > 0 && run > bestRun)) && (!known || score === 2)) [best, bestScore, bestRun] = [key, score, run];
    }
    if (best === undefined) return;
    out[i] = { ...t, exact: best };
    repaired++;
  });
  return { tokens: out, repaired };
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * The text with each word typed without marks that repairMarks reads as a marked one written so ("dien thoại cầm tay"
 * → điện thoại cầm tay), so that what matches phrases by their marks (the paraphrase lexicon) sees the word the
 * resident meant. A word typed with marks keeps them even where repairMarks reads it otherwise: "Liên Quân" and "chùa
 * Hương" are names the articles lack, not slips, and what reads names and off-domain words reads them as typed. Each
 * word keeps its length and the case of its letters, so positions in the text stay valid. Pure.
 */
export function fillMarks(text: string, vocabulary: MarkVocabulary): string {
  const tokens = tokenize(text);
  const { tokens: read, repaired } = repairMarks(tokens, vocabulary);
  if (repaired === 0) return text;
  let out = text;
  let from = 0;
  tokens.forEach((t, i) => {
    const at = out.indexOf(t.surface, from);
    if (at < 0) return;
    from = at + t.surface.length;
    if (read[i]!.exact === t.exact || t.exact !== t.folded) return;
    const written = spelled(t.surface, read[i]!.exact);
    if (written.length === t.surface.length) out = out.slice(0, at) + written + out.slice(from);
  });
  return out;
}

/** The surface a key spells, with the typed word's case and its y where the key writes i ("Ky", ki2 → Ký). */
function spelled(surface: string, key: string): string {
  const tone = /\d$/.test(key) ? Number(key.slice(-1)) : 0;
  const letters = [...(tone ? key.slice(0, -1) : key)];
  const typed = [...surface.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC')];
  if (letters.length !== typed.length) return surface;
  const base = letters.map((c, j) => {
    const t = typed[j]!;
    const own = /[yY]/.test(t) && c === 'i' ? t : c;
    return t !== t.toLowerCase() ? own.toUpperCase() : own;
  }).join('');
  return withToneDigit(base, tone);
}
