import { describe, expect, it } from 'vitest';
import { dropControlCharacters } from './drop-control-characters.js';

describe('dropControlCharacters', () => {
  it.each([
    ['plain Vietnamese is kept', 'Chữ ký số làm ở đâu?', 'Chữ ký số làm ở đâu?'],
    ['NUL is dropped', 'chữ ký\u0000 số', 'chữ ký số'],
    ['tab and line feed are kept', 'a\tb\nc', 'a\tb\nc'],
    ['carriage return goes, its line feed stays', 'dòng 1\r\ndòng 2', 'dòng 1\ndòng 2'],
    ['every other C0 control goes', 'a\u0001\u0007\u0008\u000B\u000C\u001B\u001Fb', 'ab'],
    ['DEL and C1 controls go', 'a\u007F\u0080\u009Fb', 'ab'],
    ['a lone high surrogate goes', 'a\uD83Db', 'ab'],
    ['a lone low surrogate goes', 'a\uDE00b', 'ab'],
    ['a surrogate pair (emoji) is kept', 'cảm ơn 😀', 'cảm ơn 😀'],
    ['decomposed marks and no-break spaces are kept', 'Ha\u0300 Nô\u0323i\u00A0ơi', 'Ha\u0300 Nô\u0323i\u00A0ơi'],
    ['only controls leave nothing', '\u0000\u0001', ''],
  ])('%s', (_name, input, expected) => {
    expect(dropControlCharacters(input)).toBe(expected);
  });
});
