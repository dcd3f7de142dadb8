import { describe, expect, it } from 'vitest';
import { evidenceFirst } from './evidence-first.js';

const a = { id: 'a' };
const b = { id: 'b' };
const c = { id: 'c' };
const d = { id: 'd' };
const hits = [a, b, c, d].map((passage) => ({ passage }));
const order = (quoted: object | undefined): string[] => evidenceFirst(hits, quoted).map((h) => (h.passage as { id: string }).id);

describe('retrieved passages in the order the reply rests on them', () => {
  it.each([
    ['the quoted passage was first', a, ['a', 'b', 'c', 'd']],
    ['the third passage was quoted', c, ['c', 'a', 'b', 'd']],
    ['the last passage was quoted', d, ['d', 'a', 'b', 'c']],
    ['nothing was quoted', undefined, ['a', 'b', 'c', 'd']],
    ['the quoted passage is not among the hits', { id: 'x' }, ['a', 'b', 'c', 'd']],
  ])('%s', (_, quoted, expected) => {
    expect(order(quoted)).toEqual(expected);
  });
});
