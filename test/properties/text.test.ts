import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import abbreviationTable from '../../retrieval/data/abbreviations.json' with { type: 'json' };
import paraphraseTable from '../../retrieval/data/paraphrases.json' with { type: 'json' };
import provinces from '../../retrieval/data/provinces.json' with { type: 'json' };
import { splitSentences } from '../../retrieval/answer/sentences.js';
import { prepareQuery } from '../../retrieval/query.js';
import { createAbbreviationExpander, type AbbreviationTable } from '../../retrieval/text/abbreviations.js';
import { cleanText, foldDiacritics, syllableKeys } from '../../retrieval/text/normalize.js';
import { tokenize } from '../../retrieval/text/tokenize.js';
import { readQuestion } from '../../bot/answer/read-question.js';

// Property tests of the Vietnamese text pipeline on hostile input. Arbitraries are kept in this file on purpose
// (only *.test.ts files live here).

/** Characters that break naive text code: controls, zero-width, BOM, odd spaces, combining marks, emoji parts. */
const NASTY = [
  '\u0000', '\u0007', '\b', '\t', '\n', '\v', '\f', '\r', '\u001b', '\u007f', '\u0085', '\u009f',
  '\u00a0', '\u1680', '\u2000', '\u200a', '\u202f', '\u205f', '\u3000',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2028', '\u2029', '\u2060', '\ufeff', '\ufffd',
  '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031b', '\u0360', '\u20dd', '\u1dc0',
  '😀', '👍🏽', '👨‍👩‍👧', '🇻🇳', '\ufe0f', '𝔸', '𐍈',
  '.', '. ', '!', '?', '…', '"', '“', '”', '(', ')', '-', '–', '/', ',', ';', ':', '[', ']', '|', '\\', '$', '&',
  'TP.', 'TP. ', 'v.v. ', 'CKS', 'TP.HCM', 'UBND', 'cks', 'Đ', 'đ', 'İ', 'ß', 'ﬀ', 'Σ', '가', '中', 'ا', 'ה', 'я', 'ä',
  'hoà', 'hòa', 'thuỷ', 'Nguyễn', 'chữ ký số', ' ', '  ', '0', '81,7', '1.232', '239/KH-UBND',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => (cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp)));

/** One unit of hostile text: any code point (lone surrogates included), a combining mark, a control or a known troublemaker. */
const nastyUnit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY), weight: 4 },
  { arbitrary: anyCodePoint, weight: 2 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: fc.integer({ min: 0x300, max: 0x36f }).map((c) => String.fromCharCode(c)), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 3 }), weight: 2 },
);

/** Arbitrary strings of every flavour fast-check offers plus the hostile units above. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: nastyUnit, maxLength: 60 }),
);

/** A few very long strings (thousands of characters), built by repeating a hostile piece. */
const longText: fc.Arbitrary<string> = fc
  .tuple(fc.string({ unit: nastyUnit, minLength: 1, maxLength: 20 }), fc.integer({ min: 500, max: 4_000 }))
  .map(([piece, n]) => piece.repeat(n));

const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu',
  'r', 's', 't', 'th', 'tr', 'v', 'x'];
const NUCLEI = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'uy', 'ươ', 'uô', 'iê', 'ia', 'ua', 'ưa', 'ai',
  'ao', 'au', 'âu', 'ây', 'ay', 'oi', 'ôi', 'ơi', 'ui', 'ưi', 'eo', 'êu', 'iu', 'ưu', 'oă', 'uyê', 'oai', 'ươi'];
const CODAS = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
/** None, huyền, sắc, hỏi, ngã, nặng as combining marks. */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

interface SyllableParts {
  readonly onset: string;
  readonly nucleus: string;
  readonly coda: string;
  readonly tone: string;
  readonly casing: 'lower' | 'title' | 'upper';
}

const syllableParts: fc.Arbitrary<SyllableParts> = fc.record({
  onset: fc.constantFrom(...ONSETS),
  nucleus: fc.constantFrom(...NUCLEI),
  coda: fc.constantFrom(...CODAS),
  tone: fc.constantFrom(...TONES),
  casing: fc.constantFrom('lower' as const, 'title' as const, 'upper' as const),
});

