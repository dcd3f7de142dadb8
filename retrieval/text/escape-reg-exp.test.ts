import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './escape-reg-exp.js';

describe('escapeRegExp', () => {
  it.each(['TP.HCM', 'Bà Rịa - Vũng Tàu', '18-NQ/TU', 'a+b (c)', '[x]*?^$|\\{}'])('%j is matched as written', (text) => {
    expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text)).toBe(true);
  });

  it('matches nothing else', () => {
    expect(new RegExp(escapeRegExp('TP.HCM')).test('TPxHCM')).toBe(false);
  });
});
