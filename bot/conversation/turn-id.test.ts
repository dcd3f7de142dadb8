import { describe, expect, it } from 'vitest';
import { timeOrderedId } from './turn-id.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('timeOrderedId', () => {
  it.each([
    [0, '00000000-0000-4000-8000-000000000000', '00000000-0000-7000-8000-000000000000'],
    [0x0191_2345_6789, 'ffffffff-ffff-4fff-bfff-ffffffffffff', '01912345-6789-7fff-bfff-ffffffffffff'],
    [1_764_650_000_000, '01234567-89ab-4def-9123-456789abcdef', '019add56-1e80-7def-9123-456789abcdef'],
  ])('at %d with random UUID %s: %s', (now, random, id) => {
    expect(timeOrderedId(now, random)).toBe(id);
  });

  it('is a version 7 UUID, different each time, and sorts as the times it was made', () => {
    const ids = [1_000, 2_000, 2_001, 90_000_000_000].map((t) => timeOrderedId(t));
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(Array.from({ length: 1000 }, () => timeOrderedId(5))).size).toBe(1000);
  });
});
