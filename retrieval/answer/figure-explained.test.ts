import { describe, expect, it } from 'vitest';
import { figureExplainedAsked } from './figure-explained.js';

describe('why a figure the resident cites is so', () => {
  it.each([
    // The figure given back explains nothing; a cause, or something else, may.
    ['Thuê bao di động băng rộng ở Hà Nội đạt 121% là sao, sao lại vượt quá 100% được?', 'Số thuê bao di động là băng rộng đạt 121%.', false],
    ['Thuê bao di động băng rộng ở Hà Nội đạt 121% là sao?', 'Tỷ lệ vượt 100% vì một người dùng nhiều thuê bao.', true],
    ['Hà Nội phủ cáp quang 93,15% mà mục tiêu chỉ 90%. Tại sao mục tiêu thấp hơn?', 'Hạ tầng cáp quang phủ 93,15% hộ gia đình.', false],
    ['Hà Nội phủ cáp quang 93,15% mà mục tiêu chỉ 90%. Tại sao mục tiêu thấp hơn?', 'Mục tiêu được đặt từ năm 2021, trước khi có số liệu mới.', true],
  ])('%j: %j explains it: %s', (q, sentence, held) => {
    expect(figureExplainedAsked(q)?.heldIn(sentence)).toBe(held);
  });

  it.each([
    // No figure cited, only a year, or no why asked: nothing of the kind.
    'Tại sao Hà Nội xếp thấp vậy?',
    'Vì sao năm 2021 Hà Nội xếp thấp?',
    'Thuê bao di động băng rộng ở Hà Nội đạt bao nhiêu %?',
  ])('%j asks no figure explained', (q) => {
    expect(figureExplainedAsked(q)).toBeUndefined();
  });
});
