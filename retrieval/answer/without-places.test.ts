import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import type { AskedTerms, TermSet } from './coverage.js';
import { withoutPlaces } from './without-places.js';

const exact = (words: string): string => tokenize(words).map((t) => t.exact).join(' ');
const folded = (words: string): string => tokenize(words).map((t) => t.folded).join(' ');
const terms = (uni: readonly string[], pair: readonly string[] = []): TermSet =>
  ({ uni: new Map(uni.map((t) => [t, 1])), pair: new Map(pair.map((t) => [t, 1])) });
const asked = (uni: readonly string[], pair: readonly string[] = [], groups: AskedTerms['groups'] = []): AskedTerms => ({ ...terms(uni, pair), groups });

describe('what a question asks of the places it names', () => {
  it.each([
    // Marked: the place's syllables go, and any pair touching one (the seam "ở Hải" weighs like a rare word).
    ['Quán bánh đa nào ngon ở Hải Phòng?', ['bánh', 'Hải', 'Phòng'].map(exact), ['ở Hải', 'Hải Phòng', 'bánh đa'].map(exact), [exact('bánh')], [exact('bánh đa')]],
    // Unmarked, matched by folded syllables.
    ['quan banh da nao ngon o Hai Phong', ['banh', 'hai', 'phong'].map(folded), ['o hai', 'banh da'].map(folded), [folded('banh')], [folded('banh da')]],
    // The country too.
    ['Đội tuyển Việt Nam đá với ai?', ['tuyển', 'Việt', 'Nam'].map(exact), ['đội tuyển', 'tuyển Việt'].map(exact), [exact('tuyển')], [exact('đội tuyển')]],
  ])('%j', (question, uni, pair, keptUni, keptPair) => {
    const out = withoutPlaces(asked(uni, pair), question);
    expect([...out.uni.keys()]).toEqual(keptUni);
    expect([...out.pair.keys()]).toEqual(keptPair);
  });

  it('keeps a syllable a place shares when the question names no place ("nam" of năm, "hải" of hải quan)', () => {
    const a = asked([folded('nam'), folded('hai')], [folded('hai quan')]);
    expect(withoutPlaces(a, 'thu tuc hai quan nam nay')).toBe(a);
  });

  it('drops an abbreviation read only as a place ("HP"), keeps one read as anything else', () => {
    const hp = { typed: terms([folded('hp')]), alternatives: [terms([], [folded('hai phong')])], abbreviation: true as const };
    const dvc = { typed: terms([folded('dvc')]), alternatives: [terms([], [folded('dich vu'), folded('vu cong')])], abbreviation: true as const };
    const out = withoutPlaces(asked([folded('cong')], [], [hp, dvc]), 'HP co bao nhieu DVC');
    expect(out.groups).toHaveLength(1);
    expect([...out.groups[0]!.typed.uni.keys()]).toEqual([folded('dvc')]);
  });
});
