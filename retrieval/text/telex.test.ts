import { describe, expect, it } from 'vitest';
import { telexWord, withToneKey } from './telex.js';

describe('a word typed in telex with the input method off', () => {
  it.each([
    ['lichj', 'lịch'],
    ['Phongf', 'Phòng'],
    ['ddaau', 'đâu'],
    ['Vieetj', 'Việt'],
    ['chuw', 'chư'],
    ['nhw', 'như'],
    ['nguowif', 'người'],
    ['dduowcj', 'được'],
    ['quys', 'quý'],
    ['cuar', 'của'],
    ['hoaf', 'hoà'],
    ['khoong', 'không'],
    ['tieengs', 'tiếng'],
    // A tone key typed twice, in a word with a vowel's telex keys; a vowel's second key typed after the rest.
    ['keess', 'kế'],
    ['mayas', 'mấy'],
    ['maya', 'mây'],
    ['nawm', 'năm'],
    ['boss', 'bós'],
    // No telex key, marks already, too short: not telex.
    ['lich', undefined],
    ['Hà', undefined],
    ['ab', undefined],
  ])('%s → %s', (word, expected) => {
    expect(telexWord(word)).toBe(expected);
  });
});

describe('a tone key typed after a marked word', () => {
  it.each([
    ['Nôij', 'Nội'],
    ['đươcj', 'được'],
    ['phòngf', 'phòng'],
    ['sốs', 'số'],
    ['Hà', undefined],
    ['ôj', undefined],
  ])('%s → %s', (word, expected) => {
    expect(withToneKey(word)).toBe(expected);
  });
});
