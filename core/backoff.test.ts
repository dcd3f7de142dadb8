import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

describe('backoffDelay', () => {
  it.each([
    ['first retry, no jitter', 0, { baseMs: 500, maxMs: 8000 }, 500],
    ['doubles', 3, { baseMs: 500, maxMs: 8000 }, 4000],
    ['capped', 10, { baseMs: 500, maxMs: 8000 }, 8000],
    ['equal jitter at its least: half', 2, { baseMs: 500, maxMs: 8000, random: () => 0 }, 1000],
    ['equal jitter in the middle', 2, { baseMs: 500, maxMs: 8000, random: () => 0.5 }, 1500],
    ['equal jitter near its most', 2, { baseMs: 500, maxMs: 8000, random: () => 0.999 }, 1999],
    ['jitter under the cap', 10, { baseMs: 1000, maxMs: 60_000, random: () => 0 }, 30_000],
    ['whole milliseconds', 0, { baseMs: 3, maxMs: 100, random: () => 0 }, 2],
  ])('%s', (_name, retry, options, expected) => {
    expect(backoffDelay(retry, options)).toBe(expected);
  });
});
