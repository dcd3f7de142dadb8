import { describe, expect, it } from 'vitest';
import { peopleAsked, peopleNamed } from './people.js';

describe('people named in full', () => {
  it.each([
    ['Theo ông Nguyễn Việt Hùng, Giám đốc Sở, và bà Vũ Thu Hà, Phó Giám đốc Sở…', ['nguyen viet hung', 'vu thu ha']],
    // Folded as a passage's constraints are: "Sỹ" and "Sĩ" alike.
    ['ông Nguyễn Tiến Sỹ cho biết', ['nguyen tien si']],
    // A city that opens on a family name, two-syllable places and given names, and capitalised titles are no one.
    ['Thành phố Hồ Chí Minh và Hà Nội; Việt Hùng; Ban Chỉ Đạo', []],
  ])('%j names %j', (text, people) => {
    expect(peopleNamed(text)).toEqual(people);
  });

  it.each([
    ['Bà Vũ Thu Hà có nói gì về chuyện thu hút người giỏi CNTT không?', [['vu thu ha', 'bà Vũ Thu Hà']]],
    ['theo ông Nguyễn Tiến Sỹ, cần thêm sự tham gia của ai?', [['nguyen tien si', 'ông Nguyễn Tiến Sỹ']]],
    ['Ong Nguyen Viet Hung danh gia CDS cua Hai Phong the nao', [['nguyen viet hung', 'ong Nguyen Viet Hung']]],
    // Only a full name after "ông", "bà", "đồng chí": a given name alone or a title is not one.
    ['Ông Hùng bảo chuyện số hóa là việc thế nào?', []],
    ['Ông Thủ tướng nói người dân đóng vai trò gì?', []],
    ['ba Ke Hoach lon cua thanh pho', []],
  ])('%j asks the words of %j', (question, people) => {
    expect(peopleAsked(question).map((p) => [p.key, p.label])).toEqual(people);
  });
});
