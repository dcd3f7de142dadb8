import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { createAbbreviationExpander } from './abbreviations.js';
import abbreviations from '../data/abbreviations.json' with { type: 'json' };

describe('tokenize', () => {
  it.each([
    ['Tỷ lệ đạt 81,7%.', ['Tỷ', 'lệ', 'đạt', '81,7']],
    ['Kế hoạch 239/KH-UBND', ['Kế', 'hoạch', '239', 'KH', 'UBND']],
    ['1.232 dịch vụ', ['1.232', 'dịch', 'vụ']],
    ['🙂 xin chào!!', ['xin', 'chào']],
  ])('%j → %j', (text, surfaces) => {
    expect(tokenize(text).map((t) => t.surface)).toEqual(surfaces);
  });

  it('starts a new clause at punctuation so pairs never cross it', () => {
    const [a, b, c] = tokenize('Hà Nội, Hải Phòng');
    expect(a!.clause).toBe(b!.clause);
    expect(c!.clause).not.toBe(b!.clause);
  });
});

describe('abbreviations', () => {
  const expander = createAbbreviationExpander({ CĐS: 'chuyển đổi số', 'TT&TT': 'thông tin và truyền thông', 'TP.HCM': 'Thành phố Hồ Chí Minh', TP: 'thành phố', HN: 'Hà Nội' });
  it.each([
    ['CĐS của HN', 'CĐS (chuyển đổi số) của HN (Hà Nội)'],
    ['cds o hn', 'cds (chuyển đổi số) o hn (Hà Nội)'],
    ['Sở TT&TT', 'Sở TT&TT (thông tin và truyền thông)'],
    ['TP.HCM và TP Hà Nội', 'TP.HCM (Thành phố Hồ Chí Minh) và TP (thành phố) Hà Nội'],
    ['HNX và CĐSX', 'HNX và CĐSX'],
  ])('%j → %j', (input, out) => {
    expect(expander.expand(input)).toBe(out);
  });

  // The shipped table: "GĐ" is an office after "phó"; alone it is also gia đình.
  const shipped = createAbbreviationExpander(abbreviations);
  it.each([
    ['phó gđ sở tt&tt hn', 'phó gđ (phó giám đốc) sở tt&tt (thông tin và truyền thông) hn (Hà Nội)'],
    ['nhà mình gđ có 2 xe', 'nhà mình gđ có 2 xe'],
    // The sectors' and bodies' abbreviations, with their ampersand or without, marks or none.
    ['Sở GD&ĐT', 'Sở GD&ĐT (giáo dục và đào tạo)'],
    ['nganh gddt va tnmt', 'nganh gddt (giáo dục và đào tạo) va tnmt (tài nguyên và môi trường)'],
    ['học sinh THPT ở KCN', 'học sinh THPT (trung học phổ thông) ở KCN (khu công nghiệp)'],
    ['Sở LĐTB&XH', 'Sở LĐTB&XH (lao động, thương binh và xã hội)'],
    // Inside a document's number the expansions go after it, which stays whole.
    ['KH 310/KH-UBND', 'KH (kế hoạch) 310/KH-UBND (kế hoạch) (ủy ban nhân dân)'],
    ['NQ 18-NQ/TU', 'NQ (nghị quyết) 18-NQ/TU (nghị quyết)'],
  ])('shipped: %j → %j', (input, out) => {
    expect(shipped.expand(input)).toBe(out);
  });
});
