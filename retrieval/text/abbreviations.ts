import provinces from '../data/provinces.json' with { type: 'json' };
import { foldDiacritics } from './normalize.js';
import { runsOn } from './runs-on.js';

export type AbbreviationTable = Readonly<Record<string, string>>;

export interface AbbreviationExpander {
  /** Adds each known abbreviation's expansion beside it: "CKS" → "CKS (chữ ký số)". */
  expand(text: string): string;
  /**
   * The entries expand would use in a text, in order: each as typed, where, and its expansion. With `bare`, a word it
   * holds true of (one typed without the marks it needs) stands for the marked word in a phrase typed with marks.
   */
  find(text: string, bare?: (word: string) => boolean): ExpansionMatch[];
}

/** One entry found in a text: the words as the resident typed them, and their expansion. */
export interface ExpansionMatch {
  readonly typed: string;
  /** Where the typed words begin. */
  readonly start: number;
  /** Where the expansion goes: after the typed words, or after the document's number they are in ("310/KH-UBND"). */
  readonly end: number;
  readonly expansion: string;
}

/** The text with each match's expansion in brackets where it goes: what expand returns for the matches find gave. */
export function withExpansions(text: string, matches: readonly ExpansionMatch[]): string {
  let out = '';
  let last = 0;
  for (const { end, expansion } of matches) {
    out += `${text.slice(last, end)} (${expansion})`;
    last = end;
  }
  return out + text.slice(last);
}

const foldedChars = new Map<string, string>();

// The last text folded: a sentence is scanned by the lexicon, then by the abbreviations as a piece and again whole.
let lastFolded = { text: '', folded: '' };

/** Folds one NFC character at a time so positions in the folded copy match the original. */
function foldSameLength(text: string): string {
  if (text === lastFolded.text) return lastFolded.folded;
  const folded = foldEach(text);
  lastFolded = { text, folded };
  return folded;
}

function foldEach(text: string): string {
  let out = '';
  for (const ch of text) {
    let f = foldedChars.get(ch);
    if (f === undefined) {
      f = ch.length === 1 ? (foldDiacritics(ch)[0] ?? ch).toLowerCase() : ch;
      if (f.length !== ch.length) f = ch;
      foldedChars.set(ch, f);
    }
    out += f;
  }
  return out;
}

/** Where the run of letters and digits starting at `at` ends (`at` itself when none starts there). */
function runEnd(text: string, at: number): number {
  let i = at;
  while (wordCharAt(text, i)) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}

/**
 * Builds an expander; matching ignores case and diacritics, and only whole words match. With `marksMatter`, a phrase the
 * resident typed with marks must match with its marks ("tuyến" is not "tuyển", "cái" not "cài", "cái kho" not "cái
 * khó"); a phrase typed without any still stands for a marked one ("cai app" is "cài app").
 */
