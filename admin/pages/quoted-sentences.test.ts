import { describe, expect, it } from 'vitest';
import { quotedSentences } from './quoted-sentences.js';

const PARA = 'Người dân đăng nhập VNeID mức 2. Phí cấp phiếu là 200.000 đồng, được giảm 50% khi nộp trực tuyến. Kết quả trả qua bưu điện.';

describe('quotedSentences', () => {
  it.each<[string, string, boolean[]]>([
    ['the offline answer quotes a sentence with its [n]', 'Theo các bài viết mà tôi có:\nPhí cấp phiếu là 200.000 đồng, được giảm 50% khi nộp trực tuyến. [1]\n\nNguồn:\n[1] Bài — Báo, đoạn 2', [false, true, false]],
    ['two quoted sentences', 'Người dân đăng nhập VNeID mức 2. [1]\nKết quả trả qua bưu điện. [1]', [true, false, true]],
    ['a model trims a few words', 'Phí là 200.000 đồng, giảm 50% khi nộp trực tuyến [1].', [false, true, false]],
    ['a paraphrase that keeps most words', 'Nộp trực tuyến thì phí 200.000 đồng, giảm 50% [1].', [false, true, false]],
    ['words scattered over the whole answer do not make a quote', 'Người dân hỏi. Đăng nhập ở đâu? VNeID mức mấy? Số 2.', [false, false, false]],
    ['an answer that quotes nothing', 'Xin lỗi, tôi chưa tìm thấy thông tin.', [false, false, false]],
  ])('%s', (_name, answer, expected) => {
    expect(quotedSentences(PARA, answer).map((s) => s.quoted)).toEqual(expected);
  });

  it('keeps every sentence of the paragraph, in order', () => {
    expect(quotedSentences(PARA, '').map((s) => s.text).join(' ')).toBe(PARA);
  });
});
