import { foldDiacritics, hasDiacritics, syllableKeys } from './normalize.js';
import { withToneKey } from './telex.js';

/** What the articles' index knows of a syllable: its exact key (letters, marks, tone) and its folded one. */
export interface SlipVocabulary {
  hasExact(key: string): boolean;
  hasFolded(key: string): boolean;
}

// A word standing alone, as chat-words reads it: not a piece of a code such as "239/KH-UBND" or "TT&TT".
const WORD = /(?<![\p{L}\p{N}/&.-])\p{L}+(?![\p{L}\p{N}/&-]|\.[\p{L}\p{N}])/gu;
// No Vietnamese syllable ends in these letters: on a word that already has its marks they are a telex key left over.
const TONE_KEY = /[sfrxj]$/i;

const base = (ch: string): string => foldDiacritics(ch).toLowerCase();
const CONSONANT = /^[bcdghklmnpqrstvx]$/;
// The consonant pairs Vietnamese spelling writes: "ch", "gh", "kh", "ng" (and "ngh"), "nh", "ph", "th", "tr".
const SYLLABLE_PAIRS = new Set(['ch', 'gh', 'kh', 'ng', 'nh', 'ph', 'th', 'tr']);
const marked = hasDiacritics;

function known(word: string, vocabulary: SlipVocabulary): boolean {
  const keys = syllableKeys(word);
  return marked(word) ? vocabulary.hasExact(keys.exact) : vocabulary.hasFolded(keys.folded);
}

/**
 * The words a slip of the keyboard could have made of `word`: one of two neighbouring keys of the same letter pressed
 * twice ("nhiệmm", "trựcc", "sốo", "troò": the unmarked copy goes when one of them carries the mark), on a word that
 * already has its marks, a telex tone key typed after them ("sốs"), the "n" of a final "ng" left out ("Phòg"), the "n"
 * or "c" of a final "nh" or "ch" ("địh", "cáh"), the tone on the wrong vowel ("naò"), or two neighbouring letters swapped
 * ("lịhc", "tàhnh"). In that order, which repairSlips tries them in. Pure; the surface's
 * case is kept.
 */
export function slipCandidates(word: string): string[] {
  const chars = [...word];
  const out: string[] = [];
  for (let i = 1; i < chars.length; i++) {
    if (base(chars[i]!) !== base(chars[i - 1]!)) continue;
    // Keep the copy that carries a mark: the other is the slip.
    const drop = marked(chars[i]!) && !marked(chars[i - 1]!) ? i - 1 : i;
    out.push([...chars.slice(0, drop), ...chars.slice(drop + 1)].join(''));
  }
  // The tone key read as the tone ("Nôij" → Nội), or dropped when the word has its tone already ("sốs" → số).
  if (marked(word) && TONE_KEY.test(word) && chars.length > 2) {
    const toned = withToneKey(word);
    if (toned !== undefined) out.push(toned);
    out.push(chars.slice(0, -1).join(''));
  }
  // No syllable ends in a "g" after a vowel: the "n" of "ng" was dropped ("Phòg", "khôg").
  if (/[aeiouy]g$/i.test(foldDiacritics(word))) out.push(`${chars.slice(0, -1).join('')}${/G$/.test(word) ? 'N' : 'n'}${chars.at(-1)}`);
  // Nor in an "h" after a vowel: the "n" of "nh" or the "c" of "ch" was dropped ("địh", "thàh"; "cáh"). Both are tried;
  // repairSlips takes neither when the articles use both ("tíh": tính or tích).
  out.push(...finalHReadings(word));
  // The tone mark on the wrong vowel ("naò" for nào, "ngươì" for người): the same tone on each other vowel.
  out.push(...toneMoved(word));
  // Two neighbouring consonants typed in the wrong order ("lịhc", "ngàhn"): a pair no syllable holds ("hc", "hn"), read
  // the other way round; so is a consonant and a vowel in a word of five letters or more ("tàhnh", "kôhng", "tohại").
  // Not two vowels, nor in a shorter word: swapped, they make other real words too ("mía", "mái"; "alo", "lao").
  for (let i = 1; i < chars.length; i++) {
    const pair = base(chars[i - 1]!) + base(chars[i]!);
    const consonants = [chars[i - 1]!, chars[i]!].filter((c) => CONSONANT.test(base(c))).length;
    if (consonants === 0 || (consonants === 1 && chars.length < 5) || (consonants === 2 && SYLLABLE_PAIRS.has(pair)) || pair[0] === pair[1]) continue;
    out.push([...chars.slice(0, i - 1), chars[i]!, chars[i - 1]!, ...chars.slice(i + 1)].join(''));
  }
  return [...new Set(out)];
}

