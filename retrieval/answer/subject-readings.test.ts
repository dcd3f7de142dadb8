import { describe, expect, it } from 'vitest';
import { constraintText, NO_CONSTRAINTS, unmetConstraints, type Constraints } from './constraints.js';
import { withSubjectReadings } from './subject-readings.js';
import type { Paraphrased } from '../query.js';

const subject = (key: string, label: string): Constraints => ({ ...NO_CONSTRAINTS, subjects: [{ key, label }] });
const read = (typed: string, alternatives: string[], asking = true): Paraphrased => ({ typed, alternatives, asking });
const FIELD = 'Lao động, việc làm và an sinh xã hội: đẩy nhanh giao dịch điện tử.';

describe('a named subject met in the wording the lexicon read it as', () => {
  it.each([
    ['inside a longer phrase the lexicon read, in an asking sentence, named by no passage: met by its reading', subject('can cuoc', 'căn cước'),
      [read('căn cước trên điện thoại', ['danh tính số trên nền tảng di động', 'định danh điện tử'])], false, false, true],
    ['the name alone read as its field: not met ("MoMo" is not every cashless payment)', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], false, false, false],
    ['a procedure asked (steps, papers, how long, where, a fee): only its own name meets it', subject('can cuoc', 'căn cước'),
      [read('căn cước trên điện thoại', ['định danh điện tử'])], true, false, false],
    ['named by some passage: its own name only', subject('can cuoc', 'căn cước'), [read('căn cước trên điện thoại', ['định danh điện tử'])], false, true, false],
    ['read in the story around the question only', subject('can cuoc', 'căn cước'), [read('căn cước trên điện thoại', ['định danh điện tử'], false)], false, false, false],
    ['named outside the phrase too: the procedure itself', subject('can cuoc', 'căn cước'), [read('đề án căn cước', ['Đề án 06'])], false, false, false,
      'Mỗi ngày bao nhiêu người xin cấp căn cước theo đề án căn cước?'],
    // The field asked by a word for it ("chuyện", "lĩnh vực", with their marks: folded, "chuyen" is also chuyển).
    ['the matter of it: the name alone read as its field is met', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], false, false, true,
      'Chuyện tìm việc, trợ cấp thất nghiệp có làm qua mạng được không?'],
    ['its field by name: met', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], false, false, true,
      'Lĩnh vực trợ cấp ở Hà Nội số hóa thế nào?'],
    ['matters like it: met', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], false, false, true,
      'Mấy việc như trợ cấp, tìm việc làm sau này có làm online được không?'],
    ['its area: met', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], false, false, true,
      'Mảng trợ cấp ở Hà Nội có lên mạng không?'],
    ['"mạng" is no area', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], false, false, false,
      'Nhận trợ cấp qua mạng được không?'],
    ['"chuyển" is no matter', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], false, false, false,
      'Chuyển trợ cấp sang tài khoản điện tử được không?'],
    ['a "chuyển" before the matter does not hide it', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], false, false, true,
      'Chuyển khoản, chuyện trợ cấp có làm qua mạng được không?'],
    ['unmarked, "chuyen" may be chuyển', subject('tro cap', 'trợ cấp'), [read('tro cap', ['an sinh xã hội'])], false, false, false,
      'chuyen tro cap len mang duoc khong'],
    ['the matter of it, asked as a procedure: only its own name', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], true, false, false,
      'Chuyện trợ cấp thất nghiệp làm thủ tục thế nào?'],
    // Listed beside other matters, between commas (session 62).
    ['listed among matters: their field', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], false, false, true,
      'Đóng bảo hiểm, nhận trợ cấp, tìm việc ở Hà Nội có làm qua mạng không?'],
    ['listed last among matters: their field', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], false, false, true,
      'Mấy việc về lao động, tìm việc làm, trợ cấp xã hội có làm qua mạng không?'],
    ['one comma is no list', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], false, false, false,
      'Em mới nghỉ việc, trợ cấp có làm qua mạng được không?'],
    ['a list, asked as a procedure: only its own name', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], true, false, false,
      'Đóng bảo hiểm, nhận trợ cấp, tìm việc làm thủ tục thế nào?'],
    ['a phrase that does not hold the subject', subject('tro cap', 'trợ cấp'), [read('tìm việc', ['lao động việc làm'])], false, false, false],
  ])('%s', (_, c, paraphrased, asksProcedure, namedSomewhere, met, asked?: string) => {
    const out = withSubjectReadings(c, paraphrased, asksProcedure, () => namedSomewhere, asked ?? paraphrased.map((p) => p.typed).join(' '));
    const passage = c.subjects[0]!.key === 'can cuoc' ? 'Cung cấp định danh điện tử cho 40% người dân theo Đề án 06.' : FIELD;
    expect(unmetConstraints(out, constraintText(passage)).length === 0).toBe(met);
  });
});
