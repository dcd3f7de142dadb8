import { describe, expect, it } from 'vitest';
import { fillMarks, markVariants, repairMarks, type MarkVocabulary } from './mark-repair.js';
import { syllableKeys } from './normalize.js';
import { tokenize } from './tokenize.js';

describe('the spellings a syllable may have', () => {
  it.each([
    ['cap', ['cap', 'cap2', 'câp2', 'câp5', 'ăp']],
    ['do', ['do', 'đô', 'đơ1']],
    ['noi', ['nôi5', 'noi1']],
  ])('%s folds from %j', (folded, some) => {
    const variants = markVariants(folded);
    for (const key of some.filter((k) => k.replace(/\d$/, '').length === folded.length)) expect(variants).toContain(key);
    expect(variants.every((v) => syllableKeys(v.replace(/\d$/, '')).folded === folded)).toBe(true);
  });

  it('has none for what is not letters', () => {
    expect(markVariants('2022')).toEqual([]);
    expect(markVariants('')).toEqual([]);
  });
});

/** A vocabulary of the words' syllables and of their neighbours in the order given, as an index of them would know. */
function vocabularyOf(words: string): MarkVocabulary {
  const tokens = tokenize(words);
  const exact = new Set(tokens.map((t) => t.exact));
  const folded = new Set(tokens.map((t) => t.folded));
  const pairs = new Set(tokens.slice(1).map((t, i) => `${tokens[i]!.exact} ${t.exact}`));
  return { hasExact: (k) => exact.has(k), hasFolded: (k) => folded.has(k), hasExactPair: (p) => pairs.has(p) };
}

describe('marks typed astray', () => {
  const words = 'cung cấp dịch vụ công trực tuyến giám đốc sở hà nội cáp quang trường học kết quả hơn nữa';
  const vocabulary = vocabularyOf(words);
  const read = (q: string): string => repairMarks(tokenize(q), vocabulary).tokens.map((t) => t.exact).join(' ');
  const keys = (q: string): string => tokenize(q).map((t) => t.exact).join(' ');

  it.each([
    // The neighbour decides: "cung câp" is cung cấp, "câp quang" would be cáp quang.
    ['cung câp dịch vụ', 'cung cấp dịch vụ'],
    ['công trưc tuyến', 'công trực tuyến'],
    ['giám đôc sở', 'giám đốc sở'],
    ['Hà Nôi', 'hà nội'],
    ['trường hoc', 'trường học'],
    // Spelled as the articles spell it: left alone.
    ['cung cấp', 'cung cấp'],
    // No neighbour the articles pair it with: left as typed ("kết hôn" is a word they lack; they never write "kết hơn").
    ['kết hôn', 'kết hôn'],
    ['câp', 'câp'],
    // Letters the articles never use are not a slip of the marks.
    ['cung xyz', 'cung xyz'],
    // A run of words typed without marks in a marked question: each neighbour is read as the articles spell it.
    ['giam doc sở', 'giám đốc sở'],
    ['trực tuyen giam doc', 'trực tuyến giám đốc'],
  ])('%j reads %j', (q, expected) => {
    expect(read(q)).toBe(keys(expected));
  });

  it.each([
    // Paired on one side each ("có nghĩ", "nghị quyết"), the spelling paired with a neighbour of its unmarked run wins.
    ['có nghi quyet', 'có nghị quyết'],
    ['có nghi gì', 'có nghĩ gì'],
  ])('%j, a word pairing either way, reads %j', (q, expected) => {
    const known = vocabularyOf('họ có nghĩ gì không nghị quyết');
    expect(repairMarks(tokenize(q), known).tokens.map((t) => t.exact).join(' ')).toBe(keys(expected));
  });

  it.each([
    // Written so elsewhere ("so sánh"), an unmarked word that pairs with neither neighbour is read as the spelling that
    // pairs with both; where it pairs as typed, or with one neighbour only, it stays.
    ['kết quả so liệu', 'kết quả số liệu'],
    ['kết quả so sánh', 'kết quả so sánh'],
    ['so liệu', 'so liệu'],
  ])('%j, with a word the articles also write unmarked, reads %j', (q, expected) => {
    const known = vocabularyOf('so sánh kết quả số liệu');
    expect(repairMarks(tokenize(q), known).tokens.map((t) => t.exact).join(' ')).toBe(keys(expected));
  });

  it('keeps what the resident typed as the surface', () => {
    expect(repairMarks(tokenize('cung câp'), vocabulary).tokens.map((t) => t.surface)).toEqual(['cung', 'câp']);
  });
});

describe('marks written back into the text', () => {
  const words = 'điện thoại di động giám đốc sở hà nội chữ ký số cung cấp trường học';
  const vocabulary = vocabularyOf(words);

  it.each([
    // A word typed without its marks in a marked message, read by its neighbour.
    ['Xài dien thoại cầm tay', 'Xài điện thoại cầm tay'],
    ['Dien thoại', 'Điện thoại'],
    // Marks the resident typed are theirs, even where the index reads the word otherwise.
    ['ông giám đôc sở', 'ông giám đôc sở'],
    // The typed y stays where the key writes i.
    ['chữ ky số', 'chữ ký số'],
    // Nothing to read: as typed.
    ['kết hôn ở đâu', 'kết hôn ở đâu'],
    ['cung xyz', 'cung xyz'],
  ])('%j → %j', (typed, written) => {
    const out = fillMarks(typed, vocabulary);
    expect(out).toBe(written);
    expect(out.length).toBe(typed.length);
  });
});
