import { describe, expect, it } from 'vitest';
import { runsOn } from './runs-on.js';

describe('a word that runs on into another', () => {
  it.each([
    // "tiền điện tử" (digital money), "tiền nước ngoài" (foreign money), "số đề tài" (research topics).
    ['dien', 'tu', true],
    ['nuoc', 'ngoai', true],
    ['de', 'tai', true],
    // Unmarked "lam dong bo", "lam dong thoi": done together, in no province.
    ['dong', 'bo', true],
    ['dong', 'thoi', true],
    // "tiền điện tháng này", "tiền nước sinh hoạt", "số đề hôm nay" stay what they are.
    ['dien', 'thang', false],
    ['nuoc', 'sinh', false],
    ['de', 'hom', false],
    ['dong', 'co', false],
    // Nothing after the phrase.
    ['dien', '', false],
  ])('%j then %j: %s', (last, next, runs) => {
    expect(runsOn(last, next)).toBe(runs);
  });
});