/** Spells a syllable in NFC with the tone mark on nucleus vowel `at` (clamped): "hoà" and "hòa" are both spellings. */
function spell(p: SyllableParts, at = 0): string {
  const vowels = [...p.nucleus];
  const i = Math.min(Math.max(at, 0), vowels.length - 1);
  vowels[i] = vowels[i]! + p.tone;
  const word = (p.onset + vowels.join('') + p.coda).normalize('NFC');
  if (p.casing === 'upper') return word.toUpperCase();
  if (p.casing === 'title') return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

const vietSyllable: fc.Arbitrary<string> = fc.tuple(syllableParts, fc.nat(3)).map(([p, at]) => spell(p, at));

const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '? ', '! ', '\n', ' - ', ' (', ') ', ': ', '; ', '… '];

/** Vietnamese-like text in NFC: syllables with tones, separated by spaces and punctuation. */
const vietText: fc.Arbitrary<string> = fc
  .array(fc.tuple(vietSyllable, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 25 })
  .map((parts) => parts.map(([s, sep]) => s + sep).join('').trim());

/** True when the string holds an unpaired UTF-16 surrogate. */
function hasLoneSurrogate(s: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

const abbreviations = createAbbreviationExpander(abbreviationTable as AbbreviationTable);
const RUNS = { numRuns: 300 };
const LONG_RUNS = { numRuns: 15 };
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u2060\ufeff]/;
const ASCII = /^[\x00-\x7f]*$/;
const keysOf = (text: string) => tokenize(text).map((t) => `${t.exact}|${t.folded}|${t.clause}`);

/** Every function of the pipeline, run once; throws if any of them does. */
function runAll(s: string): void {
  const cleaned = cleanText(s);
  foldDiacritics(s);
  for (const t of tokenize(cleaned)) syllableKeys(t.surface);
  tokenize(s);
  prepareQuery(s, { abbreviations });
  splitSentences(s);
  readQuestion(s, 500);
}

describe('text pipeline never throws', () => {
  it('on arbitrary strings (controls, combining marks, emoji, lone surrogates)', () => {
    fc.assert(fc.property(anyText, (s) => { runAll(s); }), RUNS);
  });

  it('on very long strings', () => {
    fc.assert(fc.property(longText, (s) => { runAll(s); }), LONG_RUNS);
  });

  it('on a syllable made of anything', () => {
    fc.assert(fc.property(fc.string({ unit: nastyUnit, maxLength: 8 }), (s) => {
      const k = syllableKeys(s);
      expect(typeof k.exact).toBe('string');
      expect(typeof k.folded).toBe('string');
    }), RUNS);
  });
});

describe('cleanText', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (s) => { expect(cleanText(cleanText(s))).toBe(cleanText(s)); }), RUNS);
  });

  it('returns NFC without controls, zero-width characters or edge spaces', () => {
    fc.assert(fc.property(anyText, (s) => {
      const c = cleanText(s);
      expect(c).toBe(c.normalize('NFC'));
      expect(c).not.toMatch(CONTROL);
      expect(c).toBe(c.trim());
      expect(c).not.toMatch(/[ \t\u00a0]{2}/);
    }), RUNS);
  });

  it('gives the same result for the NFC and NFD spelling of a text', () => {
    fc.assert(fc.property(anyText, (s) => { expect(cleanText(s.normalize('NFD'))).toBe(cleanText(s.normalize('NFC'))); }), RUNS);
  });
});

describe('foldDiacritics', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (s) => { expect(foldDiacritics(foldDiacritics(s))).toBe(foldDiacritics(s)); }), RUNS);
  });

  it('folds Vietnamese text (any case, NFC or NFD) to ASCII letters and no marks', () => {
    fc.assert(fc.property(vietText, fc.boolean(), (s, nfd) => {
      const folded = foldDiacritics(nfd ? s.normalize('NFD') : s);
      expect(folded.replace(/[^\p{L}\p{M}]/gu, '')).toMatch(ASCII);
    }), RUNS);
  });
});

