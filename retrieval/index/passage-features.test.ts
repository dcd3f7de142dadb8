import { describe, expect, it } from 'vitest';
import type { Passage } from '../corpus/passages.js';
import { carriedFrame, relativeYears, targetYears } from './passage-features.js';

const p = (articleId: string, ordinal: number, text: string): Passage => ({ paragraphId: `${articleId}:${ordinal}`, articleId, ordinal, text });

describe('carriedFrame', () => {
  it.each([
    ['a paragraph without a year carries the one before it', [p('a', 1, 'Phấn đấu đến năm 2025, 100% thủ tục trực tuyến.'), p('a', 2, 'Phủ cáp quang tới 90% hộ gia đình.')], ['', '2025']],
    ['every year named before, once each', [p('a', 1, 'Năm 2021 xếp thứ 40, năm 2022 thứ 24, từ 2021.'), p('a', 2, 'Tăng mạnh.')], ['', '2021 2022']],
    ['a paragraph with a year of its own keeps only its own', [p('a', 1, 'Đến năm 2025…'), p('a', 2, 'Năm 2030, 100% hộ…')], ['', '']],
    ['one paragraph back only', [p('a', 1, 'Năm 2025…'), p('a', 2, 'Một.'), p('a', 3, 'Hai.')], ['', '2025', '']],
    ['a run of targets carries the year of the paragraph that opened it', [p('a', 1, 'Mục tiêu đến năm 2025, phấn đấu 100% thủ tục trực tuyến.'),
      p('a', 2, 'Hải Phòng phấn đấu sẽ có 100% người dân dùng dịch vụ công.'), p('a', 3, 'Về kinh tế số, Hải Phòng phấn đấu đạt 25% GRDP.'),
      p('a', 4, 'Một khó khăn.'), p('a', 5, 'Phấn đấu 90% hộ gia đình.')], ['', '2025', '2025', 'Hải Phòng', '']],
    ['through a run, only the years of the opening targets', [p('a', 1, 'Nghị quyết về chuyển đổi số đến năm 2025, định hướng 2030. Theo đó, mục tiêu đến năm 2025, phấn đấu 100% thủ tục.'),
      p('a', 2, 'Phấn đấu 100% người dân dùng dịch vụ công.'), p('a', 3, 'Phấn đấu kinh tế số đạt 25% GRDP.')], ['', '2025 2030', '2025']],
    ['a target after a paragraph that states none carries nothing from further back', [p('a', 1, 'Năm 2025…'), p('a', 2, 'Một khó khăn.'),
      p('a', 3, 'Phấn đấu 90% hộ gia đình.')], ['', '2025', '']],
    ['never across articles, nor over a gap in the ordinals', [p('a', 1, 'Năm 2025…'), p('b', 1, 'Một.'), p('b', 3, 'Hai.')], ['', '', '']],
    ['a share or a number inside a code is not a year', [p('a', 1, 'Đạt 2024%, số 3478/2023, mã 12.2022.'), p('a', 2, 'Một.')], ['', '']],
    ['a paragraph naming no province carries the one before it', [p('a', 1, 'Thành phố Hà Nội ban hành Quyết định 4098.'), p('a', 2, 'Cung cấp dịch vụ công mức độ 4.')], ['', 'Hà Nội']],
    ['one naming its own province keeps it; years and places are carried apart', [p('a', 1, 'Năm 2025, Hà Nội…'), p('a', 2, 'Hải Phòng cũng vậy.')], ['', '2025']],
    // A run of targets is of the plan that opened it, when that paragraph sets targets itself; not past a paragraph
    // that sets none, nor into one naming a document of its own.
    ['a run of targets carries the numbered plan that opened it', [p('a', 1, 'Kế hoạch số 239/KH-UBND đặt mục tiêu hoàn thành 21 chỉ tiêu.'),
      p('a', 2, 'Phấn đấu 100% thủ tục trực tuyến.'), p('a', 3, 'Về xã hội số, phấn đấu 50% dân số có chữ ký số.')],
    ['', 'Kế hoạch số 239/KH-UBND', 'Kế hoạch số 239/KH-UBND']],
    ['not into a paragraph naming a document of its own; a year inside the code is not carried', [p('a', 1, 'Quyết định số 1234/2023/QĐ-UBND đặt mục tiêu 21 chỉ tiêu.'),
      p('a', 2, 'Phấn đấu 100% thủ tục trực tuyến.'), p('a', 3, 'Theo Quyết định 4098, phấn đấu 80%.')], ['', 'Quyết định số 1234/QĐ-UBND', '']],
    ['not from a plan named without targets, nor past a paragraph that sets none', [p('a', 1, 'Sở triển khai Kế hoạch số 174/KH-UBND.'),
      p('a', 2, 'Phấn đấu 100% thủ tục trực tuyến.'), p('a', 3, 'Kế hoạch 239 đặt mục tiêu 21 chỉ tiêu.'), p('a', 4, 'Một khó khăn.'),
      p('a', 5, 'Phấn đấu 90% hộ.'), p('a', 6, 'Theo Quyết định 4098, phấn đấu 80%.')], ['', '', '', '', '', '']],
  ] as const)('%s', (_, passages, frame) => {
    expect(passages.map((x, i) => carriedFrame(x, passages.slice(0, i).reverse()))).toEqual(frame);
  });

  it('carries into a reply the numbered documents its interviewer asked about, and nothing into the next question', () => {
    const interview = [p('a', 1, '- PV: Nếu đánh giá việc thực hiện Nghị quyết số 18-NQ/TU, đâu là điểm nổi bật?'),
      p('a', 2, '- Đồng chí Nguyễn Việt Hùng: Nổi trội nhất đó là sự thay đổi nhận thức.'), p('a', 3, '- PV: Còn nhân lực thì sao?')];
    expect(interview.map((x, i) => carriedFrame(x, interview.slice(0, i).reverse()))).toEqual(['', 'Nghị quyết số 18-NQ/TU', '']);
    // Not from a paragraph that only names the document.
    expect(carriedFrame(p('a', 2, 'Ông Hùng nói thêm.'), [p('a', 1, 'Nghị quyết số 18-NQ/TU được ban hành.')])).toBe('');
  });

  it('carries of several provinces only the one its article is of, when that is among them', () => {
    const run = [p('a', 1, 'Trên cơ sở thành công của Hà Nội và Thừa Thiên Huế, Thủ tướng triển khai toàn quốc.'), p('a', 2, 'Các quận, huyện hỗ trợ người dân.')];
    expect(carriedFrame(run[1]!, [run[0]!], 'Chuyển đổi số ở Hà Nội')).toBe('Hà Nội');
    expect(carriedFrame(run[1]!, [run[0]!], 'Chuyển đổi số ở Hải Phòng')).toBe('Hà Nội Thừa Thiên Huế Huế');
    expect(carriedFrame(run[1]!, [run[0]!])).toBe('Hà Nội Thừa Thiên Huế Huế');
  });
});

