import { foldDiacritics } from './normalize.js';

export type AbbreviationTable = Readonly<Record<string, string>>;

export interface AbbreviationExpander {
  /** Adds each known abbreviation's expansion beside it: "CKS" → "CKS (chữ ký số)". */
  expand(text: string): string;
}

const foldedChars = new Map<string, string>();

/** Folds one NFC character at a time so positions in the folded copy match the original. */
function foldSameLength(text: string): string {
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

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds an expander; matching ignores case and diacritics, and only whole words match. With `marksMatter`, a word the
 * resident typed with marks must match with its marks ("tuyến" is not "tuyển", "cái" not "cài"); a word typed without
 * any still stands for a marked one ("cai app" is "cài app").
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
  if (keys.length === 0) return { expand: (text) => text };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return {
    expand(text: string): string {
      const folded = foldSameLength(text);
      if (folded.length !== text.length) return text;
      let out = '';
      let last = 0;
      for (const m of folded.matchAll(pattern)) {
        const end = (m.index ?? 0) + m[0].length;
        if (options.marksMatter && !sameMarks(text.slice(m.index, end), originals.get(m[0])!)) continue;
        out += `${text.slice(last, end)} (${entries.get(m[0])})`;
        last = end;
      }
      return out + text.slice(last);
    },
  };
}

/** Word by word: a typed word with marks equals the key's word (case aside); one without marks may stand for any. */
function sameMarks(typed: string, key: string): boolean {
  const a = typed.normalize('NFC').toLowerCase().split(/\s+/);
  const b = key.normalize('NFC').toLowerCase().split(/\s+/);
  return a.every((w, i) => w === b[i] || foldDiacritics(w) === w);
}
