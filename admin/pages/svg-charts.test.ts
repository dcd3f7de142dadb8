import { describe, expect, it } from 'vitest';
import { emWidth, fitLabel, tickText } from './svg-charts.js';

const estimate = (text: string) => [...text].reduce((n, ch) => n + emWidth(ch) * 12, 0);

describe('chart text', () => {
  it('keeps a label that fits', () => {
    expect(fitLabel('Trả lời một phần', 636)).toBe('Trả lời một phần');
  });

  it.each<[string, number]>([
    ['Chuyển đổi số của Hà Nội đạt nhiều kết quả khả quan', 120],
    ['HƯỚNG DẪN ĐĂNG KÝ TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ MỨC HAI CHO NGƯỜI CAO TUỔI Ở VÙNG SÂU VÙNG XA', 636],
  ])('shortens %j at its end to fit %d px, capitals counted wider', (label, width) => {
    const fitted = fitLabel(label, width);
    expect(fitted.endsWith('…')).toBe(true);
    expect(label.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(estimate(fitted)).toBeLessThanOrEqual(width);
    expect(fitted.length).toBeGreaterThan(5);
  });

  it('counts capitals wider than small letters', () => {
    expect(fitLabel('HƯỚNG DẪN ĐĂNG KÝ', 60).length).toBeLessThan(fitLabel('hướng dẫn đăng ký', 60).length);
  });

  it.each<[number, string]>([[0, '0'], [7.5, '7.5'], [0.00015, '0.00015'], [0.0003, '0.0003'], [37.25, '37.3'], [1250, '1250']])('tickText(%d) → %j', (n, expected) => {
    expect(tickText(n)).toBe(expected);
  });
});
