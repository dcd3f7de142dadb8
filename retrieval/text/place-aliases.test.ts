import { describe, expect, it } from 'vitest';
import { placeAliases } from './place-aliases.js';

describe('the other names of provinces', () => {
  const table = placeAliases(['Hà Nội', 'Huế', 'Bà Rịa - Vũng Tàu', 'TP.HCM', 'Hồ Chí Minh'], { 'Sài Gòn': 'Hồ Chí Minh' });
  it.each([
    ['hanoi', 'Hà Nội'],
    ['hochiminh', 'Hồ Chí Minh'],
    ['Sài Gòn', 'Hồ Chí Minh'],
    ['saigon', 'Hồ Chí Minh'],
  ])('%j is read as %j', (written, name) => {
    expect(table[written]).toBe(name);
  });

  it('adds no alias for a listed name, a one-word name or a name that is not plain words', () => {
    expect(Object.keys(table).sort()).toEqual(['hanoi', 'hochiminh', 'Sài Gòn', 'saigon'].sort());
  });
});
