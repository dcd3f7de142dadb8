import { describe, expect, it } from 'vitest';
import { speaksOfProcedure } from './procedure-asked.js';

describe('speaksOfProcedure', () => {
  it.each([
    ['thu tuc nhu the nao?', true],
    ['giay to nay o ha noi co nop truc tuyen duoc khong?', true],
    ['ho so gom nhung gi?', true],
    ['ha noi co phai la noi dau tien noi duoc voi kho du lieu dan cu quoc gia de lam thu tuc khong?', false],
    ['ha noi co phai la noi noi duoc voi kho du lieu dan cu ca nuoc som khong, de giai quyet giay to cho dan ay?', false],
    ['den 2025 thi co phai moi thu tuc du dieu kien deu lam tu dau toi cuoi tren mang duoc khong?', false],
    ['tat ca giay to co lam online duoc khong', false],
    // A procedure in general beside one of its own still speaks of one.
    ['de lam thu tuc thi ho so gom nhung gi?', true],
    ['thanh pho co bao nhieu dich vu cong?', false],
  ])('%j: %s', (folded, speaks) => {
    expect(speaksOfProcedure(folded)).toBe(speaks);
  });
});
