import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPersonalData, redactPersonalData, scanAndRedact, wasRedacted } from './redact.js';

const PHONE = '[số điện thoại]';
const ID = '[số giấy tờ]';

describe('redactPersonalData', () => {
  it.each([
    // Mobiles, as residents type them.
    ['sđt của tôi 0912345678', `sđt của tôi ${PHONE}`],
    ['gọi 091 234 5678 nhé', `gọi ${PHONE} nhé`],
    ['gọi 0912 345 678 nhé', `gọi ${PHONE} nhé`],
    ['số 0912.345.678.', `số ${PHONE}.`],
    ['số 0912-345-678', `số ${PHONE}`],
    ['số 0912 - 345 - 678', `số ${PHONE}`],
    ['+84912345678', PHONE],
    ['+84 912 345 678', PHONE],
    ['(+84) 912 345 678', PHONE],
    ['(+84)912345678', PHONE],
    ['(84) 912 345 678', PHONE],
    ['84912345678', PHONE],
    ['0084 912 345 678', PHONE],
    ['+84 (0) 912 345 678', PHONE],
    ['+84-912-345-678', PHONE],
    ['Zalo 0387654321 hoặc 0587654321', `Zalo ${PHONE} hoặc ${PHONE}`],
    ['sdt0912345678', `sdt${PHONE}`],
    ['ĐT:0701234567,', `ĐT:${PHONE},`],
    // Landlines.
    ['(024) 3825 1234', PHONE],
    ['024 3825 1234', PHONE],
    ['028.3829.5555', PHONE],
    ['+84 24 3825 1234', PHONE],
    ['02363822123', PHONE],
    // Citizen IDs (12 digits), old ID cards (9), passports.
    ['CCCD 001203012345 cần làm gì', `CCCD ${ID} cần làm gì`],
    ['CCCD 001 099 012 345', `CCCD ${ID}`],
    ['CCCD 001.099.012.345', `CCCD ${ID}`],
    ['CCCD001203012345', `CCCD${ID}`],
    ['CMND 123456789', `CMND ${ID}`],
    ['CMND 123 456 789', `CMND ${ID}`],
    ['hộ chiếu C1234567 hết hạn', `hộ chiếu ${ID} hết hạn`],
    ['passport N9876543.', `passport ${ID}.`],
    // Glued to a number taken out, a passport stands alone once that number is gone (found by the fixed-point test).
    ['020240912C0202484', `${ID}${ID}`],
    // Bank accounts and cards.
    ['STK 1903 5555 6666 77 Techcombank', 'STK [số tài khoản] Techcombank'],
    ['stk 0011004123456 vcb', 'stk [số tài khoản] vcb'],
    ['chuyển vào 19035555666677', 'chuyển vào [số tài khoản]'],
    ['tk 1234567890', 'tk [số tài khoản]'],
    ['thẻ 4111 1111 1111 1111', 'thẻ [số thẻ]'],
    ['thẻ 4111-1111-1111-1111', 'thẻ [số thẻ]'],
    ['thẻ 9704 0000 0000 0018', 'thẻ [số thẻ]'],
    // E-mail.
    ['email an.nguyen@gmail.com', 'email [email]'],
    ['mail: tran_b+hoso@ubnd.hanoi.gov.vn.', 'mail: [email].'],
    // Ways of writing a number the groups' single separator missed.
    ['sđt 0912345678,0987654321 nhé', `sđt ${PHONE}, ${PHONE} nhé`],
    ['gọi 0912  345  678', `gọi ${PHONE}`],
    ['số ０９１２３４５６７８', `số ${PHONE}`],
    ['mã 0010990123450912345678 nhé', 'mã [số tài khoản] nhé'],
    // Grouped numbers listed with a comma, a mobile after the country code grouped like thousands, an account named
    // before dotted groups, commas between groups, digits spelt one by one.
    ['sđt em 0912 345 678,0987 654 321', `sđt em ${PHONE}, ${PHONE}`],
    ['079.099.012.345,079.099.012.346', `${ID}, ${ID}`],
    ['84.912.345.678', PHONE],
    ['STK 190.355.556.666', 'STK [số tài khoản]'],
    ['số tài khoản: 190.355.556.666 nhé', 'số tài khoản: [số tài khoản] nhé'],
    ['gọi 0912,345,678 nhé', `gọi ${PHONE} nhé`],
    ['số em là 0 9 1 2 3 4 5 6 7 8', `số em là ${PHONE}`],
    // Several at once.
    ['tôi là A, sđt (+84) 912 345 678, CCCD 001 099 012 345', `tôi là A, sđt ${PHONE}, CCCD ${ID}`],
  ])('%j → %j', (input, out) => {
    expect(redactPersonalData(input)).toBe(out);
    expect(containsPersonalData(input)).toBe(true);
  });

  it.each([
    'Kế hoạch 239/KH-UBND năm 2023 có 21 chỉ tiêu',
    'Kế hoạch số 239/KH-UBND',
    'Quyết định 749/QĐ-TTg ngày 03/6/2020',
    'Nghị quyết 18-NQ/TU',
    'Nghị định 13/2023/NĐ-CP',
    'xếp hạng 24/63 tỉnh',
    'đạt 93,15%',
    'đạt 81,7% và 1.232 dịch vụ',
    'năm 2023',
    'giai đoạn 2021 - 2025',
    'giai đoạn 2021-2025 và 2026-2030',
    'các năm 2021 2022 2023',
    'ngày 12/3/2024',
    'ngày 12-03-2024',
    'ngày 12.03.2024',
    'lúc 14-06-2024 10:30',
    'lúc 2024-06-14 10:30',
    'từ 7h30 đến 17h00',
    'có 3 4 5 người',
    '1 2 3 4 5 6 7 8 9',
    'tổng vốn 15.000.000.000 đồng',
    'dân số 1.234.567 người',
    'hotline 1900 1234',
    'tổng đài 1022',
    'số Pi là 3,14159265358979',
    'mã 0,123456789',
    'tăng 12 lần so với 2019',
    'Điều 5 khoản 2',
    'phiên bản 1.2.3',
    'mã QR',
    // Amounts, years and dates joined by a slash or a dash, a date and hour apart, a case file's code, digits typed
    // full-width: none is a personal number.
    'Mức phạt từ 5.000.000 / 10.000.000 đồng',
    'lương 15.000.000 / 12 tháng',
    'năm học 2022 / 2023 / 2024',
    'Lệ phí từ 100.000 - 200.000 đồng',
    'Mức phạt từ 10.000.000 - 20.000.000 đồng',
    'Từ 01.07.2024 - 31.12.2024',
    'Hẹn bạn 14-06-2024  10:30',
    'Hồ sơ của bạn có mã 000.00.16.H26-240615-0001',
    'chờ ３ ngày',
    'tổng 190.355.556.666 đồng',
    'các số 0 1 2 3 4 5 6 7 8 9',
    'giá 1,5 triệu, 2,5 triệu',
    'tăng 0,5%, 1,2%',
  ])('leaves %j alone', (text) => {
    expect(redactPersonalData(text)).toBe(text);
    expect(containsPersonalData(text)).toBe(false);
  });

  it('is idempotent, and a redacted text says so', () => {
    const once = redactPersonalData('gọi (+84) 912 345 678, mail a@b.vn');
    expect(scanAndRedact(once)).toBe(once);
    expect(redactPersonalData(once)).toBe(once);
    expect(wasRedacted(once)).toBe(true);
    expect(wasRedacted('chữ ký số là gì')).toBe(false);
  });

  it('scans to a fixed point, which lets it return a text it returned lately as it is', () => {
    // Texts made of what the patterns look at: digits, separators, brackets, +, @, letters and placeholders.
    const piece = fc.constantFrom('0', '1', '9', '84', '0912', ' ', '.', '-', ',', '(', ')', '+', '@', 'a', 'C', 'vn', '.com', PHONE, ID, '2024');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
      const once = scanAndRedact(text);
      expect(scanAndRedact(once)).toBe(once);
      expect(redactPersonalData(text)).toBe(once);
      expect(redactPersonalData(once)).toBe(once);
    }), { numRuns: 2000 });
  });

  it('takes linear time on long runs of digits and separators', () => {
    const inputs = ['9'.repeat(100_000), '1 '.repeat(50_000), '12.'.repeat(30_000), '(+84 '.repeat(20_000), `${'a'.repeat(50_000)}@`];
    for (const text of inputs) expect(typeof redactPersonalData(text)).toBe('string');
  });
});
