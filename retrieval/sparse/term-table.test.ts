import { describe, expect, it } from 'vitest';
import { TermTable, termHash } from './term-table.js';

describe('termHash', () => {
  // FNV-1a reference values (32-bit, over UTF-16 code units; ASCII as bytes).
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('%j → %d', (term, hash) => expect(termHash(term)).toBe(hash));

  it('tells a marked syllable from its folded form', () => expect(termHash('hồ')).not.toBe(termHash('ho')));
});

describe('TermTable', () => {
  const TERMS = ['thẻ', 'the', 'bảo hiểm', 'bao hiem', '#239/kh-ubnd', 'y', '', 'tế', 'te'];

  it.each(TERMS.map((t, i) => [t, i]))('finds %j at id %d, and gives it back', (term, id) => {
    const table = TermTable.build(TERMS);
    expect(table.id(term)).toBe(id);
    expect(table.term(id)).toBe(term);
  });

  it.each([['thẻ '], ['Thẻ'], ['bảo'], ['hiểm'], ['t'], ['#239/kh-ubnd2']])('does not hold %j', (term) => {
    expect(TermTable.build(TERMS).id(term)).toBe(-1);
  });

  it('holds many terms whose hashes collide in a small table', () => {
    const terms = Array.from({ length: 5000 }, (_, i) => `từ ${i}`);
    const table = TermTable.build(terms);
    expect(terms.every((t, i) => table.id(t) === i)).toBe(true);
    expect(table.id('từ 5000')).toBe(-1);
  });

  it('loads from its parts as built', () => {
    const again = new TermTable(TermTable.build(TERMS).parts);
    expect(TERMS.map((t) => again.id(t))).toEqual(TERMS.map((_, i) => i));
    expect(again.size).toBe(TERMS.length);
  });

  it('an empty table holds nothing', () => expect(TermTable.build([]).id('a')).toBe(-1));

  it('refuses a repeated term', () => expect(() => TermTable.build(['a', 'b', 'a'])).toThrow('"a" is given twice'));

  it.each([
    ['offsets that end before the characters', (p: Parts) => ({ ...p, chars: new Uint16Array(p.chars.length + 1) }), 'offsets do not fit'],
    ['offsets that go backwards', (p: Parts) => ({ ...p, starts: swapMiddle(p.starts) }), 'go backwards'],
    ['a slot count that is not a power of two', (p: Parts) => ({ ...p, slots: p.slots.subarray(1) }), 'power of two'],
    ['a slot naming a term past the end', (p: Parts) => ({ ...p, slots: p.slots.map((s, i) => (i === 0 ? 99 : s)) }), 'names no term'],
  ])('refuses parts with %s', (_, damage, message) => {
    expect(() => new TermTable(damage(TermTable.build(['hồ sơ', 'nộp', 'mới']).parts))).toThrow(message);
  });
});

type Parts = TermTable['parts'];

function swapMiddle(starts: Int32Array): Int32Array {
  const s = Int32Array.from(starts);
  [s[1], s[2]] = [s[2]!, s[1]!];
  return s;
}
