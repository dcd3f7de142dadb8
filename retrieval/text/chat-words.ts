import { syllableKeys } from './normalize.js';
import { telexWord } from './telex.js';

export type ChatWordTable = Readonly<Record<string, string>>;

/** Reads chat spellings as the words they stand for: "lam lltp dc ko" → "lam lltp được không". */
export type ChatWordReader = (text: string) => string;

// A word standing alone: not a piece of a code such as "239/KH-UBND", "TT&TT" or "v1.2", whose parts are not chat.
const WORD = /(?<![\p{L}\p{N}/&.-])[\p{L}\p{N}]+(?![\p{L}\p{N}/&-]|\.[\p{L}\p{N}])/gu;

/**
 * Whole words only, case-insensitive; a key starting with "_" is a note, not an entry, except these lists of words
 * (space-separated): `_keep_before_number`, left as typed before a number or "số", where they name a document ("kh 239",
 * "KH số mấy"); `_address_after_particle`, read as bạn (the reader) after one of `_closing_particles`, before "ơi" ("v
 * bn") or before knowing or helping ("bn bít k"), and as bạn (people) after a plural ("mấy bn trong tổ");
 * `_dossier_words`, read as `_dossier_read` (hồ sơ, a file) after one of `_dossier_after` ("nộp hs") or before one of
 * `_dossier_before` ("hs cv", "hs công việc": two words joined by "+" in the list), their own reading elsewhere ("hs
 * tiểu học": học sinh); and so for every other such group (`_task_words`: "mấy nv trọng tâm" is nhiệm vụ).
 */
export function createChatWordReader(table: ChatWordTable): ChatWordReader {
  const entries = new Map<string, string>();
  for (const [from, to] of Object.entries(table)) if (!from.startsWith('_')) entries.set(from.normalize('NFC').toLowerCase(), to);
  const words = (key: string): Set<string> => new Set((table[key] ?? '').normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean));
  const keep = words('_keep_before_number');
  const addresses = words('_address_after_particle');
  const particles = words('_closing_particles');
  // Each group of words read one way beside its neighbours ("_dossier": hồ sơ, "_task": nhiệm vụ).
  const beside = Object.keys(table).filter((k) => k.endsWith('_words') && table[`${k.slice(0, -'_words'.length)}_read`] !== undefined)
    .map((k) => {
      const group = k.slice(0, -'_words'.length);
      return { words: words(k), after: words(`${group}_after`), before: words(`${group}_before`), read: table[`${group}_read`]! };
    });
  return (text) => text.replace(WORD, (w, at: number) => {
    const lower = w.toLowerCase();
    // "nộp hs", "hs cv": a file, not a pupil; "mấy nv trọng tâm": tasks, not staff.
    for (const g of beside) {
      if (g.words.has(lower) && (g.after.has(wordBefore(text, at)) || beforeOneOf(text, at + w.length, g.before))) return g.read;
    }
    // Before its number or "số" ("KH số mấy", "kh so bao nhieu") it names the document.
    if (keep.has(lower) && /^\s+(?:\d|(?:số|so)(?!\p{L}))/u.test(text.slice(at + w.length, at + w.length + 5))) return w;
    // "…còn nhiều hạn chế v bn", "bn ơi": after a particle that closes the question, or before "ơi", it is the reader;
    // after a plural ("mấy bn trong tổ", "các bn trẻ") it is people, bạn, not how many.
    if (addresses.has(lower) && (addressed(text, at, w.length, particles) || PLURAL.has(wordBefore(text, at)))) return 'bạn';
    const read = entries.get(lower);
    if (read === undefined) return w;
    // The resident naming themself with a capital after a question closed without its stop ("…thế hệ j v Tui ở Hà
    // Nội…") opens a sentence: the word read keeps its capital, so the sentence still breaks there. Not elsewhere: "nhà
    // Mik", "mẹ Tui", "de Dk chu ky so" are inside one.
    const opens = /^\p{Lu}\p{Ll}*$/u.test(w) && SELF.has(read) && CLOSES.has(wordBefore(text, at));
    return opens ? read.charAt(0).toUpperCase() + read.slice(1) : read;
  });
}

// Plural words before people: "mấy bn", "các bn", "những bn", "bọn bn".
const PLURAL = new Set(['mấy', 'may', 'các', 'cac', 'những', 'nhung', 'bọn', 'bon']);

/** The word right before `at`, lower case ("" when none). */
const wordBefore = (text: string, at: number): string => /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase() ?? '';
/** Whether the word right after `end`, or the two after it joined by "+" ("công+việc"), is one of `words`. */
function beforeOneOf(text: string, end: number, words: ReadonlySet<string>): boolean {
  const next = /^\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(text.slice(end, end + 24));
  const first = next?.[1]?.toLowerCase() ?? '';
  return words.has(first) || words.has(`${first}+${next?.[2]?.toLowerCase() ?? ''}`);
}

