import { foldForMatch } from './text-fold.js';

/**
 * The facts a sentence asserts that code can check against its sources: figures (exact, as written: 81,7 / 1.232
 * / 27/9/2023) and proper names (runs of two or more capitalised words, and acronyms like UBND or VNeID).
 */

const MARKERS = /\[[\d,\s]*\]|⟦URL\d+⟧/g;
const NUMBER = /\d+(?:[.,/:-]\d+)*/g;

export const stripMarkers = (sentence: string): string => sentence.replace(MARKERS, ' ');

export function figures(text: string): string[] {
  return [...stripMarkers(text).matchAll(NUMBER)].map((m) => m[0].replace(/[.,:/-]+$/, ''));
}

/** Figures a source supports: each as written, and for dates and ranges (27/9/2023, 2021-2025) their runs of parts. */
export function supportedFigures(text: string): Set<string> {
  const out = new Set<string>();
  for (const f of figures(text)) {
    out.add(f);
    const sep = /[/-]/.exec(f)?.[0];
    if (!sep || /[.,:]/.test(f)) continue;
    const parts = f.split(sep);
    for (let i = 0; i < parts.length; i += 1)
      for (let j = i + 1; j <= parts.length; j += 1) out.add(parts.slice(i, j).join(sep));
  }
  return out;
}

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const isAcronym = (w: string): boolean => (w.match(/\p{Lu}/gu) ?? []).length >= 2 && !/^\d/.test(w);

export interface Name {
  readonly text: string;
  /** Starts at the sentence's first word, whose capital may be only the sentence's. */
  readonly initial: boolean;
}

export function names(sentence: string): Name[] {
  const words = stripMarkers(sentence).split(/\s+/).filter(Boolean);
  const out: Name[] = [];
  let run: string[] = [];
  let runStart = 0;
  const flush = (): void => {
    if (run.length >= 2) out.push({ text: run.join(' '), initial: runStart === 0 });
    else if (run.length === 1 && isAcronym(run[0] ?? '')) out.push({ text: run[0] ?? '', initial: false });
    run = [];
  };
  words.forEach((raw, i) => {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word && isCapitalised(word)) {
      if (!run.length) runStart = i;
      run.push(word);
    } else flush();
    // Punctuation after a word ends the name: "Hà Nội, Hải Phòng" are two names.
    if (/[^\p{L}\p{N}]$/u.test(raw)) flush();
  });
  flush();
  return out;
}

/** True when the name is in the folded source text; a sentence-initial run may drop its first word. */
export function nameSupported(name: Name, foldedSource: string): boolean {
  if (foldedSource.includes(foldForMatch(name.text))) return true;
  if (!name.initial) return false;
  const rest = name.text.split(' ').slice(1);
  if (rest.length === 1 && !isAcronym(rest[0] ?? '')) return true;
  return foldedSource.includes(foldForMatch(rest.join(' ')));
}
