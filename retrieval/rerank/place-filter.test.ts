import { describe, expect, it } from 'vitest';
import { OTHER_PLACE_FACTOR, placeFactor, placesIn, pointsToStoryPlace } from './place-filter.js';

describe('placesIn', () => {
  const keysOf = (names: string[]): string[] => names.flatMap((n) => [...placesIn(n)]).sort();
  it.each([
    ['Kinh tế số ở Hà Nội', ['Hà Nội']],
    ['Thanh Hoá và thanh hóa', ['Thanh Hóa']],
    ['Hải Phòng: Chuyển đổi số', ['Hải Phòng']],
    ['Hà Nam không phải Hà Nội', ['Hà Nam', 'Hà Nội']],
    ['nội dung hà khắc', []],
  ])('%j names %j', (text, places) => {
    expect([...placesIn(text)].sort()).toEqual(keysOf(places));
  });
  it('finds each place once', () => {
    expect(placesIn('Hà Nội').size).toBe(1);
  });
});

describe('placeFactor', () => {
  const hn = placesIn('Hà Nội');
  const hp = placesIn('Hải Phòng');
  it.each([
    [hn, hp, OTHER_PLACE_FACTOR],
    [hn, placesIn('Hà Nội và Hải Phòng'), 1],
    [hn, new Set<string>(), 1],
    [new Set<string>(), hp, 1],
  ])('%#', (q, p, factor) => {
    expect(placeFactor(q, p)).toBe(factor);
  });
});

describe('pointsToStoryPlace', () => {
  it.each([
    ['Ở đây có bao nhiêu dịch vụ công trực tuyến, hay phải lên Hà Nội làm?', true],
    ['Thành phố tôi có làm được như Hà Nội không?', true],
    ['chỗ mình có giống hà nội ko', true],
    ['Hà Nội có bao nhiêu dịch vụ công trực tuyến?', false],
    ['Đây là kế hoạch của Hà Nội à?', false],
  ])('%j → %s', (q, expected) => {
    expect(pointsToStoryPlace(q)).toBe(expected);
  });
});
