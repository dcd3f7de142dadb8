import { describe, expect, it } from 'vitest';
import { paragraphSupports, sourcesUsed } from './sources-used.js';

const signature = { id: 'cks', text: 'Hà Nội triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa của các quận, huyện.' };
const records = { id: 'lltp', text: 'Bây giờ, trung bình một ngày có 700 - 800 trường hợp đề nghị cấp lý lịch tư pháp qua VNeID.' };

describe('sources a written answer rests on', () => {
  it.each([
    ['Người dân làm chữ ký số miễn phí tại bộ phận một cửa của quận.', signature.text, true],
    ['Mỗi ngày khoảng 700 - 800 hồ sơ.', records.text, true],
    ['Bạn gọi tổng đài của phường để được hẹn.', signature.text, false],
  ])('%j is borne out: %s', (sentence, paragraph, supported) => {
    expect(paragraphSupports(sentence, paragraph)).toBe(supported);
  });

  it('keeps the cited paragraphs a correction uses and drops the ones it corrected away', () => {
    expect(sourcesUsed('Chữ ký số miễn phí làm tại bộ phận một cửa của quận, huyện.', [signature, records]).map((s) => s.id)).toEqual(['cks']);
    expect(sourcesUsed('Bạn liên hệ Tổ công nghệ số cộng đồng ở phường.', [signature, records])).toEqual([]);
  });
});