describe('syllable keys', () => {
  it('are the same for the NFC and NFD spelling of a syllable', () => {
    fc.assert(fc.property(vietSyllable, (s) => { expect(syllableKeys(s.normalize('NFD'))).toEqual(syllableKeys(s)); }), RUNS);
  });

  it('do not depend on which vowel carries the tone mark (hoà / hòa)', () => {
    fc.assert(fc.property(syllableParts, fc.nat(3), fc.nat(3), (p, a, b) => {
      expect(syllableKeys(spell(p, a))).toEqual(syllableKeys(spell(p, b)));
    }), RUNS);
  });

  it('are lower case: the folded key is ASCII letters, the exact key letters and one optional tone digit', () => {
    fc.assert(fc.property(vietSyllable, (s) => {
      const k = syllableKeys(s);
      expect(k.folded).toMatch(/^[a-z]+$/);
      expect(k.exact).toMatch(/^[a-zăâđêôơư]+[1-5]?$/u);
      expect(k.exact).toBe(k.exact.normalize('NFC'));
      expect(foldDiacritics(k.exact.replace(/\d$/, ''))).toBe(k.folded);
    }), RUNS);
  });

  it('keep the tone: the exact key ends in a digit exactly when a tone mark was typed', () => {
    fc.assert(fc.property(syllableParts, (p) => {
      expect(/\d$/.test(syllableKeys(spell(p)).exact)).toBe(p.tone !== '');
    }), RUNS);
  });
});

describe('tokenize', () => {
  it('gives the same tokens for the NFC and NFD spelling once cleaned', () => {
    fc.assert(fc.property(vietText, (s) => {
      expect(tokenize(cleanText(s.normalize('NFD')))).toEqual(tokenize(cleanText(s)));
    }), RUNS);
  });

  it('gives the same keys and clauses for the NFC and NFD spelling even uncleaned', () => {
    fc.assert(fc.property(vietText, (s) => { expect(keysOf(s.normalize('NFD'))).toEqual(keysOf(s)); }), RUNS);
  });

  it('yields tokens whose surface is a substring of the cleaned text, in order, with non-decreasing clauses', () => {
    fc.assert(fc.property(fc.oneof(anyText, vietText), (s) => {
      const cleaned = cleanText(s);
      let from = 0;
      let clause = 0;
      for (const t of tokenize(cleaned)) {
        const at = cleaned.indexOf(t.surface, from);
        expect(at).toBeGreaterThanOrEqual(0);
        from = at + t.surface.length;
        expect(t.surface).toMatch(/[\p{L}\p{N}]/u);
        expect(t.clause).toBeGreaterThanOrEqual(clause);
        clause = t.clause;
      }
    }), RUNS);
  });

  it('keeps every Vietnamese syllable as one token', () => {
    fc.assert(fc.property(fc.array(vietSyllable, { minLength: 1, maxLength: 20 }), (syllables) => {
      expect(tokenize(syllables.join(' ')).map((t) => t.surface)).toEqual(syllables);
    }), RUNS);
  });
});

describe('prepareQuery', () => {
  it('is consistent on arbitrary strings: tokens from its text, one weight per term, no zero weights', () => {
    fc.assert(fc.property(fc.oneof(anyText, vietText), (s) => {
      const q = prepareQuery(s, { abbreviations });
      for (const t of q.tokens) expect(q.text).toContain(t.surface);
      for (const f of ['exact', 'folded', 'exactPair', 'foldedPair'] as const) {
        expect(q.weights[f]).toHaveLength(q.terms[f].length);
        for (const w of q.weights[f]) expect(w).toBeGreaterThan(0);
      }
    }), RUNS);
  });

  it('does not care whether the question came in NFC or NFD', () => {
    fc.assert(fc.property(vietText, (s) => {
      expect(prepareQuery(s.normalize('NFD'), { abbreviations })).toEqual(prepareQuery(s, { abbreviations }));
    }), RUNS);
  });
});