export function createAbbreviationExpander(table: AbbreviationTable, options: { marksMatter?: boolean } = {}): AbbreviationExpander {
  const entries = new Map<string, string>();
  const originals = new Map<string, string>();
  for (const [abbr, expansion] of Object.entries(table)) {
    if (abbr.startsWith('_')) continue;
    entries.set(foldSameLength(abbr), expansion);
    originals.set(foldSameLength(abbr), abbr);
  }
  // Longest first so TP.HCM wins over TP.
  const keys = [...entries.keys()].sort((a, b) => b.length - a.length);
  if (keys.length === 0) return { expand: (text) => text, find: () => [] };
  // Keys by their leading run of letters and digits ("tt" for TT&TT, "cai" for "cài app"), longest first. Scanning the
  // text once and trying, at each word's start, only the keys whose leading run is that word finds what one
  // alternation of every key would (the leftmost match, the longest key there): a key that matches there, ending at a
  // word boundary, starts with exactly that run. The paraphrase table's ~800 alternatives were tried at every position
  // once; then those sharing the first character (a hundred for "c" or "t").
  const byRun = new Map<string, string[]>();
  for (const key of keys) {
    const run = key.slice(0, runEnd(key, 0)) || key[0]!;
    const list = byRun.get(run);
    if (list) list.push(key);
    else byRun.set(run, [key]);
  }
  /** Each match as [start, end, expansion, where the expansion goes], left to right. */
  const scan = (text: string, bare?: (word: string) => boolean): [number, number, string, number][] => {
    const folded = foldSameLength(text);
    if (folded.length !== text.length) return [];
    const found: [number, number, string, number][] = [];
    for (let at = 0; at < folded.length; at++) {
      if (wordCharBefore(folded, at)) continue;
      const wordEnd = runEnd(folded, at);
      const candidates = byRun.get(wordEnd > at ? folded.slice(at, wordEnd) : folded[at]!);
      // Marks matter for everyday words, and so do place names: "nội thành" in "Hà Nội thành phố thông minh" is the
      // end of a province's name, not the inner city. A longer key refused for its marks leaves a shorter one, or the
      // next word, its chance: "cái app" is not the key "cài app", and its "app" is still read.
      const key = candidates?.find((k) => folded.startsWith(k, at) && !wordCharAt(folded, at + k.length)
        && (!options.marksMatter || (sameMarks(text.slice(at, at + k.length), originals.get(k)!, bare) && !continuesName(text, at)
          && !runsOnAfter(folded, at + k.length))));
      if (key === undefined) {
        // No key is read here; the next may start at the next word.
        if (wordEnd > at) at = wordEnd - 1;
        continue;
      }
      const end = at + key.length;
      // Inside a document's number ("KH" in "310/KH-UBND") the expansion goes after the number, which stays whole.
      found.push([at, end, entries.get(key)!, insideCode(text, at) ? codeEnd(text, end) : end]);
      at = end - 1;
    }
    return found;
  };
  return {
    expand: (text) => withExpansions(text, scan(text).map(([start, , expansion, after]) => ({ typed: '', start, end: after, expansion }))),
    find: (text, bare) => scan(text, bare)
      .map(([start, end, expansion, after]) => ({ typed: text.slice(start, end), start, end: after, expansion })),
  };
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

// Two-word province names, folded ("ha noi", "hai phong"): the word before a match and the match's first word.
const PLACE_PAIRS = new Set(provinces.places.map((p) => foldSameLength(p)).filter((p) => /^\p{L}+ \p{L}+$/u.test(p)));

// A document's number runs on from its digits ("310/KH-UBND", "18-NQ/TU"): the letters after them are part of it, up to
// where its slashes and hyphens stop.
const CODE_SO_FAR = /\p{N}[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)*[-/]$/u;
const CODE_REST = /(?:[-/][\p{L}\p{N}]+)*/uy;

/** Whether the word at `at` continues a document's number ("KH" in "310/KH-UBND"). */
function insideCode(text: string, at: number): boolean {
  return at > 0 && (text[at - 1] === '/' || text[at - 1] === '-') && CODE_SO_FAR.test(text.slice(Math.max(0, at - 30), at));
}

/** Where the document's number that goes on at `from` (after a word of it) ends. */
function codeEnd(text: string, from: number): number {
  CODE_REST.lastIndex = from;
  return CODE_REST.exec(text) ? CODE_REST.lastIndex : from;
}

/** Whether the word ending at `end` opens another word with the one after it ("trả tiền điện tử": điện); folded text. */
function runsOnAfter(folded: string, end: number): boolean {
  const last = /(\p{L}+)$/u.exec(folded.slice(Math.max(0, end - 12), end))?.[1];
  const next = /^\s+(\p{L}+)/u.exec(folded.slice(end, end + 16))?.[1];
  return last !== undefined && next !== undefined && runsOn(last, next);
}

/** Whether the word at `at` ends a province's name begun by the word before it ("Hà Nội thành": Nội). */
function continuesName(text: string, at: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1];
  const word = /^\p{L}+/u.exec(text.slice(at))?.[0];
  return before !== undefined && word !== undefined && PLACE_PAIRS.has(foldSameLength(`${before} ${word}`));
}

function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** Whether a letter or digit starts at `at` (false at the end). */
function wordCharAt(text: string, at: number): boolean {
  return at < text.length && isWordCodePoint(text.codePointAt(at)!);
}

/** Whether a letter or digit ends just before `at`, read by code point as a lookbehind would. */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return isWordCodePoint(pair ? text.codePointAt(at - 2)! : low);
}

/** A phrase typed with marks equals the key (case aside); one typed without any may stand for it. */
function sameMarks(typed: string, key: string, bare?: (word: string) => boolean): boolean {
  // A phrase typed with marks on one word is typed with them on all: in "Cái kho máy chủ", "kho" is the storeroom, not
  // "khó" (the key "cái khó"). Only a phrase typed without any stands for the marked one ("cai kho"),
  // and a word that is no word as typed ("phan" in "bao nhiêu phan trăm") for its marked form.
  const a = typed.normalize('NFC').toLowerCase();
  const k = key.normalize('NFC').toLowerCase();
  if (foldDiacritics(a) === a || a === k) return true;
  if (!bare) return false;
  const typedWords = a.split(' ');
  const keyWords = k.split(' ');
  return typedWords.length === keyWords.length
    && typedWords.every((w, i) => w === keyWords[i] || (foldDiacritics(w) === w && bare(w)));
}