describe('targetYears', () => {
  const h = (articleId: string, ordinal: number, text: string, heading: string): Passage => ({ ...p(articleId, ordinal, text), heading });
  it.each([
    ['a paragraph of targets, after targets set for a year', [p('a', 1, 'Phấn đấu đến năm 2025, 100% thủ tục trực tuyến.'),
      p('a', 2, 'Tỷ trọng kinh tế số chiếm 30%. Về xã hội số, phấn đấu 50% dân số có chữ ký số.')], [[], ['2025']]],
    ['through a run of targets, only the opening paragraph\'s target years', [p('a', 1, 'Nghị quyết đến năm 2025, định hướng 2030. Theo đó, mục tiêu đến năm 2025, phấn đấu 100% thủ tục.'),
      p('a', 2, 'Phấn đấu 100% người dân.'), p('a', 3, 'Phấn đấu 25% GRDP.')], [[], ['2025'], ['2025']]],
    ['a span is every year in it', [p('a', 1, 'Mục tiêu giai đoạn 2021 - 2023 là phủ sóng.'), p('a', 2, 'Phấn đấu 90% hộ.')], [[], ['2021', '2022', '2023']]],
    // Not a paragraph of targets; not after targets; a year of its own; across a heading.
    ['a paragraph stating no target', [p('a', 1, 'Phấn đấu đến năm 2025, 100% thủ tục.'), p('a', 2, 'Đang tập trung vào 3 trụ cột.')], [[], []]],
    // A target named without a figure set: "mục tiêu này", "chủ thể, mục tiêu, động lực".
    ['a paragraph naming a target it sets no figure for', [p('a', 1, 'Phấn đấu đến năm 2025, 100% thủ tục.'),
      p('a', 2, 'Để hoàn thành mục tiêu này, thành phố đang đẩy mạnh 3 nhiệm vụ.')], [[], []]],
    ['a paragraph of views', [p('a', 1, 'Mục tiêu đến năm 2025, 100% thủ tục.'), p('a', 2, 'Người dân là trung tâm, chủ thể, mục tiêu, động lực.')], [[], []]],
    ['after a year that is not a target\'s', [p('a', 1, 'Năm 2022 tăng 16 bậc so với năm 2021.'), p('a', 2, 'Phấn đấu 90% hộ.')], [[], []]],
    ['one naming its own year', [p('a', 1, 'Phấn đấu đến năm 2025…'), p('a', 2, 'Năm 2030, phấn đấu 100% hộ…')], [[], []]],
    ['never across a heading', [h('a', 1, 'Phấn đấu đến năm 2025, 100% thủ tục.', 'Một'), h('a', 2, 'Phấn đấu 90% hộ.', 'Hai')], [[], []]],
  ] as const)('%s', (_, passages, years) => {
    expect(passages.map((x, i) => targetYears(x, passages.slice(0, i).reverse()))).toEqual(years);
  });
});

describe('relativeYears', () => {
  it.each([
    ['Dấu ấn chuyển đổi số của Hà Nội trong năm qua', '2025', ['2024']],
    ['Năm nay thành phố tiếp tục', '2024', ['2024']],
    ['Năm vừa qua và năm nay', '2024', ['2023', '2024']],
    ['Qua nhiều năm, thành phố…', '2024', []],
    ['Trong năm qua', undefined, []],
  ] as const)('%j in an article of %s → %j', (text, year, years) => {
    expect(relativeYears(text, year)).toEqual(years);
  });
});
