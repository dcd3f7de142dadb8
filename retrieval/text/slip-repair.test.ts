import { describe, expect, it } from 'vitest';
import { repairSlips, slipCandidates, type SlipVocabulary } from './slip-repair.js';
import { tokenize } from './tokenize.js';

describe('what one slip of the keyboard makes of a word', () => {
  // Each word's candidates hold the reading meant (first of them, when it is a doubled key), and never the ones listed
  // last: every candidate is only a guess, taken when the articles use it (see repairSlips).
  it.each([
    ['nhiệmm', ['nhiệm'], []],
    ['trựcc', ['trực'], []],
    ['sốo', ['số'], []],
    ['troò', ['trò'], []],
    ['sốs', ['số'], []],
    // A tone key after a word that has its other marks is its tone ("Nôij": Nội), or a slip when it has one already.
    ['Nôij', ['Nội', 'Nôi'], []],
    ['Nộij', ['Nội'], []],
    ['Trậnn', ['Trận'], []],
    ['tinhh', ['tinh'], []],
    ['Phòg', ['Phòng'], []],
    // Two consonants swapped, or a consonant and a vowel; never two vowels ("mía" is no slip of "mái").
    ['lịhc', ['lịch'], []],
    ['tàhnh', ['thành'], []],
    ['kôhng', ['không'], []],
    ['mía', [], ['mái']],
    ['Alo', [], ['lAo']],
    ['khôg', ['không'], []],
    ['HOG', ['HONG'], []],
    ['trag', ['trang'], []],
    // Nor in vowel and "h": the "n" of "nh" left out.
    ['địh', ['định'], []],
    ['thàh', ['thành'], []],
    // The tone on the wrong vowel.
    ['naò', ['nào'], []],
    ['ngươì', ['người'], []],
    ['Hoà', ['Hòa'], []],
    // One slip at a time: a doubled tone key leaves one behind, and "sốs" is not a word the articles use.
    ['sốss', ['sốs'], ['số']],
  ])('%s → %j', (word, expected, never) => {
    const candidates = slipCandidates(word);
    expect(candidates).toEqual(expect.arrayContaining(expected));
    for (const n of never) expect(candidates).not.toContain(n);
  });

  it('tries a doubled key before a swap', () => {
    expect(slipCandidates('nhiệmm')[0]).toBe('nhiệm');
    expect(slipCandidates('sốs').slice(0, 1)).toEqual(['số']);
  });
});

describe('slips read against the articles', () => {
  const words = 'trách nhiệm trực tiếp chuyển đổi số mặt trận vai trò phần trăm tinh gọn kết quả hơn Hải Phòng Hà Nội du lịch thành không ở đâu quyết định tính tích';
  const tokens = tokenize(words);
  const exact = new Set(tokens.map((t) => t.exact));
  const folded = new Set(tokens.map((t) => t.folded));
  const vocabulary: SlipVocabulary = { hasExact: (k) => exact.has(k), hasFolded: (k) => folded.has(k) };

  it.each([
    ['ai chịu trách nhiệmm trựcc tiếp', 'ai chịu trách nhiệm trực tiếp', true],
    ['chuyển đổi sốo', 'chuyển đổi số', true],
    ['Mặt trậnn có vai troò gì', 'Mặt trận có vai trò gì', true],
    ['bao nhiêu phần trămm', 'bao nhiêu phần trăm', true],
    ['danh tính sốs', 'danh tính số', true],
    ['tinhh gon', 'tinh gon', true],
    // Known words stay, so does a word the articles lack with no known neighbour one slip away.
    ['kết quả hơn', 'kết quả hơn', false],
    ['trực tiếg', 'trực tiếg', false],
    ['Hải Phòg', 'Hải Phòng', true],
    ['Hà Nôij', 'Hà Nội', true],
    ['du lịhc Hà Nội', 'du lịch Hà Nội', true],
    ['kết hônn', 'kết hônn', false],
    ['tárch nhiệm', 'trách nhiệm', true],
    ['Hà Nội tàhnh phố, kôhng', 'Hà Nội thành phố, không', true],
    // A final "h" for "nh" or "ch": read when only one of the two is a word the articles use.
    ['Quyết địh 4098', 'Quyết định 4098', true],
    ['tíh hợp', 'tíh hợp', false],
    // A one-letter syllable is one too.
    ['Chuyển đổi số ởđâu', 'Chuyển đổi số ở đâu', true],
    // Short words and codes are not read as slips.
    ['sốo 239/KH-UBNDD', 'số 239/KH-UBNDD', true],
    // Two words typed without the space between them, when both are words the articles use; only with marks.
    ['Ở Hà Nộidu lịch', 'Ở Hà Nội du lịch', true],
    ['Chuyểnđổi số', 'Chuyển đổi số', true],
    ['trachnhiem', 'trachnhiem', false],
    ['Nộikhám', 'Nộikhám', false],
    // Each part a syllable with a vowel, the second opening on a consonant: "quả" is known, "Quảng" is no "Quả ng".
    ['Quảng Ninh', 'Quảng Ninh', false],
  ])('%s → %s', (typed, read, repaired) => {
    expect(repairSlips(typed, vocabulary)).toEqual({ text: read, repaired });
  });

  it('leaves a word a table reads, though one slip from a known word', () => {
    const withAp = { hasExact: (k: string) => vocabulary.hasExact(k) || k === tokenize('ap')[0]!.exact,
      hasFolded: (k: string) => vocabulary.hasFolded(k) || k === 'ap' };
    expect(repairSlips('tải app', withAp).text).toBe('tải ap');
    expect(repairSlips('tải app', withAp, (w) => w === 'app')).toEqual({ text: 'tải app', repaired: false });
  });
});
