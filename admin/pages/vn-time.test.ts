import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDayMonth, formatTimeLeft } from '../public/vn-time.js';

describe('vn-time: one format for server and browser, in Vietnam time', () => {
  it.each<[string | number | undefined, string]>([
    ['2024-03-11T02:05:00.000Z', '11/03/2024 09:05'],
    // 23:30 UTC is already the next day in Hà Nội.
    ['2024-03-10T23:30:00Z', '11/03/2024 06:30'],
    ['2024-12-31T17:00:00.000Z', '01/01/2025 00:00'],
    [Date.UTC(2024, 5, 15, 3, 0), '15/06/2024 10:00'],
    [undefined, ''],
    ['', ''],
    ['không phải ngày', 'không phải ngày'],
  ])('formatDateTime(%j) → %j', (value, expected) => {
    expect(formatDateTime(value)).toBe(expected);
  });

  it.each<[string, string]>([
    ['2024-03-11', '11/03/2024'],
    ['2024-03-10T23:30:00Z', '11/03/2024'],
  ])('formatDate(%j) → %j', (value, expected) => {
    expect(formatDate(value)).toBe(expected);
  });

  it.each<[string, string]>([
    ['2024-11-03', '03/11'],
    ['2024-03-11', '11/03'],
  ])('formatDayMonth(%j) → %j, day first', (value, expected) => {
    expect(formatDayMonth(value)).toBe(expected);
  });

  it.each<[number, string]>([
    [0, '0 phút'],
    [-5, '0 phút'],
    [59_999, '0 phút'],
    [47 * 60_000, '47 phút'],
    [3_600_000, '1 giờ'],
    [(47 * 60 + 12) * 60_000, '47 giờ 12 phút'],
    [48 * 3_600_000, '2 ngày'],
    [(50 * 60 + 5) * 60_000, '2 ngày 2 giờ'],
    [(23 * 60 + 12) * 60_000, '23 giờ 12 phút'],
    [6 * 86_400_000, '6 ngày'],
  ])('formatTimeLeft(%d) → %j', (ms, expected) => {
    expect(formatTimeLeft(ms)).toBe(expected);
  });
});
