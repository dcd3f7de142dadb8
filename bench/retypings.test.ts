import { describe, expect, it } from 'vitest';
import { RETYPINGS } from './retypings.js';

describe('retypings', () => {
  const q = 'Hà Nội có bao nhiêu dịch vụ công trực tuyến?';
  it.each([
    ['no marks', 'Ha Noi co bao nhieu dich vu cong truc tuyen?'],
    ['one word without its marks', 'Hà Nội có bao nhieu dịch vụ công trực tuyến?'],
    ['two letters swapped', 'Hà Nội có bao nihêu dịch vụ công trực tuyến?'],
    ['a letter doubled', 'Hà Nội có bao nhiêuu dịch vụ công trực tuyến?'],
    ['a space left out', 'Hà Nội cóbao nhiêu dịch vụ công trực tuyến?'],
    ['lower case', 'hà nội có bao nhiêu dịch vụ công trực tuyến?'],
    ['without its question mark', 'Hà Nội có bao nhiêu dịch vụ công trực tuyến'],
    ['abbreviated', 'HN có bao nhiêu DVC trực tuyến?'],
    ['city written joined', 'Hanoi có bao nhiêu dịch vụ công trực tuyến?'],
  ])('%s', (name, retyped) => {
    expect(RETYPINGS[name]!(q)).toBe(retyped);
  });

  it('leaves a question with nothing to retype as it is', () => {
    expect(RETYPINGS['written out']!(q)).toBe(q);
    expect(RETYPINGS['a space left out']!('Chữ ký số?')).toBe('Chữ ký số?');
  });
});
