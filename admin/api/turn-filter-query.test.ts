import { describe, expect, it } from 'vitest';
import { dayBound, parseDay } from './turn-filter-query.js';

describe('date filters', () => {
  it.each<[unknown, string | undefined]>([
    ['14/06/2024', '2024-06-14'],
    ['4/6/2024', '2024-06-04'],
    [' 2024-06-14 ', '2024-06-14'],
    ['31/02/2024', undefined],
    ['29/02/2024', '2024-02-29'],
    ['06/14/2024', undefined],
    ['2024-6-14', undefined],
    ['hôm qua', undefined],
    [undefined, undefined],
  ])('parseDay(%j) → %j', (value, expected) => {
    expect(parseDay(value)).toBe(expected);
  });

  it.each<[string, 'start' | 'end', string | undefined]>([
    ['14/06/2024', 'start', '2024-06-13T17:00:00.000Z'],
    ['2024-06-14', 'end', '2024-06-14T16:59:59.999Z'],
    ['2024-06-14T10:00:00Z', 'start', '2024-06-14T10:00:00.000Z'],
    ['31/02/2024', 'start', undefined],
    ['6/14/2024', 'end', undefined],
  ])('dayBound(%j, %s) → %j: the whole day in Vietnam', (value, edge, expected) => {
    expect(dayBound(value, edge)).toBe(expected);
  });
});