describe('splitSentences', () => {
  const sentenceText = fc.oneof(anyText, vietText, fc.string({ unit: fc.constantFrom('A', 'b', 'TP', '.', '. ', '!', '?', '…', '"', ' ', '\n', '(', 'Đ', '1', '-', 'v.v', 'Q'), maxLength: 40 }));

  it('loses no non-space character and returns trimmed, non-empty sentences', () => {
    fc.assert(fc.property(sentenceText, (s) => {
      const sentences = splitSentences(s);
      expect(sentences.join('').replace(/\s/g, '')).toBe(s.replace(/\s/g, ''));
      for (const x of sentences) {
        expect(x).not.toBe('');
        expect(x).toBe(x.trim());
      }
    }), RUNS);
  });

  it('returns the sentences in order as pieces of the paragraph', () => {
    fc.assert(fc.property(sentenceText, (s) => {
      let from = 0;
      for (const x of splitSentences(s)) {
        const at = s.indexOf(x, from);
        expect(at).toBeGreaterThanOrEqual(0);
        from = at + x.length;
      }
    }), RUNS);
  });
});

describe('readQuestion', () => {
  const limits = fc.integer({ min: 1, max: 400 });

  it('never exceeds maxChars and returns clean text, its lines (sentence breaks) kept single', () => {
    fc.assert(fc.property(fc.oneof(anyText, vietText, longText), limits, (s, max) => {
      const r = readQuestion(s, max);
      if (r.kind !== 'ok') return;
      expect(r.text.length).toBeLessThanOrEqual(max);
      expect(r.text).toBe(r.text.trim());
      expect(r.text).not.toMatch(/[\r\t]|\n\s|\s\n/);
      expect(r.text).not.toMatch(CONTROL);
      expect(r.truncated).toBe(cleanText(s).replace(/\r\n?/g, '\n').replace(/[^\S\n]+/g, ' ').replace(/ ?\n\s*/g, '\n').trim().length > max);
    }), { numRuns: 300 });
  });

  it('never returns an ok question without a letter or digit, even after cutting', () => {
    fc.assert(fc.property(fc.oneof(anyText, vietText, longText), limits, (s, max) => {
      const r = readQuestion(s, max);
      if (r.kind === 'ok') expect(r.text).toMatch(/[\p{L}\p{N}]/u);
    }), RUNS);
  });

  it('never cuts a character in half: well-formed input gives well-formed output', () => {
    const emojiHeavy = fc.string({ unit: fc.constantFrom('😀', '👍🏽', 'a', ' ', 'đ', '𝔸', 'hỏi'), maxLength: 200 });
    fc.assert(fc.property(fc.oneof(emojiHeavy, fc.string({ unit: 'binary' })), limits, (s, max) => {
      fc.pre(!hasLoneSurrogate(s));
      const r = readQuestion(s, max);
      if (r.kind === 'ok') expect(hasLoneSurrogate(r.text)).toBe(false);
    }), RUNS);
  });

  it('reads its own output back unchanged', () => {
    fc.assert(fc.property(fc.oneof(anyText, vietText), limits, (s, max) => {
      const r = readQuestion(s, max);
      if (r.kind === 'ok') expect(readQuestion(r.text, max)).toEqual({ kind: 'ok', text: r.text, truncated: false });
    }), RUNS);
  });

  it('classifies non-strings as empty and strings of symbols only as no_words', () => {
    fc.assert(fc.property(fc.anything(), (v) => {
      fc.pre(typeof v !== 'string');
      expect(readQuestion(v, 100)).toEqual({ kind: 'empty' });
    }), { numRuns: 100 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('😀', '!', '?', '…', '🇻🇳', '$', '\u0301'), minLength: 1 }), (s) => {
      expect(readQuestion(s, 100).kind).toBe('no_words');
    }), { numRuns: 100 });
  });
});