// Words a resident names themself by, and the words that close a question before them ("j v", "ko", "ạ", "nhé").
const SELF = new Set(['tôi', 'mình', 'tớ', 'em', 'cháu']);
const CLOSES = new Set(['v', 'z', 'vậy', 'j', 'gì', 'ko', 'k', 'không', 'hok', 'hông', 'chưa', 'ạ', 'a', 'ak', 'nhé', 'nha', 'nhe',
  'ntn', 'nào', 'đâu', 'sao', 'hả', 'nhỉ', 'ha', 'ko?']);

// Particles that may follow the reader's name at the close: "…ko bn ạ?", "…v bn nhỉ", "bn ơi".
const AFTER_ADDRESS = new Set(['ạ', 'à', 'hả', 'nhỉ', 'nhé', 'nha', 'ơi', 'a', 'ha', 'nhi', 'nhe', 'oi']);

// The reader asked whether they know or to help ("bn bít k", "bn có biết…", "bn giúp mình"): no count is "biết".
const KNOWS_OR_HELPS = /^\s+(?:(?:có|co)\s+)?(?:biết|bít|biet|bit|giúp|giup|giùm|gium|rep|trả lời|tra loi)(?!\p{L})/iu;

/**
 * Whether the word at `at` follows a closing particle and closes the clause itself ("…hạn chế v bn", "nhé bn?") or is
 * followed by "ơi" ("bn ơi") or by knowing or helping ("bn bít k"). A particle opening a question ("Z bn tổ…", "Vậy bn
 * người…") is followed by what is counted.
 */
function addressed(text: string, at: number, length: number, particles: ReadonlySet<string>): boolean {
  const before = wordBefore(text, at);
  // Closes: nothing after it but punctuation, an emoji or a bracket, or another particle ("ko bn ạ?", "v bn nhỉ").
  const rest = text.slice(at + length, at + length + 12);
  const next = /^\s*(\p{L}+)/u.exec(rest)?.[1]?.toLowerCase();
  // A number or "%" after it is what is counted ("z bn 1 ngày", "v bn %").
  const closes = next === undefined ? !/^\s*[\p{N}%]/u.test(rest) : particles.has(next) || AFTER_ADDRESS.has(next);
  return (particles.has(before) && closes) || /^\s+(ơi|oi)(?!\p{L})/iu.test(text.slice(at + length, at + length + 5))
    || KNOWS_OR_HELPS.test(text.slice(at + length));
}

/** The words of a text's vocabulary that matter for telex repair: which folded syllables the articles use. */
export interface FoldedVocabulary {
  hasFolded(syllable: string): boolean;
  /** A syllable's exact key (letters, marks, tone: see syllableKeys) the articles use; absent, only folded reading. */
  hasExact?(key: string): boolean;
}

// Telex typing leaves its keys behind when the keyboard is off: "lichj" (lịch), "chuw" (chư), "ddaau" (đâu), "vieetj".
const TONE_KEY = /[sfrxj]$/;

/** The folded syllable a telex leftover stands for, or undefined when the word does not look like one. */
export function telexFold(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(lower) || lower.length < 3) return undefined;
  let s = lower.replace(/dd/g, 'd').replace(/aa/g, 'a').replace(/ee/g, 'e').replace(/oo/g, 'o').replace(/w/g, '');
  // Only one tone key can end a syllable; a word like "chus" → "chu".
  if (TONE_KEY.test(s) && s.length > 2) s = s.slice(0, -1);
  return s === lower ? undefined : s;
}

/**
 * Replaces each unaccented word the articles never use by the word its telex keys spell, with its marks when the
 * articles use that spelling ("Phongf" → Phòng), else folded when they use the letters ("xyzs" stays). Words the
 * articles know are left alone, so "chus" stays if it were a real word there.
 */
export function repairTelex(text: string, vocabulary: FoldedVocabulary): { text: string; repaired: boolean } {
  let repaired = false;
  const out = text.replace(WORD, (w) => {
    // Only unmarked letters can be telex keys: a word with marks or digits is left without folding it.
    if (!/^[a-z]+$/i.test(w)) return w;
    if (vocabulary.hasFolded(w.toLowerCase())) return w;
    // Read with the marks its keys spell when the articles use that spelling ("Phongf" → Phòng); else folded.
    const marked = telexWord(w);
    if (marked !== undefined && vocabulary.hasExact?.(syllableKeys(marked).exact)) {
      repaired = true;
      return marked;
    }
    const fixed = telexFold(w);
    if (fixed === undefined || !vocabulary.hasFolded(fixed)) return w;
    repaired = true;
    return /^[A-Z]/.test(w) ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed;
  });
  return { text: out, repaired };
}
