import { foldDiacritics } from '../retrieval/text/normalize.js';

/**
 * Ways a resident retypes the same question: without marks, with a slip, in other names. Each returns the question
 * retyped, or the question itself when it has nothing to retype (no such word); the word a slip falls on is the first
 * fitting one after the second word, so that a sample names one retyping. Used by bench/retyped.ts.
 */
export const RETYPINGS: Readonly<Record<string, (q: string) => string>> = {
  'no marks': (q) => foldDiacritics(q),
  'one word without its marks': (q) => atWord(q, (w) => /[^\x00-\x7F]/.test(w) && w.length > 3, (w) => foldDiacritics(w)),
  'two letters swapped': (q) => atWord(q, (w) => /^\p{Ll}{5,}$/u.test(w), (w) => w[0]! + w[2]! + w[1]! + w.slice(3)),
  'a letter doubled': (q) => atWord(q, (w) => /^\p{Ll}{4,}$/u.test(w), (w) => w + w.slice(-1)),
  'a space left out': (q) => {
    const words = q.split(' ');
    return words.length < 5 ? q : [...words.slice(0, 2), words[2]! + words[3]!, ...words.slice(4)].join(' ');
  },
  'lower case': (q) => q.toLowerCase(),
  'without its question mark': (q) => q.replace(/\?\s*$/, ''),
  'abbreviated': (q) => replaceAll(q, [[/Hà Nội/g, 'HN'], [/Hải Phòng/g, 'HP'], [/chuyển đổi số/gi, 'CĐS'], [/thành phố/g, 'TP'],
    [/dịch vụ công/g, 'DVC'], [/Sở Thông tin và Truyền thông/g, 'Sở TT&TT'], [/chữ ký số/gi, 'CKS']]),
  'written out': (q) => replaceAll(q, [[/\bHN\b/g, 'Hà Nội'], [/\bHP\b/g, 'Hải Phòng'], [/CĐS/g, 'chuyển đổi số'],
    [/\bTP\b/g, 'thành phố'], [/\bDVC\b/g, 'dịch vụ công'], [/TT&TT/g, 'Thông tin và Truyền thông']]),
  'city written joined': (q) => replaceAll(q, [[/Hà Nội/g, 'Hanoi'], [/Hải Phòng/g, 'Haiphong']]),
};

function atWord(q: string, fits: (w: string) => boolean, change: (w: string) => string): string {
  const words = q.split(' ');
  const at = words.findIndex((w, i) => i > 1 && fits(w));
  return at < 0 ? q : [...words.slice(0, at), change(words[at]!), ...words.slice(at + 1)].join(' ');
}

function replaceAll(q: string, pairs: readonly [RegExp, string][]): string {
  return pairs.reduce((s, [from, to]) => s.replace(from, to), q);
}