describe('abbreviation expander', () => {
  // The reference: one alternation of every key, longest first, tried at each word start, as the expander was first
  // written (where marks matter, a refused key leaves the shorter ones, then the next word). The expander scans by
  // first character instead; both must add the same expansions at the same places.
  const places = new Set(provinces.places.map((p) => foldDiacritics(p).toLowerCase()).filter((p) => /^\p{L}+ \p{L}+$/u.test(p)));
  const endsPlace = (folded: string, at: number): boolean => {
    const before = /(\p{L}+)\s+$/u.exec(folded.slice(Math.max(0, at - 12), at))?.[1];
    const word = /^\p{L}+/u.exec(folded.slice(at))?.[0];
    return before !== undefined && word !== undefined && places.has(`${before} ${word}`);
  };
  function referenceExpand(table: AbbreviationTable, marksMatter: boolean): (text: string) => string {
    const fold = (t: string): string => [...t].map((ch) => {
      const f = ch.length === 1 ? (foldDiacritics(ch)[0] ?? ch).toLowerCase() : ch;
      return f.length === ch.length ? f : ch;
    }).join('');
    const entries = new Map(Object.entries(table).filter(([k]) => !k.startsWith('_')).map(([k, v]) => [fold(k), { v, k }]));
    const keys = [...entries.keys()].sort((a, b) => b.length - a.length);
    const alternation = (ks: readonly string[]): string => ks.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(keys)})(?![\\p{L}\\p{N}])`, 'gu');
    // A phrase typed with marks on any word matches only with the key's marks on every word; one typed without any
    // stands for the marked key.
    const sameMarks = (typed: string, key: string): boolean => {
      const a = typed.normalize('NFC').toLowerCase();
      return foldDiacritics(a) === a || a === key.normalize('NFC').toLowerCase();
    };
    // Inside a document's number ("KH" in "239/KH-UBND") the expansion goes after the number.
    const insertAt = (text: string, at: number, end: number): number => {
      if (at === 0 || !'/-'.includes(text[at - 1]!) || !/\p{N}[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)*[-/]$/u.test(text.slice(Math.max(0, at - 30), at))) return end;
      return end + /^(?:[-/][\p{L}\p{N}]+)*/u.exec(text.slice(end))![0].length;
    };
    return (text) => {
      const folded = fold(text);
      if (folded.length !== text.length) return text;
      const added: [number, string][] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
        // Every key that matches here, longest first; where marks matter, the first whose marks the text has and whose
        // first word does not end a two-word province name ("Nghệ An", "Hà Nội").
        const wordAt = (i: number): boolean => { const cp = folded.codePointAt(i); return cp !== undefined && /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp)); };
        const here = keys.filter((k) => folded.startsWith(k, m!.index) && !wordAt(m!.index + k.length));
        const key = marksMatter ? here.find((k) => sameMarks(text.slice(m!.index, m!.index + k.length), entries.get(k)!.k)
          && !endsPlace(folded, m!.index)) : here[0];
        if (key === undefined) {
          // None: the search goes on from the end of this word.
          pattern.lastIndex = m.index + (/^[\p{L}\p{N}]+/u.exec(folded.slice(m.index))?.[0].length || 1);
          continue;
        }
        const end = m.index + key.length;
        added.push([insertAt(text, m.index, end), entries.get(key)!.v]);
        pattern.lastIndex = end;
      }
      let out = '';
      let last = 0;
      for (const [at, expansion] of added) {
        out += `${text.slice(last, at)} (${expansion})`;
        last = at;
      }
      return out + text.slice(last);
    };
  }
  const paraphrases = paraphraseTable as AbbreviationTable;
  const words = [...Object.keys(abbreviationTable), ...Object.keys(paraphrases)].filter((k) => !k.startsWith('_'));
  const wordy = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => foldDiacritics(w)),
    fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.constantFrom(...NASTY), fc.string({ maxLength: 3 })), { maxLength: 12 })
    .chain((parts) => fc.constantFrom(' ', '', ', ', '.').map((sep) => parts.join(sep)));

  it.each([
    ['abbreviations', abbreviationTable as AbbreviationTable, false],
    ['paraphrases, marks matter', paraphrases, true],
  ] as const)('adds what one alternation of every key would (%s)', (_name, table, marksMatter) => {
    const expander = createAbbreviationExpander(table, { marksMatter });
    const reference = referenceExpand(table, marksMatter);
    fc.assert(fc.property(fc.oneof(wordy, anyText), (s) => { expect(expander.expand(s)).toBe(reference(s)); }), { numRuns: 1000 });
  });
});
