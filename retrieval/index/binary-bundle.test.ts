import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBundle, writeBundle } from './binary-bundle.js';

const file = (): string => join(mkdtempSync(join(tmpdir(), 'bundle-')), 'b.bin');

describe('binary bundle', () => {
  it('reads back what it wrote: odd lengths, empty arrays, UTF-8 text', () => {
    const f = file();
    writeBundle(f, { a: Int32Array.from([1, -2, 3]), b: Uint16Array.from([65535, 0, 7]), empty: new Int32Array(0), text: 'thủ tục\nhành chính' });
    const b = readBundle(f);
    expect([...b.int32('a')]).toEqual([1, -2, 3]);
    expect([...b.uint16('b')]).toEqual([65535, 0, 7]);
    expect([...b.int32('empty')]).toEqual([]);
    expect(b.string('text')).toBe('thủ tục\nhành chính');
  });

  it.each([
    ['an entry it does not hold', (f: string) => readBundle(f).int32('missing'), 'no Int32Array "missing"'],
    ['an entry of another kind', (f: string) => readBundle(f).uint16('a'), 'no Uint16Array "a"'],
    ['a file cut short', (f: string) => {
      writeFileSync(f, readFileSync(f).subarray(0, readFileSync(f).byteLength - 8));
      return readBundle(f).string('text');
    }, '"text" runs past the end'],
  ])('names the file and the problem for %s', (_, read, message) => {
    const f = file();
    writeBundle(f, { a: Int32Array.from([1, 2]), text: 'x'.repeat(20) });
    expect(() => read(f)).toThrow(message);
    expect(() => read(f)).toThrow(f);
  });
});
