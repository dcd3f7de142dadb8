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

/** Builds an expander; matching ignores case and diacritics, and only whole words match. */
export function createAbbreviationExpander(table: AbbreviationTable): AbbreviationExpander {
  const entries = new Map<string, string>();
  for (const [abbr, expansion] of Object.entries(table)) {
    if (abbr.startsWith('_')) continue;
    entries.set(foldSameLength(abbr), expansion);
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
        out += `${text.slice(last, end)} (${entries.get(m[0])})`;
        last = end;
      }
      return out + text.slice(last);
    },
  };
}
