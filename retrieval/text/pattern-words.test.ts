import { describe, expect, it } from 'vitest';
import { firstRuns, firstWords, lastRuns, lastWords, mayMatch, PICTOGRAPHIC_LETTERS } from './pattern-words.js';

describe('firstWords and lastWords', () => {
  it.each([
    // pattern, words read, texts that may match, texts that cannot
    [/^(?:xin )?chào(?: bạn| ad)*[!.]*$/u, 1, ['chào bạn!', 'Xin chào', 'chào'], ['cho mình hỏi', 'bạn chào', '']],
    [/^(?:xin )?chào(?: bạn| ad)*[!.]*$/u, 2, ['chào bạn!', 'Xin chào', 'chào', 'xin chào ad'], ['chào mọi người', 'xin lỗi', 'chào ông']],
    // Any letter after "kính gửi": the second word may be anything, the first may not.
    [/^kính gửi(?: [\p{L}]+){1,3}$/u, 2, ['kính gửi ban quản trị', 'Kính gửi'], ['kính chào', 'gửi ban']],
    // A loop of letters: whatever it adds, the word starts with what came before.
    [/^(?:ha)+!$/u, 1, ['hahaha!', 'ha!'], ['hihi!']],
    // Matched without case: the text's case does not matter.
    [/^alo(?: alo)*$/iu, 1, ['ALO', 'Alo alo'], ['hello']],
  ] as const)('%s reading %i word(s)', (pattern, words, may, cannot) => {
    const set = firstWords(pattern, words);
    for (const text of may) expect(mayMatch(set, text), text).toBe(true);
    for (const text of cannot) expect(mayMatch(set, text), text).toBe(false);
  });

  it.each([
    [/(?:^|\s+)(?:cảm ơn|thanks)(?: bạn| ad)?[\s.!?🙏]*$/u, 2, ['… là gì? Cảm ơn bạn!', 'thanks ad 🙏', 'cảm ơn'], ['Hà Nội có bao nhiêu dịch vụ công?', 'ơn trời']],
    [/(?:^|\s+)(?:cảm ơn|thanks)(?: bạn| ad)?[\s.!?]*$/u, 1, ['cảm ơn bạn', 'thanks'], ['là gì?', 'bạn là ai']],
  ] as const)('%s read from the end, %i word(s)', (pattern, words, may, cannot) => {
    const set = lastWords(pattern, words);
    for (const text of may) expect(mayMatch(set, text), text).toBe(true);
    for (const text of cannot) expect(mayMatch(set, text), text).toBe(false);
  });

  it('lets every text through where a match may open on any letter, or hold none', () => {
    expect(firstWords(/^\p{L}+ ơi$/u).any).toBe(true);
    expect(firstWords(/^[.!?]*$/u).any).toBe(true);
    expect(lastWords(/ [\p{L}\d]+$/u).any).toBe(true);
  });

  it('leaves to a pattern without case the letters whose lower case is another letter', () => {
    // /s/iu matches "ſ" (long s), whose lower case is itself.
    const set = firstWords(/^sao$/iu, 1);
    expect(/^sao$/iu.test('ſao')).toBe(true);
    expect(mayMatch(set, 'ſao')).toBe(true);
    expect(mayMatch(set, 'xin')).toBe(false);
  });

  it('knows the only letters among the emoji', () => {
    const letters: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (/\p{Extended_Pictographic}/u.test(ch) && /\p{L}/u.test(ch)) letters.push(ch);
    }
    expect(letters.join('')).toBe(PICTOGRAPHIC_LETTERS);
    // A pattern's emoji may be such a letter: a text holding one is left to the pattern.
    expect(mayMatch(lastWords(/ (?:ok)\p{Extended_Pictographic}*$/u, 1), 'xem ℹ')).toBe(true);
  });

  it('reads a text\'s runs of letters from either end', () => {
    expect(firstRuns('  Chào, bạn ơi!', 2)).toEqual(['Chào', 'bạn']);
    expect(lastRuns('là gì? Cảm ơn bạn 🙏', 2)).toEqual(['ơn', 'bạn']);
    expect(lastRuns('x'.repeat(100) + ' a', 2)).toEqual(['x'.repeat(100), 'a']);
    expect(lastRuns('!!!', 2)).toEqual([]);
  });
});

/** A small deterministic generator (xorshift), so the same patterns and texts are tried in every run. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

describe('never keeps out a text that a pattern matches', () => {
  const words = ['chào', 'bạn', 'ơi', 'cảm', 'ơn', 'ai', 'biết', 'a', 'ạ', 'hỏi', 'Hà', 'nội'];
  const marks = [' ', ' ', ' ', ', ', '! ', '? ', '🙏'];
  const next = random(57);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const piece = (depth: number): string => {
    const r = next();
    if (depth > 2 || r < 0.35) return pick(words);
    if (r < 0.45) return pick(['\\s+', '[\\s,!?]', ' ', '[\\p{L}]+', '\\p{L}', '.', '(?=\\p{L})', '[aạ]', '\\p{Extended_Pictographic}*']);
    const parts = Array.from({ length: 1 + Math.floor(next() * 3) }, () => piece(depth + 1));
    if (r < 0.65) return `(?:${parts.join('|')})`;
    const group = `(?:${parts.join(' ')})`;
    return group + pick(['?', '*', '+', '{0,2}', '{1,3}', '']);
  };
  const text = (): string => Array.from({ length: 1 + Math.floor(next() * 5) }, () => pick(words) + pick(marks)).join('').trim();

  it('over random patterns and texts, read from the start and from the end', () => {
    let matched = 0;
    for (let p = 0; p < 200; p++) {
      const body = Array.from({ length: 1 + Math.floor(next() * 3) }, () => piece(0)).join(pick(['', ' ']));
      const flags = next() < 0.3 ? 'iu' : 'u';
      const head = new RegExp(`^${body}`, flags);
      const tail = new RegExp(`(?:^|\\s+)${body}[\\s!?.]*$`, flags);
      const sets = [firstWords(head, 1), firstWords(head, 2)];
      const ends = [lastWords(tail, 1), lastWords(tail, 2)];
      for (let t = 0; t < 40; t++) {
        const s = next() < 0.5 ? text() : text().toUpperCase();
        if (head.test(s)) {
          matched++;
          for (const set of sets) expect(mayMatch(set, s), `${head} on "${s}"`).toBe(true);
        }
        if (tail.test(s)) {
          matched++;
          for (const set of ends) expect(mayMatch(set, s), `${tail} on "${s}"`).toBe(true);
        }
      }
    }
    // The generator makes patterns that match often enough for the property to be tried.
    expect(matched).toBeGreaterThan(1000);
  });
});