// The five tone marks, as combining characters once a word is decomposed (NFD); the other marks (ˆ, ˘, ơ's horn) shape
// the vowel itself and stay where they are.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** The word with its one tone mark moved to each other vowel, NFC; none when it has no tone or one vowel. */
function toneMoved(word: string): string[] {
  const chars = [...word.normalize('NFD')];
  const at = chars.findIndex((c) => TONE.test(c));
  if (at < 0) return [];
  const tone = chars[at]!;
  const bare = chars.filter((_, i) => i !== at);
  const out: string[] = [];
  bare.forEach((c, i) => {
    if (!VOWEL.test(base(c))) return;
    // After the vowel's own marks (the circumflex of "ê", the horn of "ơ").
    let end = i + 1;
    while (end < bare.length && /\p{M}/u.test(bare[end]!)) end++;
    const moved = [...bare.slice(0, end), tone, ...bare.slice(end)].join('').normalize('NFC');
    if (moved !== word.normalize('NFC')) out.push(moved);
  });
  return out;
}

/**
 * Two words typed without the space between them ("Hà Nộibao nhiêu", "Giámđốc Sở"), read as the two the articles use;
 * of several cuts, the one with the longest first part. Only a word with marks (an unmarked run of letters may be a
 * word of its own: "online", "zalo"), and only into two syllables, each with a vowel, the second opening on a
 * consonant: "Quảng" is no "Quả" and "ng".
 */
export function joinedSplit(word: string, vocabulary: SlipVocabulary): string | undefined {
  if (!marked(word)) return undefined;
  const chars = [...word];
  for (let i = chars.length - 2; i >= 1; i--) {
    const [left, right] = [chars.slice(0, i).join(''), chars.slice(i).join('')];
    if (!VOWEL.test(base(left)) || !VOWEL.test(base(right)) || !CONSONANT.test(base(chars[i]!))) continue;
    if (known(left, vocabulary) && known(right, vocabulary)) return `${left} ${right}`;
  }
  return undefined;
}

const VOWEL = /[aeiouy]/;

/** "địh" read as "định" and as "địch": a final "h" after a vowel with the "n" or the "c" put back; none otherwise. */
function finalHReadings(word: string): string[] {
  if (!/[aeiouy]h$/i.test(foldDiacritics(word))) return [];
  const stem = word.slice(0, -1);
  const h = word.slice(-1);
  return /H$/.test(word) ? [`${stem}N${h}`, `${stem}C${h}`] : [`${stem}n${h}`, `${stem}c${h}`];
}

/**
 * Reads each word the articles never use, in any spelling, as the one a single keyboard slip away that they do use
 * ("trách nhiệmm" → nhiệm, "chuyển đổi sốo" → số, "phần trămm" → trăm). A word the articles know is never touched, and
 * a word with no such neighbour stays as typed, so a new word ("kết hôn") is not bent into an old one; nor is one that
 * `reads` says a table of the question's reading knows.
 */
export function repairSlips(text: string, vocabulary: SlipVocabulary, reads: (word: string) => boolean = () => false): { text: string; repaired: boolean } {
  let repaired = false;
  const out = text.replace(WORD, (w) => {
    // A word a table reads ("app", the lexicon's) is not a slip of one the articles use ("ap", of áp dụng).
    if ([...w].length < 3 || known(w, vocabulary) || reads(w)) return w;
    // A final "h" read both as "nh" and as "ch" is a guess between two words: left as typed.
    const readings = finalHReadings(w);
    if (readings.length > 0 && readings.every((r) => known(r, vocabulary))) return w;
    const fixed = slipCandidates(w).find((c) => known(c, vocabulary)) ?? joinedSplit(w, vocabulary);
    if (fixed === undefined) return w;
    repaired = true;
    return fixed;
  });
  return { text: out, repaired };
}
