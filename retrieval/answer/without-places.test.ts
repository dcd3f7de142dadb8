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

  it('drops a place only where it is named: its syllables used elsewhere stay, and pairs away from it', () => {
    const a = asked([exact('Nội'), exact('dung')], [exact('Hà Nội'), exact('Nội có'), exact('nội dung')]);
    const out = withoutPlaces(a, 'Hà Nội có những nội dung gì?');
    expect([...out.uni.keys()]).toEqual([exact('Nội'), exact('dung')]);
    expect([...out.pair.keys()]).toEqual([exact('nội dung')]);
  });

  it('reads places in the field the question\'s marks choose: "tham gia lại" typed with marks is not Gia Lai', () => {
    const a = asked([exact('gia'), exact('lại')], [exact('gia lại')]);
    expect(withoutPlaces(a, 'Tôi muốn tham gia lại tổ công nghệ số?')).toBe(a);
    // Unmarked, the two cannot be told apart.
    expect(withoutPlaces(asked([folded('gia'), folded('lai')]), 'toi muon tham gia lai to cong nghe so').uni.size).toBe(0);
  });

  it('keeps a syllable a place shares when the question names no place ("nam" of năm, "hải" of hải quan)', () => {
    const a = asked([folded('nam'), folded('hai')], [folded('hai quan')]);
    expect(withoutPlaces(a, 'thu tuc hai quan nam nay')).toBe(a);
  });

  it('drops an abbreviation read only as a place ("HP"), keeps one read as anything else', () => {
    const hp = { typed: terms([folded('hp')]), alternatives: [terms([], [folded('hai phong')])], abbreviation: true as const };
    const dvc = { typed: terms([folded('dvc')]), alternatives: [terms([], [folded('dich vu'), folded('vu cong')])], abbreviation: true as const };
    const tp = { typed: terms([folded('tp')]), alternatives: [terms([], [folded('thanh pho')])], abbreviation: true as const };
    const out = withoutPlaces(asked([folded('cong')], [], [hp, dvc, tp]), 'HP co bao nhieu DVC o cac TP');
    expect(out.groups.map((g) => [...g.typed.uni.keys()])).toEqual([[folded('dvc')], [folded('tp')]]);
  });
});
