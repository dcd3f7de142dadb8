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
    ['a phrase that does not hold the subject', subject('tro cap', 'trợ cấp'), [read('tìm việc', ['lao động việc làm'])], false, false, false],
  ])('%s', (_, c, paraphrased, asksProcedure, namedSomewhere, met, asked?: string) => {
    const out = withSubjectReadings(c, paraphrased, asksProcedure, () => namedSomewhere, asked ?? paraphrased.map((p) => p.typed).join(' '));
    const passage = c.subjects[0]!.key === 'can cuoc' ? 'Cung cấp định danh điện tử cho 40% người dân theo Đề án 06.' : FIELD;
    expect(unmetConstraints(out, constraintText(passage)).length === 0).toBe(met);
  });
});

describe('a name listed beside an everyday word of its field is read as the field', () => {
  const two = (a: string, b: string): Constraints => ({ ...NO_CONSTRAINTS, subjects: [{ key: a, label: a }, { key: b, label: b }] });
  const trợCấp = read('trợ cấp', ['an sinh xã hội']);
  it.each([
    ['joined by "và"', subject('tro cap', 'trợ cấp'), [read('tìm việc', ['lao động việc làm']), trợCấp], 'Chuyện tìm việc và trợ cấp ở Hà Nội sẽ được số hóa ra sao?', ['an sinh xa hoi']],
    ['joined by a comma, the name first', subject('tro cap', 'trợ cấp'), [trợCấp, read('tìm việc', ['lao động việc làm'])], 'Trợ cấp, tìm việc có làm qua mạng được không?', ['an sinh xa hoi']],
    ['typed without marks', subject('tro cap', 'trợ cấp'), [read('tim viec', ['lao động việc làm']), read('tro cap', ['an sinh xã hội'])], 'chuyen tim viec, tro cap co lam online ko', ['an sinh xa hoi']],
    ['the word beside it is a name too ("MoMo, ZaloPay")', two('tro cap', 'bao hiem xa hoi'), [read('bảo hiểm xã hội', ['an sinh xã hội']), trợCấp], 'Bảo hiểm xã hội, trợ cấp có làm qua mạng được không?', undefined],
    ['the field word elsewhere in the question, not listed with it', subject('tro cap', 'trợ cấp'), [trợCấp, read('tìm việc', ['lao động việc làm'])], 'Trợ cấp có giúp người đang tìm việc không?', undefined],
    ['the name alone', subject('tro cap', 'trợ cấp'), [trợCấp], 'Trợ cấp bao nhiêu tiền một tháng?', undefined],
  ])('%s', (_, c, paraphrased, asked, readings) => {
    expect(withSubjectReadings(c, paraphrased, false, () => false, asked).subjects[0]!.readings).toEqual(readings);
  });

  it('a procedure asked keeps the name: "tìm việc và trợ cấp thất nghiệp nộp hồ sơ ở đâu"', () => {
    const out = withSubjectReadings(subject('tro cap', 'trợ cấp'), [read('tìm việc', ['lao động việc làm']), trợCấp], true, () => false,
      'Hồ sơ tìm việc và trợ cấp nộp ở đâu?');
    expect(unmetConstraints(out, constraintText(FIELD)).length).toBe(1);
  });
});
