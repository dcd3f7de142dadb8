import { describe, expect, it } from 'vitest';
import { placeSpans } from './follow-up-switch.js';

describe('the places a message names', () => {
  it.each([
    ['Còn Hải Phòng thì sao?', [[4, 13, 'Hải Phòng']]],
    ['the chu de nam 2022 cua hp la j', [[24, 26, 'hp']]],
    // An abbreviation inside a document's number is where it is typed, though its expansion goes after the number.
    ['KH 310/HP-UBND ban hành ngày nào', [[7, 9, 'HP']]],
  ])('%j → %j', (text, spans) => {
    expect(placeSpans(text).map((s) => [s.start, s.end, s.text])).toEqual(spans);
  });
});
