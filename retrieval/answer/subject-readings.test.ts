import { describe, expect, it } from 'vitest';
import { constraintText, NO_CONSTRAINTS, unmetConstraints, type Constraints } from './constraints.js';
import { withSubjectReadings } from './subject-readings.js';
import type { Paraphrased } from '../query.js';

const subject = (key: string, label: string): Constraints => ({ ...NO_CONSTRAINTS, subjects: [{ key, label }] });
const read = (typed: string, alternatives: string[], asking = true): Paraphrased => ({ typed, alternatives, asking });
const FIELD = 'Lao động, việc làm và an sinh xã hội: đẩy nhanh giao dịch điện tử.';

describe('a named subject met in the wording the lexicon read it as', () => {
  it.each([
    ['read in an asking sentence, named by no passage: met by its reading', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], false, false, true],
    ['a procedure asked (steps, papers, a dossier): only its own name meets it', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], true, false, false],
    ['named by some passage: its own name only', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'])], false, true, false],
    ['read in the story around the question only', subject('tro cap', 'trợ cấp'), [read('trợ cấp', ['an sinh xã hội'], false)], false, false, false],
    ['inside a longer phrase the lexicon read', subject('can cuoc', 'căn cước'), [read('căn cước trên điện thoại', ['danh tính số trên nền tảng di động', 'định danh điện tử'])], false, false, true],
    ['a phrase that does not hold the subject', subject('tro cap', 'trợ cấp'), [read('tìm việc', ['lao động việc làm'])], false, false, false],
  ])('%s', (_, c, paraphrased, asksProcedure, namedSomewhere, met) => {
    const out = withSubjectReadings(c, paraphrased, asksProcedure, () => namedSomewhere);
    const passage = c.subjects[0]!.key === 'can cuoc' ? 'Cung cấp định danh điện tử cho 40% người dân.' : FIELD;
    expect(unmetConstraints(out, constraintText(passage)).length === 0).toBe(met);
  });
});
