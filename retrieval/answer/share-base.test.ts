import { describe, expect, it } from 'vitest';
import { namesShareBase, shareBase } from './share-base.js';

describe('what a share question asks the share of', () => {
  it.each([
    ['Tỷ lệ hồ sơ nộp trực tuyến của Hà Nội năm 2024 đạt bao nhiêu %?', ['hồ', 'sơ', 'nộp', 'trực', 'tuyến']],
    // Unmarked, "ti" for "tỷ"; the place ends it.
    ['ti le nguoi dan o HP co tai khoan thanh toan la bn', ['nguoi', 'dan']],
    // An expansion's words count; counting words and "nhà" do not.
    ['Tỉ lệ nhà có ít nhất một cái smartphone (điện thoại thông minh) ở Hà Nội là bao nhiêu?', ['smartphone', 'điện', 'thoại', 'thông', 'minh']],
    // "số" counts nothing of its own here ("số người"); the rest names the thing.
    ['Tỷ trọng kinh tế số trong GRDP năm 2022 là bao nhiêu?', ['kinh', 'tế']],
    // An abbreviation left unexpanded: nothing to compare.
    ['ad ơi hn tính đến 2025 tỷ trọng kt số trong GRDP khoảng bn % z', undefined],
    ['tỷ lệ hộ gđ có ít nhất 1 điện thoại thông minh là bao nhiêu %', undefined],
    // The last share named is the one asked; a figure the resident gives ends one; an expanded abbreviation is its words.
    ['Cả nước tỷ lệ dùng Internet 70%, vậy riêng Hà Nội tỷ lệ người dân sử dụng Internet là bao nhiêu?', ['người', 'dân', 'internet']],
    ['tỷ lệ dân HN (Hà Nội) có tài khoản thanh toán là bao nhiêu', ['dân', 'hà', 'nội', 'tài', 'khoản', 'thanh', 'toán']],
    ['ti le nguoi viet nam dung dien thoai di dong la bao nhieu', ['nguoi', 'viet', 'nam', 'dien', 'thoai', 'di', 'dong']],
    // The lexicon's reading of the share word itself is no part of the base.
    ['ti le (tỷ lệ) nguoi viet dung internet (sử dụng mạng Internet) la bao nhieu', ['nguoi', 'viet', 'internet', 'mạng', 'internet']],
    ['tỷ lệ dùng Internet 70% là cao hay thấp', ['internet']],
    // No share asked, or nothing named after it.
    ['Tỷ lệ này là bao nhiêu?', undefined],
    ['Hà Nội có bao nhiêu tổ công nghệ số cộng đồng?', undefined],
    ['Tỷ lệ là bao nhiêu?', undefined],
  ])('%s', (question, base) => {
    expect(shareBase(question)).toEqual(base);
  });
});

describe('whether a sentence names it', () => {
  it.each([
    [['hồ', 'sơ', 'nộp'], 'Tỷ lệ thanh toán không dùng tiền mặt trong giao dịch điện tử đạt 45%', true, false],
    [['hồ', 'sơ', 'nộp'], 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%', true, true],
    // Compared with marks when the question has them: hộ (household) is not hồ.
    [['hồ'], 'Tỷ lệ hộ gia đình có điện thoại thông minh đạt 122,7%', true, false],
    [['ho'], 'Tỷ lệ hộ gia đình có điện thoại thông minh đạt 122,7%', false, true],
    // Without marks, two different words of it: "ho so" is not the "hộ" of hộ gia đình.
    [['ho', 'so', 'nop'], 'Tỷ lệ hộ gia đình có điện thoại thông minh đạt 122,7%', false, false],
    [['ho', 'gia', 'dinh'], 'Tỷ lệ hộ gia đình có điện thoại thông minh đạt 122,7%', false, true],
    [['nguoi', 'internet'], 'Tỷ lệ người dân sử dụng Internet đạt 70%.', false, true],
  ])('%j in "%s" (marked %s)', (base, sentence, accented, named) => {
    expect(namesShareBase(base, sentence, accented)).toBe(named);
  });
});
